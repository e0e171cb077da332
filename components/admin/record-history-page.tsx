import { Suspense } from 'react';
import { connection } from 'next/server';
import { notFound } from 'next/navigation';
import { getMessages, getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/i18n/locale-param';
import { Link } from '@/i18n/navigation';
import { ColumnHeads, ScrollTable } from '@/components/ui/data-table';
import type { ActionResult } from '@/lib/forms/action-result';
import type { AuditValue } from '@/lib/audit/field-changes';
import { formatUtcDateTime } from '@/lib/format';
import { revisionRecordSchema, type RevisionRecord } from '@/lib/schemas/revisions';
import { requirePageActor } from '@/lib/server/auth/page-access';
import { compareRevisions, getHistory } from '@/lib/server/revisions/queries';
import { ActionButton } from './action-button';
import { adminMetadata } from './admin-section-page';

/** A record kind's history page: its name in the revisions, its messages (field labels), its admin section, the field its heading shows, its restore action. */
type Kind = {
  revisions: RevisionRecord['kind'];
  namespace: 'AdminPartners' | 'AdminAgreements' | 'AdminEvents' | 'AdminProjects' | 'AdminProposals';
  section: 'partners' | 'agreements' | 'events' | 'projects' | 'proposals';
  titleField: string;
  restore: (id: unknown, revisionId: unknown, state: ActionResult, data: FormData) => Promise<ActionResult>;
};
type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const LOCALES = ['ru', 'kk', 'en'] as const;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const control = 'mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm dark:border-slate-600 dark:bg-slate-900';

/**
 * A record's history page, declared once for every kind: its saved versions (who, when, what),
 * any two side by side field by field (a translated field with its ru, kk and en cells), and
 * "restore this version" on each earlier one. A record in the trash keeps its history.
 */
export function recordHistoryPage(kind: Kind) {
  return {
    generateMetadata: ({ params }: Pick<Props, 'params'>) => adminMetadata(params, 'AdminHistory'),
    Page: function RecordHistoryPage({ params, searchParams }: Props) {
      return (
        <Suspense fallback={<div className="h-96 animate-pulse rounded-xl bg-slate-100 dark:bg-slate-900" />}>
          <History kind={kind} params={params} searchParams={searchParams} />
        </Suspense>
      );
    },
  };
}

/** A message of the catalogue by its path, if there is one: field labels are looked up by the snapshot's field names. */
function lookup(messages: unknown, path: readonly string[]): string | undefined {
  let node: unknown = messages;
  for (const part of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = Reflect.get(node, part);
  }
  return typeof node === 'string' ? node : undefined;
}

async function History({ kind, params, searchParams }: Props & { kind: Kind }) {
  const locale = await localeFromParams(params);
  const { id } = await params;
  const query = await searchParams;
  await connection();
  const { actor, headers } = await requirePageActor(locale, 'editor');
  const record = revisionRecordSchema.safeParse({ kind: kind.revisions, id });
  if (!record.success) notFound();
  const history = await getHistory(headers, record.data);
  if (!history) notFound();
  const { versions, current } = history;
  const chosen = (value: string | string[] | undefined, fallback: string) => versions.find((v) => v.id === value)?.id ?? fallback;
  const latest = versions[versions.length - 1];
  if (!latest) notFound();
  const to = chosen(query.to, latest.id);
  const from = chosen(query.from, versions[versions.length - 2]?.id ?? latest.id);
  const onlyChanged = query.only === '1';
  const [t, audit, messages, comparison] = await Promise.all([
    getTranslations({ locale, namespace: 'AdminHistory' }),
    getTranslations({ locale, namespace: 'AdminAudit' }),
    getMessages({ locale }),
    compareRevisions(headers, record.data, from, to),
  ]);
  if (!comparison) notFound();

  const localeLabel = (l: string) => lookup(messages, [kind.namespace, 'locales', l]) ?? l;
  const label = (field: string): string => {
    const own = lookup(messages, [kind.namespace, 'fields', field]) ?? lookup(messages, ['AdminHistory', 'fields', field]);
    if (own) return own;
    const row = /^(\w+)\.(\d+)\.(\w+)$/.exec(field);
    if (!row) return field;
    const [, group = '', number, column = ''] = row;
    return t('rowField', {
      group: lookup(messages, [kind.namespace, 'sections', group]) ?? lookup(messages, [kind.namespace, 'fields', group]) ?? group,
      number: Number(number) + 1,
      column: lookup(messages, [kind.namespace, group, column]) ?? column,
    });
  };
  const changedLabel = (key: string) => {
    const locale = LOCALES.find((l) => key.endsWith(`.${l}`));
    return locale ? `${label(key.slice(0, -3))} (${localeLabel(locale)})` : label(key);
  };
  // A stored choice (`city`, `draft`) reads as the form names it, where a catalogue has its label.
  const choiceLabel = (field: string, value: string) =>
    (field === 'publicationStatus' ? lookup(messages, ['AdminForm', 'publication', value]) : undefined) ??
    lookup(messages, [kind.namespace, field, value]) ??
    lookup(messages, ['Common', field, value]);
  const shown = (field: string, value: AuditValue) => {
    if (value === null || value === '') return <span className="text-slate-600 italic dark:text-slate-400">{t('compare.empty')}</span>;
    if (typeof value === 'boolean') return t(value ? 'yes' : 'no');
    if (typeof value === 'string' && ISO_INSTANT.test(value)) return formatUtcDateTime(new Date(value), locale);
    return (typeof value === 'string' && choiceLabel(field, value)) || String(value);
  };
  const versionName = (v: { number: number; at: Date | null }) =>
    t('option', { number: v.number, at: v.at ? formatUtcDateTime(v.at, locale) : t('beforeAudit') });
  const title = [locale, 'ru'].map((l) => history.fields[`${kind.titleField}.${l}`]).find((v): v is string => typeof v === 'string') ?? t('title');
  const mayRestore = !current.trashed || actor.role === 'admin';
  const rows = comparison.fields.filter((f) => !onlyChanged || f.changed);
  const path = `/${locale}${historyHref(kind.section, record.data.id)}`;

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <Link
          href={current.trashed ? '/admin/trash' : `/admin/${kind.section}/${record.data.id}`}
          className="text-sm font-medium text-brand-700 underline dark:text-brand-100"
        >
          ← {current.trashed ? t('backToTrash') : t('backToEdit')}
        </Link>
        <h1 className="text-3xl font-bold">{t('heading', { name: title })}</h1>
        <p className="text-slate-700 dark:text-slate-300">{t('lead')}</p>
        {current.trashed && (
          <p className="rounded-lg border border-amber-600 bg-amber-50 p-3 font-medium text-amber-950 dark:bg-amber-950 dark:text-amber-100">
            {actor.role === 'admin' ? t('trashedAdmin') : t('trashedEditor')}
          </p>
        )}
      </header>

      <section className="space-y-3">
        <h2 className="text-xl font-semibold">{t('versions')}</h2>
        <ScrollTable
          caption={t('versions')}
          minWidth="56rem"
          head={
            <ColumnHeads labels={[t('columns.number'), t('columns.at'), t('columns.actor'), t('columns.action'), t('columns.changed'), t('columns.restore')]} />
          }
        >
          {[...versions].reverse().map((v) => (
            <tr key={v.id} className="align-top">
              <th scope="row" className="px-4 py-3 whitespace-nowrap">
                {t('number', { number: v.number })}
                {v.id === latest.id && <span className="block text-xs font-normal">{t('current')}</span>}
              </th>
              <td className="px-4 py-3 whitespace-nowrap">{v.at ? formatUtcDateTime(v.at, locale) : t('beforeAudit')}</td>
              <td className="px-4 py-3">{v.actorName ?? '—'}</td>
              <td className="px-4 py-3">
                {v.action ? audit(`action.${v.action}`) : t('seeded')}
                {v.restoredFrom !== null && <span className="block text-xs">{audit('restoredFrom', { number: v.restoredFrom })}</span>}
              </td>
              <td className="px-4 py-3">{[...new Set(v.changedFields.map(changedLabel))].join(', ') || '—'}</td>
              <td className="px-4 py-3">
                {v.id !== latest.id && mayRestore && (
                  <ActionButton
                    action={kind.restore.bind(null, record.data.id, v.id)}
                    label={t('restore', { number: v.number })}
                    confirmText={t('restoreConfirm', { number: v.number })}
                    hidden={{ version: String(current.version) }}
                  />
                )}
              </td>
            </tr>
          ))}
        </ScrollTable>
      </section>

      <section className="space-y-3">
        <h2 className="text-xl font-semibold">{t('compare.heading')}</h2>
        <form action={path} className="grid gap-3 rounded-xl border border-slate-200 bg-slate-50 p-4 sm:grid-cols-4 dark:border-slate-800 dark:bg-slate-900/50">
          {(['from', 'to'] as const).map((side) => (
            <div key={side}>
              <label htmlFor={`history-${side}`} className="text-sm font-medium">
                {t(`compare.${side}`)}
              </label>
              <select id={`history-${side}`} name={side} defaultValue={side === 'from' ? from : to} className={control}>
                {versions.map((v) => (
                  <option key={v.id} value={v.id}>
                    {versionName(v)}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <label className="flex items-end gap-2 pb-2 text-sm font-medium">
            <input type="checkbox" name="only" value="1" defaultChecked={onlyChanged} className="size-4" />
            {t('compare.onlyChanged')}
          </label>
          <div className="flex items-end">
            <button type="submit" className="w-full rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
              {t('compare.show')}
            </button>
          </div>
        </form>
        {comparison.fields.every((f) => !f.changed) && (
          <p role="status" className="font-medium">
            {t('compare.same')}
          </p>
        )}
        <ScrollTable
          caption={t('compare.caption', { from: comparison.before.number, to: comparison.after.number })}
          minWidth="56rem"
          head={
            <ColumnHeads
              labels={[
                t('compare.field'),
                t('compare.language'),
                t('number', { number: comparison.before.number }),
                t('number', { number: comparison.after.number }),
                t('compare.difference'),
              ]}
            />
          }
        >
          {rows.flatMap((f) =>
            f.cells.map((cell, i) => (
              <tr key={`${f.field}.${cell.locale ?? ''}`} className={`align-top ${cell.changed ? 'bg-amber-50 dark:bg-amber-950' : ''}`}>
                {i === 0 && (
                  <th scope="row" rowSpan={f.cells.length} className="px-4 py-3 font-semibold">
                    {label(f.field)}
                  </th>
                )}
                <td className="px-4 py-3">{cell.locale ? localeLabel(cell.locale) : '—'}</td>
                <td className="max-w-md px-4 py-3 break-words whitespace-pre-wrap">{shown(f.field, cell.before)}</td>
                <td className="max-w-md px-4 py-3 break-words whitespace-pre-wrap">{shown(f.field, cell.after)}</td>
                <td className="px-4 py-3">{cell.changed ? <strong>{t('compare.changed')}</strong> : t('compare.unchanged')}</td>
              </tr>
            )),
          )}
        </ScrollTable>
      </section>
    </div>
  );
}

/** Where a record's history page is: the edit page and the trash link to it. */
export const historyHref = (section: Kind['section'], id: string | number) => `/admin/${section}/${id}/history`;
