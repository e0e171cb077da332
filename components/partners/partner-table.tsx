import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { LocalizedText } from '@/components/ui/localized-text';
import { countryName, formatStoredDate } from '@/lib/format';
import { partnerFiltersQuery, type PartnerFilters, type PartnerSort } from '@/lib/partners/filters';
import type { PartnerListItem } from '@/lib/server/partners/queries';

const cell = 'px-4 py-3';

/** A column header that sorts by its column; a second click reverses the order. */
async function SortableHeader({ column, label, filters }: { column: PartnerSort; label: string; filters: PartnerFilters }) {
  const t = await getTranslations('Partners');
  const active = filters.sort === column;
  const dir = active && filters.dir === 'asc' ? 'desc' : 'asc';
  const query = partnerFiltersQuery({ ...filters, sort: column, dir });
  return (
    <th scope="col" className={cell} aria-sort={active ? (filters.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
      <Link href={`/partners${query ? `?${query}` : ''}`} className="inline-flex items-center gap-1 underline-offset-4 hover:underline">
        {label}
        <span aria-hidden="true">{active ? (filters.dir === 'asc' ? '▲' : '▼') : '↕'}</span>
        <span className="sr-only">{t(dir === 'asc' ? 'sortAscending' : 'sortDescending')}</span>
      </Link>
    </th>
  );
}

export async function PartnerTable({ partners, locale, filters }: { partners: PartnerListItem[]; locale: string; filters: PartnerFilters }) {
  const t = await getTranslations('Partners');
  const common = await getTranslations('Common');
  return (
    // Focusable so keyboard users can scroll the table sideways on a narrow screen.
    <div role="region" aria-label={t('caption')} tabIndex={0} className="relative overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
      <table className="w-full min-w-[40rem] text-left text-sm">
        <caption className="sr-only">{t('caption')}</caption>
        <thead className="bg-slate-100 text-xs uppercase tracking-wide text-slate-700 dark:bg-slate-900 dark:text-slate-300">
          <tr>
            <SortableHeader column="name" label={t('columns.name')} filters={filters} />
            <SortableHeader column="country" label={t('columns.country')} filters={filters} />
            <th scope="col" className={cell}>{t('columns.kind')}</th>
            <th scope="col" className={cell}>{t('columns.agreement')}</th>
            <SortableHeader column="signed" label={t('columns.signed')} filters={filters} />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {partners.map((p) => {
            const signed = p.firstAgreement && formatStoredDate(p.firstAgreement.signedOn, p.firstAgreement.signedPrecision, locale);
            return (
              <tr key={p.slug} data-partner={p.slug}>
                <th scope="row" className={`${cell} font-semibold text-slate-900 dark:text-white`}>
                  <Link href={`/partners/${p.slug}`} className="text-brand-700 underline decoration-brand-100 underline-offset-4 hover:decoration-brand-700 dark:text-brand-100">
                    <LocalizedText value={p.name} />
                  </Link>
                  {p.regionName && <LocalizedText value={p.regionName} as="div" className="text-xs font-normal text-slate-600 dark:text-slate-400" />}
                </th>
                <td className={cell}>{countryName(p.countryCode, locale)}</td>
                <td className={cell}>{common(`kind.${p.kind}`)}</td>
                <td className={cell}>{p.firstAgreement ? common(`agreementType.${p.firstAgreement.type}`) : common('notSpecified')}</td>
                <td className={`${cell} whitespace-nowrap`}>{signed ?? <span className="text-slate-500 dark:text-slate-400">{common('notSpecified')}</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
