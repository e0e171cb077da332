import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { LocalizedText } from '@/components/ui/localized-text';
import { AgreementName } from './agreement-name';
import { formatStoredDate } from '@/lib/format';
import { registerSearch, sortedBy, type RegisterQuery, type RegisterSortKey } from '@/lib/agreements/register-query';
import type { RegisterAgreement } from '@/lib/server/agreements/register';

const linkClass = 'text-brand-700 underline decoration-brand-100 underline-offset-4 hover:decoration-brand-700 dark:text-brand-100 dark:decoration-brand-700 dark:hover:decoration-brand-100';

/** A column header whose link sorts the register by it; the sorted one carries aria-sort. */
async function SortableHeader({ column, query }: { column: RegisterSortKey; query: RegisterQuery }) {
  const t = await getTranslations('Agreements');
  const sorted = query.sort === column;
  const next = sortedBy(query, column);
  return (
    <th scope="col" aria-sort={sorted ? (query.dir === 'asc' ? 'ascending' : 'descending') : undefined} className="px-4 py-3">
      <Link
        href={{ pathname: '/agreements', query: registerSearch(next) }}
        className="inline-flex items-center gap-1 rounded hover:text-brand-700 hover:underline dark:hover:text-brand-100"
      >
        {t(`columns.${column}`)}
        {/* The arrow shows the current order; the hidden text says what the link will do. */}
        <span aria-hidden="true" className={sorted ? 'text-brand-700 dark:text-brand-100' : 'text-slate-400 dark:text-slate-500'}>
          {sorted ? (query.dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
        <span className="sr-only">, {next.dir === 'asc' ? t('sortAscending') : t('sortDescending')}</span>
      </Link>
    </th>
  );
}

export async function RegisterTable({ agreements, query, locale }: { agreements: RegisterAgreement[]; query: RegisterQuery; locale: string }) {
  const [t, common] = await Promise.all([getTranslations('Agreements'), getTranslations('Common')]);
  const notSpecified = <span className="text-slate-500 dark:text-slate-400">{common('notSpecified')}</span>;
  return (
    // Focusable so keyboard users can scroll the table sideways on a narrow screen; `relative` keeps
    // the headers' visually hidden text inside the scroll box (otherwise it widens the whole page).
    <div role="region" aria-label={t('caption')} tabIndex={0} className="relative overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
      <table className="w-full min-w-[52rem] text-left text-sm">
        <caption className="sr-only">{t('caption')}</caption>
        <thead className="bg-slate-100 text-xs uppercase tracking-wide text-slate-700 dark:bg-slate-900 dark:text-slate-300">
          <tr>
            <SortableHeader column="partner" query={query} />
            <SortableHeader column="type" query={query} />
            <th scope="col" className="px-4 py-3">{t('columns.title')}</th>
            <SortableHeader column="date" query={query} />
            <SortableHeader column="status" query={query} />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {agreements.map((a) => (
            <tr key={a.id} data-agreement={a.id} className="align-top">
              <td className="px-4 py-3 font-semibold">
                <Link href={`/partners/${a.partner.slug}`} className={linkClass}>
                  <LocalizedText value={a.partner.name} />
                </Link>
              </td>
              <td className="px-4 py-3">{common(`agreementType.${a.type}`)}</td>
              <th scope="row" className="min-w-[16rem] px-4 py-3 font-normal">
                <Link href={`/agreements/${a.id}`} className={linkClass}>
                  <AgreementName agreement={a} partnerName={a.partner.name.text} />
                </Link>
              </th>
              <td className="px-4 py-3 whitespace-nowrap">{formatStoredDate(a.signedOn, a.signedPrecision, locale) ?? notSpecified}</td>
              <td className="px-4 py-3">{a.status ? common(`agreementStatus.${a.status}`) : notSpecified}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
