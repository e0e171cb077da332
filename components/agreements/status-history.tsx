import { getTranslations } from 'next-intl/server';
import { formatPartialDate } from '@/lib/dates/partial-date';
import type { AgreementPermalink } from '@/lib/server/agreements/permalink';

/** The dated status changes, oldest first. */
export async function StatusHistory({ history, locale }: { history: AgreementPermalink['statusHistory']; locale: string }) {
  const t = await getTranslations('Agreement');
  if (history.length === 0) return <p className="text-slate-600 dark:text-slate-400">{t('noHistory')}</p>;
  return (
    <ol className="space-y-3 border-l-2 border-brand-100 pl-4 dark:border-brand-800" data-testid="status-history">
      {history.map((change, i) => (
        <li key={i}>
          <p className="text-sm font-semibold text-brand-700 dark:text-brand-100">
            {formatPartialDate({ date: change.date, precision: change.precision }, locale)}
          </p>
          <p>{t(`statusChange.${change.kind}`)}</p>
          {change.note && <p className="text-sm text-slate-600 dark:text-slate-400">{change.note}</p>}
        </li>
      ))}
    </ol>
  );
}
