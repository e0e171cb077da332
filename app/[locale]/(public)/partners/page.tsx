import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/i18n/locale-param';
import { SectionPage } from '@/components/layout/section-page';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { Link } from '@/i18n/navigation';
import { PartnerFilterForm } from '@/components/partners/partner-filters';
import { PartnerTable } from '@/components/partners/partner-table';
import { PartnerMap } from '@/components/map/partner-map';
import { getMapData } from '@/lib/server/map/queries';
import { isFiltered, parsePartnerFilters } from '@/lib/partners/filters';
import { listPartnerFacets, listPartners } from '@/lib/server/partners/queries';
import type { AppLocale } from '@/i18n/routing';

export async function generateMetadata({ params }: PageProps<'/[locale]/partners'>): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'Partners' });
  return pageMetadata(locale, '/partners', { title: t('title'), description: t('lead') });
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
  const filters = parsePartnerFilters(await searchParams);
  const [t, partners, all, facets, map] = await Promise.all([
    getTranslations({ locale, namespace: 'Partners' }),
    listPartners(locale, filters),
    listPartners(locale),
    listPartnerFacets(),
    getMapData(locale),
  ]);
  return (
    <>
      {map && <PartnerMap data={map} locale={locale} id="partners-map" />}
      <PartnerFilterForm filters={filters} facets={facets} locale={locale} />
      <p className="text-sm font-medium text-slate-600 dark:text-slate-400" role="status">
        {isFiltered(filters) ? t('countFiltered', { count: partners.length, total: all.length }) : t('count', { count: partners.length })}
      </p>
      {partners.length > 0 ? (
        <PartnerTable partners={partners} locale={locale} filters={filters} />
      ) : (
        <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
          <p className="font-medium">{t('noneMatch')}</p>
          <Link href="/partners" className="mt-2 inline-block text-brand-700 underline underline-offset-4 dark:text-brand-100">{t('filters.reset')}</Link>
        </div>
      )}
    </>
  );
}
