import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { LocalizedText } from '@/components/ui/localized-text';
import { ScrollTable, SortableHeader } from '@/components/ui/data-table';
import { countryName, formatStoredDate } from '@/lib/format';
import { partnerFiltersQuery } from '@/lib/partners/list-url';
import type { PartnerFilters, PartnerSort } from '@/lib/schemas/partner';
import type { PartnerListItem } from '@/lib/server/partners/queries';

const cell = 'px-4 py-3';

async function PartnerSortHeader({ column, label, filters }: { column: PartnerSort; label: string; filters: PartnerFilters }) {
  const active = filters.sort === column;
  const nextDir = active && filters.dir === 'asc' ? 'desc' : 'asc';
  const query = partnerFiltersQuery({ ...filters, sort: column, dir: nextDir });
  return <SortableHeader label={label} href={`/partners${query ? `?${query}` : ''}`} sorted={active ? filters.dir : null} nextDir={nextDir} />;
}

export async function PartnerTable({ partners, locale, filters }: { partners: PartnerListItem[]; locale: string; filters: PartnerFilters }) {
  const t = await getTranslations('Partners');
  const common = await getTranslations('Common');
  const head = (
    <>
      <PartnerSortHeader column="name" label={t('columns.name')} filters={filters} />
      <PartnerSortHeader column="country" label={t('columns.country')} filters={filters} />
      <th scope="col" className={cell}>
        {t('columns.kind')}
      </th>
      <th scope="col" className={cell}>
        {t('columns.agreement')}
      </th>
      <PartnerSortHeader column="signed" label={t('columns.signed')} filters={filters} />
    </>
  );
  return (
    <ScrollTable caption={t('caption')} minWidth="40rem" head={head}>
      {partners.map((p) => {
        const signed = p.firstAgreement && formatStoredDate(p.firstAgreement.signedOn, p.firstAgreement.signedPrecision, locale);
        return (
          <tr key={p.slug} data-partner={p.slug}>
            <th scope="row" className={`${cell} font-semibold text-slate-900 dark:text-white`}>
              <Link
                href={`/partners/${p.slug}`}
                className="text-brand-700 underline decoration-brand-100 underline-offset-4 hover:decoration-brand-700 dark:text-brand-100"
              >
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
    </ScrollTable>
  );
}
