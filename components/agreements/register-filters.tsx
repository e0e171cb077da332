import { getTranslations } from 'next-intl/server';
import { FilterActions } from '@/components/ui/filter-actions';
import { AgreementStatus, AgreementType } from '@/lib/generated/prisma/enums';
import { PARTNER_CHOICES_MAX, PartnerFilterNote, partnersListLink } from '@/components/ui/partner-filter-note';
import { registerSearch } from '@/lib/agreements/register-url';
import type { RegisterQuery } from '@/lib/schemas/agreement';
import type { LocalizedValue } from '@/lib/i18n/localized';
import { localePath } from '@/lib/i18n/locale-path';
import type { AppLocale } from '@/i18n/routing';

const selectClass =
  'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100';

/**
 * A plain GET form: filtering works without script, and the result is a shareable URL. The
 * current sort order rides along in hidden fields.
 */
export async function RegisterFilters({
  query,
  partners,
  locale,
}: {
  query: RegisterQuery;
  partners: { slug: string; name: LocalizedValue }[];
  locale: AppLocale;
}) {
  const [t, common] = await Promise.all([getTranslations('Agreements'), getTranslations('Common')]);
  const field = (name: 'type' | 'status' | 'partner', options: { value: string; label: string }[]) => (
    <div>
      <label htmlFor={`filter-${name}`} className="text-sm font-medium text-slate-700 dark:text-slate-300">
        {t(`filters.${name}`)}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={query[name] ?? ''} className={selectClass}>
        <option value="">{t('filters.any')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form
      action={localePath(locale, '/agreements')}
      method="get"
      className="rounded-xl border border-slate-200 bg-slate-50 p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <fieldset>
        <legend className="text-sm font-semibold text-slate-900 dark:text-white">{t('filters.legend')}</legend>
        <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_1fr_auto] lg:items-end">
          {field(
            'type',
            Object.values(AgreementType).map((value) => ({ value, label: common(`agreementType.${value}`) })),
          )}
          {field(
            'status',
            Object.values(AgreementStatus).map((value) => ({ value, label: common(`agreementStatus.${value}`) })),
          )}
          {partners.length <= PARTNER_CHOICES_MAX ? (
            field(
              'partner',
              partners.map((p) => ({ value: p.slug, label: p.name.text })),
            )
          ) : (
            // Past the limit, one partner's agreements are on its profile, reached from the partners list.
            <PartnerFilterNote
              label={t('filters.partner')}
              chosen={partners.find((p) => p.slug === query.partner)}
              clear={{ href: { pathname: '/agreements', query: registerSearch({ ...query, partner: undefined }) }, label: t('filters.clearPartner') }}
              hint={t.rich('filters.partnerHint', { link: partnersListLink })}
            />
          )}
          {(query.sort !== 'date' || query.dir !== 'asc') && (
            <>
              <input type="hidden" name="sort" value={query.sort} />
              <input type="hidden" name="dir" value={query.dir} />
            </>
          )}
          <FilterActions apply={t('filters.apply')} reset={t('filters.reset')} resetHref="/agreements" filtered />
        </div>
      </fieldset>
    </form>
  );
}
