import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { adminSectionPage, type SectionBodyProps } from '@/components/admin/admin-section-page';
import { Link } from '@/i18n/navigation';
import { ColumnHeads, ScrollTable } from '@/components/ui/data-table';
import { Pager } from '@/components/ui/pager';
import { AuditChanges } from '@/components/admin/audit-changes';
import { formatUtcDateTime } from '@/lib/format';
import { listAuditEntries } from '@/lib/server/audit/queries';
import { parseAuditQuery, type AuditQuery } from '@/lib/schemas/audit-query';
import { AuditAction, type AuditEntity } from '@/lib/generated/prisma/enums';
import type { AppLocale } from '@/i18n/routing';

const EDIT_PAGES: Partial<Record<AuditEntity, string>> = {
  partner: '/admin/partners',
  agreement: '/admin/agreements',
  event: '/admin/events',
  project: '/admin/projects',
  proposal: '/admin/proposals',
};
const field = 'mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm dark:border-slate-600 dark:bg-slate-900';

const page = adminSectionPage({ namespace: 'AdminAudit' }, AuditLog);

export const generateMetadata = page.generateMetadata;
export default page.Page;

async function AuditFilters({
  query,
  entities,
  actors,
  locale,
}: {
  query: AuditQuery;
  entities: AuditEntity[];
  actors: { id: string; name: string; email: string }[];
  locale: AppLocale;
}) {
  const t = await getTranslations({ locale, namespace: 'AdminAudit' });
  // Every filter is a labelled control named for its query parameter, showing the value in force.
  const labelled = (
    name: keyof Omit<AuditQuery, 'page'>,
    control: (props: { id: string; name: string; defaultValue: string; className: string }) => ReactNode,
  ) => (
    <div>
      <label htmlFor={`audit-${name}`} className="text-sm font-medium">
        {t(`filters.${name}`)}
      </label>
      {control({ id: `audit-${name}`, name, defaultValue: query[name] ?? '', className: field })}
    </div>
  );
  const select = (name: 'entity' | 'action' | 'actor', options: { value: string; label: string }[]) =>
    labelled(name, (props) => (
      <select {...props}>
        <option value="">{t('filters.any')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    ));
  return (
    <form
      action={`/${locale}/admin/audit`}
      className="grid grid-cols-2 gap-3 rounded-xl border border-slate-200 bg-slate-50 p-4 lg:grid-cols-7 dark:border-slate-800 dark:bg-slate-900/50"
    >
      {select(
        'entity',
        entities.map((e) => ({ value: e, label: t(`entity.${e}`) })),
      )}
      {select(
        'action',
        Object.values(AuditAction).map((a) => ({ value: a, label: t(`action.${a}`) })),
      )}
      {select(
        'actor',
        actors.map((a) => ({ value: a.id, label: `${a.name} <${a.email}>` })),
      )}
      {labelled('record', (props) => (
        <input {...props} />
      ))}
      {labelled('from', (props) => (
        <input {...props} type="date" />
      ))}
      {labelled('to', (props) => (
        <input {...props} type="date" />
      ))}
      <div className="flex items-end">
        <button type="submit" className="w-full rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t('filters.apply')}
        </button>
      </div>
    </form>
  );
}

async function AuditLog({ locale, headers, searchParams }: SectionBodyProps) {
  const query = parseAuditQuery(await searchParams);
  const [t, log] = await Promise.all([getTranslations({ locale, namespace: 'AdminAudit' }), listAuditEntries(headers, query)]);
  const { page: _page, ...filters } = query;
  return (
    <div className="space-y-4">
      <AuditFilters query={query} entities={log.entities} actors={log.actors} locale={locale} />
      <p role="status" className="text-sm font-medium text-slate-600 dark:text-slate-400">
        {t('count', { count: log.total })}
      </p>
      <ScrollTable
        caption={t('title')}
        minWidth="60rem"
        head={<ColumnHeads labels={[t('columns.at'), t('columns.actor'), t('columns.action'), t('columns.record'), t('columns.changes')]} />}
      >
        {log.entries.map((e) => {
          const editPage = EDIT_PAGES[e.entityType];
          return (
            <tr key={e.id} className="align-top">
              <td className="px-4 py-3 whitespace-nowrap">{formatUtcDateTime(e.at, locale, 'medium')}</td>
              <td className="px-4 py-3">{e.actor ? e.actor.name : t('deletedUser')}</td>
              <td className="px-4 py-3">
                {t(`action.${e.action}`)}
                {e.restoredFrom !== null && <span className="block text-xs">{t('restoredFrom', { number: e.restoredFrom })}</span>}
              </td>
              <th scope="row" className="px-4 py-3 font-normal">
                {t(`entity.${e.entityType}`)}{' '}
                {editPage && e.action !== 'purge' ? (
                  <Link href={`${editPage}/${e.entityId}`} className="font-mono text-xs text-brand-700 underline dark:text-brand-100">
                    {e.entityId.slice(0, 8)}
                  </Link>
                ) : (
                  <span className="font-mono text-xs">{e.entityId.slice(0, 8)}</span>
                )}
              </th>
              <td className="px-4 py-3">
                <AuditChanges changes={e.changes} />
              </td>
            </tr>
          );
        })}
      </ScrollTable>
      <Pager pathname="/admin/audit" query={filters} page={query.page} pageCount={log.pageCount} />
    </div>
  );
}
