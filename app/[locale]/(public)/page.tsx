import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/i18n/locale-param';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { Link } from '@/i18n/navigation';
import { LocalizedText } from '@/components/ui/localized-text';
import { PartnerMap } from '@/components/map/partner-map';
import { YearlyBarChart } from '@/components/charts/yearly-bar-chart';
import { getHomeCity } from '@/lib/server/home-city/queries';
import { getPartnerSummary } from '@/lib/server/partners/queries';
import { countPublicEvents } from '@/lib/server/events/queries';
import { countActiveProjects } from '@/lib/server/projects/register';
import { getMapData } from '@/lib/server/map/queries';
import { getLastContentChange, listAgreementYears, listEventYears } from '@/lib/server/stats/queries';
import { EventHighlights } from '@/components/events/event-highlights';
import { countryName, formatStoredDate } from '@/lib/format';
import { formatPartialDate } from '@/lib/dates/partial-date';
import { calendarDayAt, localSolarOffset, nextTwinTownsDay } from '@/lib/dates/twin-towns-day';
import { countPerYear } from '@/lib/stats/yearly';
import type { AppLocale } from '@/i18n/routing';
import { forCapitals } from '@/lib/i18n/capitals';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  const metadata = await pageMetadata(locale, '/', { title: t('siteName'), description: t('description') });
  return { ...metadata, title: { absolute: t('siteName') } };
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const locale = await localeFromParams(params);
  return <HomeContent locale={locale} />;
}

