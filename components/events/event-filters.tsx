import { getTranslations } from 'next-intl/server';
import { FilterActions } from '@/components/ui/filter-actions';
import { getPathname } from '@/i18n/navigation';
import { PARTNER_CHOICES_MAX, PartnerFilterNote, partnersListLink } from '@/components/ui/partner-filter-note';
import type { AppLocale } from '@/i18n/routing';
import type { EventTimelineFilters } from '@/lib/schemas/events';
import type { EventFilterOptions } from '@/lib/server/events/timeline';

const selectClass =
  'mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100';

/**
 * The timeline's filters as a plain GET form: it works without script, and the resulting URL
 * (?year=&partner=&category=) can be shared. Submitting starts again at page 1.
 */
export async function EventFilters({ locale, options, applied }: { locale: AppLocale; options: EventFilterOptions; applied: EventTimelineFilters }) {
  const [t, common] = await Promise.all([getTranslations('Events'), getTranslations('Common')]);
  const filtered = applied.year !== undefined || applied.partner !== undefined || applied.category !== undefined;
  return (
    <form
      action={getPathname({ locale, href: '/events' })}
      method="get"
      aria-label={t('filters.label')}
      className="grid gap-4 rounded-xl border border-slate-200 bg-slate-50 p-4 sm:grid-cols-2 lg:grid-cols-[repeat(3,minmax(0,1fr))_auto] lg:items-end dark:border-slate-800 dark:bg-slate-900"
    >
      <label className="block text-sm font-medium text-slate-700 dark:text-slate-300">
        {t('filters.year')}
        <select name="year" defaultValue={applied.year ?? ''} className={selectClass}>
          <option value="">{t('filters.anyYear')}</option>
          {options.years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      {options.partners.length <= PARTNER_CHOICES_MAX ? (
        <label className="block text-sm font-medium text-slate-700 dark:text-slate-300">
          {t('filters.partner')}
          <select name="partner" defaultValue={applied.partner ?? ''} className={selectClass}>
            <option value="">{t('filters.anyPartner')}</option>
            {options.partners.map((p) => (
              <option key={p.slug} value={p.slug} lang={p.name.isFallback ? p.name.lang : undefined}>
                {p.name.text}
              </option>
            ))}
          </select>
        </label>
      ) : (
        // Past the limit, a partner's timeline is reached from the partners list: each profile links to its events here.
        <PartnerFilterNote
          label={t('filters.partner')}
          chosen={options.partners.find((p) => p.slug === applied.partner)}
          clear={{ href: { pathname: '/events', query: { ...applied, partner: undefined } }, label: t('filters.clearPartner') }}
          hint={t.rich('filters.partnerHint', { link: partnersListLink })}
        />
      )}
      <label className="block text-sm font-medium text-slate-700 dark:text-slate-300">
        {t('filters.category')}
        <select name="category" defaultValue={applied.category ?? ''} className={selectClass}>
          <option value="">{t('filters.anyCategory')}</option>
          {options.categories.map((c) => (
            <option key={c} value={c}>
              {common(`eventCategory.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <FilterActions apply={t('filters.apply')} reset={t('filters.reset')} resetHref="/events" filtered={filtered} className="sm:col-span-2 lg:col-span-1" />
    </form>
  );
}
