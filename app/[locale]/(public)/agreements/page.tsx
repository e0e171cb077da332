import type { Metadata } from 'next';
import { connection } from 'next/server';
import { notFound } from 'next/navigation';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/i18n/locale-param';
import { SectionPage } from '@/components/layout/section-page';
import { RegisterFilters } from '@/components/agreements/register-filters';
import { RegisterTable } from '@/components/agreements/register-table';
import { Pager } from '@/components/ui/pager';
import { listAgreementPage } from '@/lib/server/agreements/register';
import { listPartners } from '@/lib/server/partners/queries';
import { isRegisterFiltered, registerSearch } from '@/lib/agreements/register-url';
import { parseRegisterQuery } from '@/lib/schemas/agreement';
import { listPageParam } from '@/lib/pagination';
import { DownloadLinks } from '@/components/open-data/download-links';
import { agreementsCsvUrl } from '@/lib/open-data/download-urls';
import type { AppLocale } from '@/i18n/routing';

type SearchParams = PageProps<'/[locale]/agreements'>['searchParams'];

// Each page of the register has its own title; a page past the end is settled in the body, as on the partners list.
export async function generateMetadata({ params, searchParams }: PageProps<'/[locale]/agreements'>): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'Agreements' });
  const page = listPageParam(await searchParams);
  return pageMetadata(locale, '/agreements', { title: page > 1 ? t('titleWithPage', { page }) : t('title'), description: t('lead') });
}

export default async function AgreementsPage({ params, searchParams }: PageProps<'/[locale]/agreements'>) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'Agreements' });
  return (
    <SectionPage title={t('title')} lead={t('lead')}>
      <AgreementRegister locale={locale} searchParams={searchParams} />
    </SectionPage>
  );
}

// The query string is request data: it is read here, inside the boundary, so the page's shell
// (title and lead) still prerenders.
async function AgreementRegister({ locale, searchParams }: { locale: AppLocale; searchParams: SearchParams }) {
  const params = await searchParams;
  const query = parseRegisterQuery(params);
  await connection();
  const [t, list, all, partners] = await Promise.all([
    getTranslations({ locale, namespace: 'Agreements' }),
    listAgreementPage(locale, query, listPageParam(params)),
    isRegisterFiltered(query) ? listAgreementPage(locale, parseRegisterQuery({}), 1) : null,
    listPartners(locale),
  ]);
  // A page past the end is a URL for nothing: the not-found page, as on the partners list.
  if (list.page > list.pageCount) notFound();
  return (
    <div className="space-y-4">
      <RegisterFilters query={query} partners={partners.map((p) => ({ slug: p.slug, name: p.name }))} locale={locale} />
      <p className="text-sm font-medium text-slate-600 dark:text-slate-400" role="status">
        {all ? t('countFiltered', { count: list.total, total: all.total }) : t('count', { count: list.total })}
        {list.pageCount > 1 && <> · {t('pageOf', { page: list.page, pageCount: list.pageCount })}</>}
      </p>
      {/* The export holds every matching row, whatever the page. */}
      <DownloadLinks links={[{ kind: 'csv', href: agreementsCsvUrl(locale, query) }]} />
      {list.items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600 dark:border-slate-700 dark:text-slate-400">
          {t('empty')}
        </p>
      ) : (
        <RegisterTable agreements={list.items} query={query} locale={locale} />
      )}
      <Pager pathname="/agreements" query={registerSearch(query)} page={list.page} pageCount={list.pageCount} />
    </div>
  );
}