async function HomeContent({ locale }: { locale: AppLocale }) {
  await connection(); // data is read per request (and cached by tag), never baked into the build
  const [t, charts, common, home, partners, eventCount, map, lastChange, agreementYears, eventYears, activeProjects] = await Promise.all([
    getTranslations({ locale, namespace: 'Home' }),
    getTranslations({ locale, namespace: 'Charts' }),
    getTranslations({ locale, namespace: 'Common' }),
    getHomeCity(locale),
    getPartnerSummary(locale),
    countPublicEvents(),
    getMapData(locale),
    getLastContentChange(),
    listAgreementYears(),
    listEventYears(),
    countActiveProjects(),
  ]);
  const city = home?.name.text ?? '';
  const figures = [
    { value: partners.count, label: t('partnerCount', { count: partners.count }) },
    { value: partners.countryCount, label: t('countryCount', { count: partners.countryCount }) },
    { value: eventCount, label: t('eventCount', { count: eventCount }) },
  ];
  const number = new Intl.NumberFormat(locale);
  const { oldest } = partners;
  // Calendar days are the home city's, not the server's: the city's offset from its longitude.
  const offset = localSolarOffset(home?.longitude ?? 0);
  const now = new Date();
  const day = (date: Date) => formatPartialDate({ date, precision: 'day' }, locale);
  const twinTownsDay = nextTwinTownsDay(calendarDayAt(now, offset));
  const agreementBins = countPerYear(agreementYears.years);
  const eventBins = countPerYear(eventYears.years);
  return (
    <div className="space-y-12">
      <section className="rounded-2xl bg-gradient-to-br from-brand-800 to-brand-600 px-6 py-12 text-white sm:px-10">
        <p className="text-sm font-semibold uppercase tracking-widest text-accent-400">{forCapitals(t('eyebrow'), locale)}</p>
        <h1 className="mt-2 text-3xl font-bold sm:text-5xl">{t('title', { city })}</h1>
        <p className="mt-4 max-w-2xl text-lg text-brand-50">{t('lead', { city, kind: home?.kind ?? 'city' })}</p>
        <Link
          href="/about"
          className="mt-6 inline-block font-semibold text-white underline decoration-accent-400 decoration-2 underline-offset-4 hover:decoration-white"
        >
          {t('aboutLink')}
        </Link>
      </section>

      <section aria-labelledby="figures" className="space-y-3">
        <h2 id="figures" className="sr-only">
          {t('figures')}
        </h2>
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {figures.map((f) => (
            <div key={f.label} className="flex flex-col rounded-xl border border-slate-200 p-5 dark:border-slate-800">
              <dt className="text-sm text-slate-600 dark:text-slate-400">{f.label}</dt>
              <dd className="order-first text-4xl font-bold text-brand-700 dark:text-brand-100">{number.format(f.value)}</dd>
            </div>
          ))}
          <div className="flex flex-col rounded-xl border border-slate-200 p-5 dark:border-slate-800" data-testid="oldest-agreement">
            <dt className="text-sm text-slate-600 dark:text-slate-400">{t('oldestAgreement')}</dt>
            {oldest ? (
              <dd className="order-first">
                <span className="block text-4xl font-bold text-brand-700 dark:text-brand-100">
                  {formatStoredDate(oldest.signedOn, oldest.precision, locale)}
                </span>
                <Link
                  href={`/partners/${oldest.partner.slug}`}
                  className="font-semibold text-brand-700 underline underline-offset-4 hover:no-underline dark:text-brand-100"
                >
                  <LocalizedText value={oldest.partner.name} />
                </Link>
              </dd>
            ) : (
              <dd className="order-first py-2 text-2xl font-bold text-slate-600 dark:text-slate-300">{common('notSpecified')}</dd>
            )}
          </div>
        </dl>
        <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="as-of">
          {t('asOf', { date: day(calendarDayAt(lastChange ?? now, offset)) })}
        </p>
        <p className="text-base" data-testid="active-projects">
          {/* "As of today": the home city's calendar day of this request, not of the last change. */}
          <Link href="/projects?status=active" className="font-semibold text-brand-700 underline underline-offset-4 hover:no-underline dark:text-brand-100">
            {t('activeProjects', { count: activeProjects, date: day(calendarDayAt(now, offset)) })}
          </Link>
        </p>
      </section>

      {map && (
        <section aria-labelledby="map-heading" className="space-y-4">
          <h2 id="map-heading" className="text-2xl font-bold">
            {t('mapHeading')}
          </h2>
          <PartnerMap data={map} locale={locale} />
        </section>
      )}

      <EventHighlights locale={locale} />

      <section
        aria-labelledby="twin-towns-day"
        className="rounded-2xl border border-accent-400 bg-amber-50 p-6 dark:border-amber-700 dark:bg-amber-950/40"
        data-testid="twin-towns-day"
      >
        <h2 id="twin-towns-day" className="text-xl font-bold">
          {t('twinTownsDayHeading')}
        </h2>
        <p className="mt-2 text-2xl font-semibold text-brand-800 dark:text-amber-100">
          {twinTownsDay.isToday ? t('twinTownsDayToday', { date: day(twinTownsDay.date) }) : t('twinTownsDayNext', { date: day(twinTownsDay.date) })}
        </p>
        <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
          {t('twinTownsDayAbout', { year: new Intl.NumberFormat(locale, { useGrouping: false }).format(1962) })}{' '}
          <Link href="/about" className="font-medium text-brand-700 underline underline-offset-4 hover:no-underline dark:text-brand-100">
            {t('aboutLink')}
          </Link>
        </p>
      </section>

      <section aria-labelledby="charts-heading" className="space-y-4">
        <h2 id="charts-heading" className="text-2xl font-bold">
          {t('chartsHeading')}
        </h2>
        <div className="grid gap-6 lg:grid-cols-2">
          {agreementBins.length > 0 ? (
            <YearlyBarChart
              id="agreements-chart"
              title={charts('agreementsTitle')}
              valueLabel={charts('agreementsValue')}
              bins={agreementBins}
              locale={locale}
              note={agreementYears.undated > 0 ? charts('undatedAgreements', { count: agreementYears.undated }) : undefined}
            />
          ) : (
            <p className="rounded-xl border border-slate-200 p-4 text-slate-700 dark:border-slate-800 dark:text-slate-300" data-testid="agreements-chart-empty">
              {charts('noDatedAgreements', { count: agreementYears.undated })}
            </p>
          )}
          {eventBins.length > 0 ? (
            <YearlyBarChart id="events-chart" title={charts('eventsTitle')} valueLabel={charts('eventsValue')} bins={eventBins} locale={locale} />
          ) : (
            <p className="rounded-xl border border-slate-200 p-4 text-slate-700 dark:border-slate-800 dark:text-slate-300" data-testid="events-chart-empty">
              {charts('noEvents')}
            </p>
          )}
        </div>
      </section>

      <section aria-labelledby="partners-heading" className="space-y-4">
        <h2 id="partners-heading" className="text-2xl font-bold">
          {t('partnersHeading')}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="partner-cards">
          {partners.first.map((p) => (
            <li key={p.slug} className="relative rounded-xl border border-slate-200 p-4 hover:border-brand-600 dark:border-slate-800">
              <Link href={`/partners/${p.slug}`} className="font-semibold after:absolute after:inset-0">
                <LocalizedText value={p.name} />
              </Link>
              <p className="text-sm text-slate-600 dark:text-slate-400">{countryName(p.countryCode, locale)}</p>
            </li>
          ))}
        </ul>
        <Link href="/partners" className="inline-block rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {partners.count > partners.first.length ? t('allPartnersCount', { count: partners.count }) : t('allPartners')}
        </Link>
      </section>
    </div>
  );
}
