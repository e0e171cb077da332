import { getTranslations } from 'next-intl/server';
import { FilterActions } from '@/components/ui/filter-actions';
import { countryName } from '@/lib/format';
import { isFiltered } from '@/lib/partners/list-url';
import type { PartnerFilters } from '@/lib/schemas/partner';
import type { PartnerFacets } from '@/lib/server/partners/queries';
import { localePath } from '@/lib/i18n/locale-path';
import type { AppLocale } from '@/i18n/routing';
import { nameOrder } from '@/lib/i18n/name-order';

const field =
  'mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100';

function Select({
  name,
  label,
  value,
  options,
  anyLabel,
}: {
  name: string;
  label: string;
  value: string | undefined;
  options: { value: string; label: string }[];
  anyLabel: string;
}) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="text-sm font-medium">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ''} className={field}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A plain GET form: the filters live in the URL, so a filtered list can be bookmarked and shared. */
export async function PartnerFilterForm({ filters, facets, locale }: { filters: PartnerFilters; facets: PartnerFacets; locale: AppLocale }) {
  const [t, common, profile] = await Promise.all([getTranslations('Partners'), getTranslations('Common'), getTranslations('PartnerProfile')]);
  const order = nameOrder(locale);
  const countries = facets.countries.map((code) => ({ value: code, label: countryName(code, locale) })).sort((a, b) => order(a.label, b.label));
  return (
    <form
      action={localePath(locale, '/partners')}
      className="rounded-xl border border-slate-200 bg-slate-50 p-4 dark:border-slate-800 dark:bg-slate-900/50"
      aria-labelledby="partner-filters-heading"
    >
      <h2 id="partner-filters-heading" className="sr-only">
        {t('filters.heading')}
      </h2>
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-6 lg:gap-4">
        <div className="col-span-2">
          <label htmlFor="filter-q" className="text-sm font-medium">
            {t('filters.name')}
          </label>
          <input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ''} maxLength={200} className={field} />
        </div>
        <Select name="country" label={t('filters.country')} value={filters.country} anyLabel={t('filters.any')} options={countries} />
        <Select
          name="kind"
          label={t('filters.kind')}
          value={filters.kind}
          anyLabel={t('filters.any')}
          options={facets.kinds.map((k) => ({ value: k, label: common(`kind.${k}`) }))}
        />
        <Select
          name="type"
          label={t('filters.type')}
          value={filters.type}
          anyLabel={t('filters.any')}
          options={facets.types.map((k) => ({ value: k, label: common(`agreementType.${k}`) }))}
        />
        <Select
          name="status"
          label={t('filters.status')}
          value={filters.status}
          anyLabel={t('filters.any')}
          options={facets.statuses.map((s) => ({ value: s, label: profile(`status.${s}`) }))}
        />
        <Select
          name="year"
          label={t('filters.year')}
          value={filters.year?.toString()}
          anyLabel={t('filters.any')}
          options={facets.years.map((y) => ({ value: String(y), label: String(y) }))}
        />
      </div>
      {filters.sort !== 'name' && <input type="hidden" name="sort" value={filters.sort} />}
      {filters.dir !== 'asc' && <input type="hidden" name="dir" value={filters.dir} />}
      <FilterActions apply={t('filters.apply')} reset={t('filters.reset')} resetHref="/partners" filtered={isFiltered(filters)} className="mt-4" />
    </form>
  );
}
