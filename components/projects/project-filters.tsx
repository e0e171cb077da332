import { getTranslations } from 'next-intl/server';
import { FilterActions } from '@/components/ui/filter-actions';
import { getPathname } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { projectSortKeys, type ProjectFilters as Filters, type ProjectSortKey } from '@/lib/schemas/projects';
import type { ProjectFilterOptions } from '@/lib/server/projects/register';

const selectClass =
  'mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100';
const labelClass = 'block text-sm font-medium text-slate-700 dark:text-slate-300';

/** The values that find a project, and the one the address asks for even when it finds none, so the form shows what is applied. */
const offered = <T extends string>(found: readonly T[], applied: T | undefined) =>
  applied === undefined || found.includes(applied) ? found : [...found, applied];

/**
 * The register's filters and order as a plain GET form: it works without script, and the URL
 * (?theme=&partner=&status=&year=&kind=&sort=) can be shared. Submitting starts again at page 1.
 */
export async function ProjectFilters({
  locale,
  options,
  applied,
  sort,
}: {
  locale: AppLocale;
  options: ProjectFilterOptions;
  applied: Filters;
  sort: ProjectSortKey;
}) {
  const [t, terms, themes] = await Promise.all([getTranslations('Projects'), getTranslations('ProjectTerms'), getTranslations('Themes')]);
  const filtered = Object.values(applied).some((v) => v !== undefined) || sort !== 'start';
  const sortLabels: Record<ProjectSortKey, string> = { start: t('filters.sortStart'), title: t('filters.sortTitle') };
  return (
    <form
      action={getPathname({ locale, href: '/projects' })}
      method="get"
      aria-label={t('filters.label')}
      className="grid gap-4 rounded-xl border border-slate-200 bg-slate-50 p-4 sm:grid-cols-2 lg:grid-cols-3 dark:border-slate-800 dark:bg-slate-900"
    >
      <label className={labelClass}>
        {t('filters.theme')}
        <select name="theme" defaultValue={applied.theme ?? ''} className={selectClass}>
          <option value="">{t('filters.anyTheme')}</option>
          {offered(options.themes, applied.theme).map((theme) => (
            <option key={theme} value={theme}>
              {themes(theme)}
            </option>
          ))}
        </select>
      </label>
      <label className={labelClass}>
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
      <label className={labelClass}>
        {t('filters.status')}
        <select name="status" defaultValue={applied.status ?? ''} className={selectClass}>
          <option value="">{t('filters.anyStatus')}</option>
          {offered(options.statuses, applied.status).map((status) => (
            <option key={status} value={status}>
              {terms(`status.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label className={labelClass}>
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
      <label className={labelClass}>
        {t('filters.kind')}
        <select name="kind" defaultValue={applied.kind ?? ''} className={selectClass}>
          <option value="">{t('filters.anyKind')}</option>
          {offered(options.kinds, applied.kind).map((kind) => (
            <option key={kind} value={kind}>
              {terms(`organizationKind.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <label className={labelClass}>
        {t('filters.sort')}
        <select name="sort" defaultValue={sort} className={selectClass}>
          {projectSortKeys.map((key) => (
            <option key={key} value={key}>
              {sortLabels[key]}
            </option>
          ))}
        </select>
      </label>
      <FilterActions apply={t('filters.apply')} reset={t('filters.reset')} resetHref="/projects" filtered={filtered} className="sm:col-span-2 lg:col-span-3" />
    </form>
  );
}
