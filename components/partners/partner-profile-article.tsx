import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { LocalizedText } from '@/components/ui/localized-text';
import { countryName, formatStoredDate } from '@/lib/format';
import { PartnerFacts } from './partner-facts';
import { PartnerTimeline } from './partner-timeline';
import { DownloadLinks } from '@/components/open-data/download-links';
import { calendarUrl } from '@/lib/open-data/download-urls';
import type { AppLocale } from '@/i18n/routing';
import type { PartnerProfile } from '@/lib/server/partners/profile';
import { forCapitals } from '@/lib/i18n/capitals';

/** One partner as its public profile shows it; the admin's preview of a draft renders the same. */
export async function PartnerProfileArticle({ partner, locale }: { partner: PartnerProfile; locale: AppLocale }) {
  const [t, common] = await Promise.all([getTranslations({ locale, namespace: 'PartnerProfile' }), getTranslations({ locale, namespace: 'Common' })]);
  return (
    <article className="space-y-10">
      <header className="space-y-2">
        <Link href="/partners" className="text-sm font-medium text-brand-700 underline hover:no-underline dark:text-brand-100">
          ← {t('back')}
        </Link>
        <h1 className="text-3xl font-bold sm:text-4xl">
          <LocalizedText value={partner.name} />
        </h1>
        <p className="text-lg text-slate-700 dark:text-slate-300">
          {partner.regionName && (
            <>
              <LocalizedText value={partner.regionName} />,{' '}
            </>
          )}
          {countryName(partner.countryCode, locale)}
        </p>
      </header>

      <div className="grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section aria-labelledby="about" className="space-y-3">
          <h2 id="about" className="text-xl font-bold">
            {t('aboutHeading')}
          </h2>
          {partner.about ? (
            <LocalizedText value={partner.about} as="div" className="space-y-3 leading-relaxed whitespace-pre-line" />
          ) : (
            <p className="text-slate-500 dark:text-slate-400">{common('notSpecified')}</p>
          )}
        </section>
        <section aria-labelledby="facts" className="space-y-3">
          <h2 id="facts" className="text-xl font-bold">
            {t('factsHeading')}
          </h2>
          <PartnerFacts partner={partner} locale={locale} />
        </section>
      </div>

      <section aria-labelledby="agreements" className="space-y-3">
        <h2 id="agreements" className="text-xl font-bold">
          {t('agreementsHeading')}
        </h2>
        {partner.agreements.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-400">{t('noAgreements')}</p>
        ) : (
          <ul className="space-y-3" data-testid="agreements">
            {partner.agreements.map((a) => (
              <li key={a.id} className="relative rounded-xl border border-slate-200 p-4 hover:border-brand-600 dark:border-slate-800">
                <p className="text-sm font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-100">
                  {forCapitals(common(`agreementType.${a.type}`), locale)}
                </p>
                {/* The whole card opens the agreement's permalink. */}
                <Link
                  href={`/agreements/${a.id}`}
                  className="mt-1 block font-medium underline decoration-brand-100 underline-offset-4 after:absolute after:inset-0 hover:decoration-brand-700"
                >
                  {a.title ? <LocalizedText value={a.title} /> : t('openAgreement')}
                </Link>
                <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
                  <div className="flex gap-1">
                    <dt className="text-slate-600 dark:text-slate-400">{t('signed')}:</dt>
                    <dd>{formatStoredDate(a.signedOn, a.signedPrecision, locale) ?? common('notSpecified')}</dd>
                  </div>
                  <div className="flex gap-1">
                    <dt className="text-slate-600 dark:text-slate-400">{t('agreementStatus')}:</dt>
                    <dd>{a.status ? common(`agreementStatus.${a.status}`) : common('notSpecified')}</dd>
                  </div>
                </dl>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="timeline" className="space-y-3">
        <h2 id="timeline" className="text-xl font-bold">
          {t('timelineHeading')}
          {partner.eventCount > 0 && (
            <span className="ml-2 text-base font-normal text-slate-600 dark:text-slate-400">{t('eventCount', { count: partner.eventCount })}</span>
          )}
        </h2>
        {partner.events.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-400">{t('noEvents')}</p>
        ) : (
          <>
            <DownloadLinks links={[{ kind: 'partnerIcal', href: calendarUrl(locale, partner.slug) }]} />
            <PartnerTimeline events={partner.events} locale={locale} />
            {/* A long history stays on the paginated timeline rather than making this page heavy. */}
            {partner.eventCount > partner.events.length && (
              <p>
                <Link
                  href={{ pathname: '/events', query: { partner: partner.slug } }}
                  className="inline-block rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
                  data-testid="all-partner-events"
                >
                  {t('allEvents', { count: partner.eventCount })}
                </Link>
              </p>
            )}
          </>
        )}
      </section>
    </article>
  );
}
