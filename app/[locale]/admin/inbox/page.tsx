import { getTranslations } from 'next-intl/server';
import { adminSectionPage, type SectionBodyProps } from '@/components/admin/admin-section-page';
import { ColumnHeads, ScrollTable } from '@/components/ui/data-table';
import { Pager } from '@/components/ui/pager';
import { Link } from '@/i18n/navigation';
import { countryOptions } from '@/lib/countries';
import { formatUtcDateTime } from '@/lib/format';
import { listPageParam } from '@/lib/pagination';
import { listSubmissions } from '@/lib/server/open-call/inbox';

const page = adminSectionPage({ namespace: 'AdminInbox' }, Inbox);

export const generateMetadata = page.generateMetadata;
export default page.Page;

/** The open call's inbox, newest first: who wrote, from where, on what; each links to the whole submission. */
async function Inbox({ locale, headers, searchParams }: SectionBodyProps) {
  const inbox = await listSubmissions(headers, listPageParam(await searchParams));
  const [t, themes] = await Promise.all([getTranslations({ locale, namespace: 'AdminInbox' }), getTranslations({ locale, namespace: 'Themes' })]);
  const countries = new Map(countryOptions(locale).map((c) => [c.code, c.name]));
  if (inbox.total === 0) return <p>{t('empty')}</p>;
  return (
    <div className="space-y-4">
      <p role="status" className="text-sm font-medium text-slate-600 dark:text-slate-400">
        {t('count', { count: inbox.total })}
      </p>
      <ScrollTable
        caption={t('title')}
        minWidth="48rem"
        head={<ColumnHeads labels={[t('columns.sender'), t('columns.received'), t('columns.country'), t('columns.theme'), t('columns.proposal')]} />}
      >
        {inbox.items.map((s) => (
          <tr key={s.id} className="align-top">
            <th scope="row" className="px-4 py-3 font-normal">
              <Link href={`/admin/inbox/${s.id}`} className="font-semibold text-brand-700 underline dark:text-brand-100">
                {s.name}
              </Link>
              {s.organization && <span className="block text-slate-600 dark:text-slate-400">{s.organization}</span>}
            </th>
            <td className="px-4 py-3 whitespace-nowrap">{formatUtcDateTime(s.createdAt, locale)}</td>
            <td className="px-4 py-3">{s.countryCode ? (countries.get(s.countryCode) ?? s.countryCode) : t('notSpecified')}</td>
            <td className="px-4 py-3">{themes(s.theme)}</td>
            <td className="px-4 py-3">{s.proposalId === null ? t('notConverted') : t('converted')}</td>
          </tr>
        ))}
      </ScrollTable>
      <Pager pathname="/admin/inbox" query={{}} page={inbox.page} pageCount={inbox.pageCount} />
    </div>
  );
}
