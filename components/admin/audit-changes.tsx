import { getTranslations } from 'next-intl/server';
import { excerpt } from '@/lib/format';
import type { AuditValue, FieldChanges } from '@/lib/audit/field-changes';

/** Field by field, what a change did: before → after (long texts cut, empty shown as a dash). */
export async function AuditChanges({ changes }: { changes: FieldChanges }) {
  const t = await getTranslations('AdminAudit');
  const show = (value: AuditValue) => (value === null || value === '' ? '—' : excerpt(String(value), 120));
  const entries = Object.entries(changes);
  if (entries.length === 0) return <span className="text-slate-600 dark:text-slate-400">{t('noFieldChanges')}</span>;
  return (
    <dl className="space-y-1">
      {entries.map(([field, { before, after }]) => (
        <div key={field} className="grid gap-x-2 sm:grid-cols-[10rem_1fr]">
          <dt className="font-mono text-xs text-slate-600 dark:text-slate-400">{field}</dt>
          <dd className="text-sm">
            <del className="text-red-800 dark:text-red-300">{show(before)}</del>
            <span aria-hidden="true"> → </span>
            <span className="sr-only"> {t('becomes')} </span>
            <ins className="text-emerald-800 no-underline dark:text-emerald-300">{show(after)}</ins>
          </dd>
        </div>
      ))}
    </dl>
  );
}
