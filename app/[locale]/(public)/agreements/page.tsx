import type { Metadata } from 'next';
import { connection } from 'next/server';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/i18n/locale-param';
import { SectionPage } from '@/components/layout/section-page';
import { RegisterFilters } from '@/components/agreements/register-filters';
import { RegisterTable } from '@/components/agreements/register-table';
import { listAgreements } from '@/lib/server/agreements/register';
import { listPartners } from '@/lib/server/partners/queries';
import { parseRegisterQuery } from '@/lib/agreements/register-query';
import { DownloadLinks } from '@/components/open-data/download-links';
import { agreementsCsvUrl } from '@/lib/open-data/download-urls';
import type { AppLocale } from '@/i18n/routing';

type SearchParams = PageProps<'/[locale]/agreements'>['searchParams'];

export async function generateMetadata({ params }: PageProps<'/[locale]/agreements'>): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'Agreements' });
  return pageMetadata(locale, '/agreements', { title: t('title'), description: t('lead') });
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
  const query = parseRegisterQuery(await searchParams);
  await connection();
  const [t, agreements, partners] = await Promise.all([getTranslations({ locale, namespace: 'Agreements' }), listAgreements(locale, query), listPartners(locale)]);
  return (
    <div className="space-y-4">
      <RegisterFilters query={query} partners={partners.map((p) => ({ slug: p.slug, name: p.name.text }))} locale={locale} />
      <p className="text-sm font-medium text-slate-600 dark:text-slate-400" role="status">{t('count', { count: agreements.length })}</p>
      <DownloadLinks links={[{ kind: 'csv', href: agreementsCsvUrl(locale, query) }]} />
      {agreements.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600 dark:border-slate-700 dark:text-slate-400">{t('empty')}</p>
      ) : (
        <RegisterTable agreements={agreements} query={query} locale={locale} />
      )}
    </div>
  );
}
