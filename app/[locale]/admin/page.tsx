import type { Metadata } from 'next';
import { Suspense } from 'react';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/i18n/locale-param';
import type { AppLocale } from '@/i18n/routing';
import { requirePageActor } from '@/lib/server/auth/page-access';
import { DashboardPanels } from '@/components/admin/dashboard-panels';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin'>): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'AdminShell' });
  return { title: t('nav.dashboard') };
}

/** The admin's start page: a greeting, then drafts, scheduled items and missing translations. */
export default async function AdminHomePage({ params }: PageProps<'/[locale]/admin'>) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'AdminShell' });
  return (
    <Suspense fallback={<h1 className="text-3xl font-bold">{t('nav.dashboard')}</h1>}>
      <Welcome locale={locale} />
    </Suspense>
  );
}

async function Welcome({ locale }: { locale: AppLocale }) {
  await connection();
  const { actor, headers } = await requirePageActor(locale, 'editor');
  const t = await getTranslations({ locale, namespace: 'AdminShell' });
  return (
    <div className="space-y-6">
      <section className="space-y-3">
        <h1 className="text-3xl font-bold">{t('welcome', { name: actor.name })}</h1>
        <p className="max-w-3xl text-slate-700 dark:text-slate-300">{t('welcomeLead')}</p>
      </section>
      <DashboardPanels headers={headers} locale={locale} />
    </div>
  );
}
