import type { Metadata } from 'next';
import { Suspense } from 'react';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/i18n/locale-param';
import { PartnerTable } from '@/components/partners/partner-table';
import { listPartners } from '@/lib/server/partners/queries';
import type { AppLocale } from '@/i18n/routing';

export async function generateMetadata({ params }: PageProps<'/[locale]/partners'>): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'Partners' });
  return { title: t('title'), description: t('lead') };
}

export default async function PartnersPage({ params }: PageProps<'/[locale]/partners'>) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'Partners' });
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-2 text-slate-700 dark:text-slate-300">{t('lead')}</p>
      </header>
      <Suspense fallback={<div className="h-96 animate-pulse rounded-lg bg-slate-100 dark:bg-slate-900" />}>
        <PartnerList locale={locale} />
      </Suspense>
    </div>
  );
}

async function PartnerList({ locale }: { locale: AppLocale }) {
  await connection();
  const [t, partners] = await Promise.all([getTranslations({ locale, namespace: 'Partners' }), listPartners(locale)]);
  return (
    <>
      <p className="text-sm font-medium text-slate-600 dark:text-slate-400" role="status">{t('count', { count: partners.length })}</p>
      <PartnerTable partners={partners} locale={locale} />
    </>
  );
}
