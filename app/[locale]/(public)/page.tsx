import { Suspense } from 'react';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/i18n/locale-param';
import { Link } from '@/i18n/navigation';
import { LocalizedText } from '@/components/ui/localized-text';
import { getHomeCity } from '@/lib/server/home-city/queries';
import { listPartners } from '@/lib/server/partners/queries';
import { countPublicEvents } from '@/lib/server/events/queries';
import { countryName } from '@/lib/format';
import type { AppLocale } from '@/i18n/routing';

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const locale = await localeFromParams(params);
  return (
    <Suspense fallback={<div className="h-64 animate-pulse rounded-xl bg-slate-100 dark:bg-slate-900" />}>
      <HomeContent locale={locale} />
    </Suspense>
  );
}

async function HomeContent({ locale }: { locale: AppLocale }) {
  await connection(); // data is read per request (and cached by tag), never baked into the build
  const [t, home, partners, eventCount] = await Promise.all([
    getTranslations({ locale, namespace: 'Home' }),
    getHomeCity(locale),
    listPartners(locale),
    countPublicEvents(),
  ]);
  const countryCount = new Set(partners.map((p) => p.countryCode)).size;
  const city = home?.name.text ?? '';
  const figures = [
    { value: partners.length, label: t('partnerCount', { count: partners.length }) },
    { value: countryCount, label: t('countryCount', { count: countryCount }) },
    { value: eventCount, label: t('eventCount', { count: eventCount }) },
  ];
  const number = new Intl.NumberFormat(locale);
  return (
    <div className="space-y-12">
      <section className="rounded-2xl bg-gradient-to-br from-brand-800 to-brand-600 px-6 py-12 text-white sm:px-10">
        <p className="text-sm font-semibold uppercase tracking-widest text-accent-400">{t('eyebrow')}</p>
        <h1 className="mt-2 text-3xl font-bold sm:text-5xl">{t('title', { city })}</h1>
        <p className="mt-4 max-w-2xl text-lg text-brand-50">{t('lead', { city })}</p>
      </section>

      <section aria-labelledby="figures">
        <h2 id="figures" className="sr-only">{t('figures')}</h2>
        <dl className="grid gap-4 sm:grid-cols-3">
          {figures.map((f) => (
            <div key={f.label} className="rounded-xl border border-slate-200 p-5 dark:border-slate-800">
              <dt className="text-sm text-slate-600 dark:text-slate-400">{f.label}</dt>
              <dd className="order-first text-4xl font-bold text-brand-700 dark:text-brand-100">{number.format(f.value)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="partners-heading" className="space-y-4">
        <h2 id="partners-heading" className="text-2xl font-bold">{t('partnersHeading')}</h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="partner-cards">
          {partners.map((p) => (
            <li key={p.slug} className="relative rounded-xl border border-slate-200 p-4 hover:border-brand-600 dark:border-slate-800">
              <Link href={`/partners/${p.slug}`} className="font-semibold after:absolute after:inset-0">
                <LocalizedText value={p.name} />
              </Link>
              <p className="text-sm text-slate-600 dark:text-slate-400">{countryName(p.countryCode, locale)}</p>
            </li>
          ))}
        </ul>
        <Link href="/partners" className="inline-block rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t('allPartners')}
        </Link>
      </section>
    </div>
  );
}
