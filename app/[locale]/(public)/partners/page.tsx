import type { Metadata } from 'next';
import { connection } from 'next/server';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/i18n/locale-param';
import { SectionPage } from '@/components/layout/section-page';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { Link } from '@/i18n/navigation';
import { PartnerFilterForm } from '@/components/partners/partner-filters';
import { PartnerTable } from '@/components/partners/partner-table';
import { PartnerMap } from '@/components/map/partner-map';
import { getMapData } from '@/lib/server/map/queries';
import { Pager } from '@/components/ui/pager';
import { isFiltered, partnerFiltersParams } from '@/lib/partners/list-url';
import { parsePartnerFilters } from '@/lib/schemas/partner';
import { listPageParam } from '@/lib/pagination';
import { listPartnerFacets, listPartnerPage } from '@/lib/server/partners/queries';
import type { AppLocale } from '@/i18n/routing';

// Each page of the list has its own title; a page past the end is settled in the body, as on the events timeline.
export async function generateMetadata({ params, searchParams }: PageProps<'/[locale]/partners'>): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'Partners' });
  const page = listPageParam(await searchParams);
  return pageMetadata(locale, '/partners', { title: page > 1 ? t('titleWithPage', { page }) : t('title'), description: t('lead') });
}

export default async function PartnersPage({ params, searchParams }: PageProps<'/[locale]/partners'>) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'Partners' });
  return (
    <SectionPage title={t('title')} lead={t('lead')}>
      <PartnerList locale={locale} searchParams={searchParams} />
    </SectionPage>
  );
}

async function PartnerList({ locale, searchParams }: { locale: AppLocale; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const query = await searchParams;
  const filters = parsePartnerFilters(query);
  const filtered = isFiltered(filters);
  const [t, list, all, facets, map] = await Promise.all([
    getTranslations({ locale, namespace: 'Partners' }),
    listPartnerPage(locale, filters, listPageParam(query)),
    filtered ? listPartnerPage(locale, parsePartnerFilters({}), 1) : null,
    listPartnerFacets(),
    getMapData(locale),
  ]);
  // A page past the end is a URL for nothing: the not-found page, as on the events timeline.
  if (list.page > list.pageCount) notFound();
  const partners = list.items;
  return (
    <>
      {map && <PartnerMap data={map} locale={locale} id="partners-map" />}
      <PartnerFilterForm filters={filters} facets={facets} locale={locale} />
      <p className="text-sm font-medium text-slate-600 dark:text-slate-400" role="status">
        {all ? t('countFiltered', { count: list.total, total: all.total }) : t('count', { count: list.total })}
        {list.pageCount > 1 && <> · {t('pageOf', { page: list.page, pageCount: list.pageCount })}</>}
      </p>
      {partners.length > 0 ? (
        <PartnerTable partners={partners} locale={locale} filters={filters} />
      ) : (
        <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
          <p className="font-medium">{t('noneMatch')}</p>
          <Link href="/partners" className="mt-2 inline-block text-brand-700 underline underline-offset-4 dark:text-brand-100">
            {t('filters.reset')}
          </Link>
        </div>
      )}
      <Pager pathname="/partners" query={partnerFiltersParams(filters)} page={list.page} pageCount={list.pageCount} />
    </>
  );
}
