import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/i18n/locale-param';
import { SectionPage } from '@/components/layout/section-page';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { SearchResultList } from '@/components/search/search-results';
import { searchQuerySchema } from '@/lib/search/terms';
import { searchPortal } from '@/lib/server/search/queries';
import type { AppLocale } from '@/i18n/routing';
import { localePath } from '@/lib/i18n/locale-path';

export async function generateMetadata({ params }: PageProps<'/[locale]/search'>): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'Search' });
  // Result pages are endless and thin: keep them out of search engines, but let links be followed.
  return { ...(await pageMetadata(locale, '/search', { title: t('title'), description: t('lead') })), robots: { index: false, follow: true } };
}

export default async function SearchPage({ params, searchParams }: PageProps<'/[locale]/search'>) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'Search' });
  return (
    <SectionPage title={t('title')} lead={t('lead')}>
      <SearchResults locale={locale} searchParams={searchParams} />
    </SectionPage>
  );
}

async function SearchResults({ locale, searchParams }: { locale: AppLocale; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const query = searchQuerySchema.parse((await searchParams).q);
  const [t, results] = await Promise.all([getTranslations({ locale, namespace: 'Search' }), searchPortal(locale, query)]);
  const total = results.partners.length + results.agreements.length + results.events.length + results.projects.length + results.proposals.length;
  return (
    <>
      <form role="search" action={localePath(locale, '/search')} className="flex max-w-2xl gap-2">
        <label htmlFor="search-page-query" className="sr-only">
          {t('label')}
        </label>
        <input
          id="search-page-query"
          name="q"
          type="search"
          defaultValue={query}
          required
          maxLength={200}
          className="min-w-0 flex-1 rounded-lg border border-slate-400 bg-white px-4 py-2 text-base dark:border-slate-600 dark:bg-slate-900"
        />
        <button type="submit" className="rounded-lg bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
          {t('button')}
        </button>
      </form>
      {query === '' ? (
        <p className="text-slate-700 dark:text-slate-300">{t('hint')}</p>
      ) : (
        <section aria-labelledby="search-results-heading" className="space-y-6">
          <h2 id="search-results-heading" className="text-xl font-semibold" role="status">
            {total === 0 ? t('noResults', { query }) : t('resultsFor', { query, count: total })}
          </h2>
          {total === 0 ? <p className="text-slate-700 dark:text-slate-300">{t('noResultsHint')}</p> : <SearchResultList results={results} locale={locale} />}
        </section>
      )}
    </>
  );
}
