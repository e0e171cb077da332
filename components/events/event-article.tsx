import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { LocalizedText } from '@/components/ui/localized-text';
import { EventBody } from './event-body';
import { EventDates } from './event-dates';
import { EventPartnerLinks } from './event-partner-links';
import { EventPhotos } from './event-photos';
import type { AppLocale } from '@/i18n/routing';
import type { EventDetail } from '@/lib/server/events/detail';
import { SourceList } from '@/components/ui/source-list';
import { forCapitals } from '@/lib/i18n/capitals';

/** One event as its public page shows it; the admin's preview of a draft renders the same. */
export async function EventArticle({ event, locale }: { event: EventDetail; locale: AppLocale }) {
  const [t, common] = await Promise.all([getTranslations({ locale, namespace: 'Event' }), getTranslations({ locale, namespace: 'Common' })]);
  const notSpecified = <span className="text-slate-500 dark:text-slate-400">{common('notSpecified')}</span>;
  const facts: Array<[label: string, value: React.ReactNode]> = [
    [t('facts.date'), <EventDates key="date" event={event} locale={locale} />],
    [t('facts.category'), common(`eventCategory.${event.category}`)],
    [t('facts.format'), event.format ? common(`eventFormat.${event.format}`) : notSpecified],
    [t('facts.location'), event.location ? <LocalizedText value={event.location} /> : notSpecified],
    [t('facts.partners'), event.partners.length > 0 ? <EventPartnerLinks partners={event.partners} /> : notSpecified],
  ];

  return (
    <article className="space-y-10">
      <header className="space-y-3">
        <Link href="/events" className="text-sm font-medium text-brand-700 underline hover:no-underline dark:text-brand-100">
          ← {t('back')}
        </Link>
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase dark:text-brand-100">
          {forCapitals(common(`eventCategory.${event.category}`), locale)}
        </p>
        <h1 className="max-w-4xl text-3xl font-bold sm:text-4xl">
          <LocalizedText value={event.title} />
        </h1>
        <p className="text-lg text-slate-700 dark:text-slate-300">
          <EventDates event={event} locale={locale} />
        </p>
      </header>

      <div className="grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-10">
          {event.body && (
            <section aria-labelledby="about" className="space-y-3">
              <h2 id="about" className="text-xl font-bold">
                {t('aboutHeading')}
              </h2>
              <EventBody value={event.body} />
            </section>
          )}
          {event.photos.length > 0 && (
            <section aria-labelledby="photos" className="space-y-3">
              <h2 id="photos" className="text-xl font-bold">
                {t('photosHeading')}
              </h2>
              <EventPhotos photos={event.photos} />
            </section>
          )}
        </div>
        <section aria-labelledby="facts" className="space-y-3">
          <h2 id="facts" className="text-xl font-bold">
            {t('factsHeading')}
          </h2>
          <dl className="divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-800 dark:border-slate-800" data-testid="event-facts">
            {facts.map(([label, value]) => (
              <div key={label} className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] gap-3 px-4 py-3 text-sm">
                <dt className="font-medium text-slate-600 dark:text-slate-400">{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </section>
      </div>

      {event.sources.length > 0 && (
        <section aria-labelledby="sources" className="space-y-3">
          <h2 id="sources" className="text-xl font-bold">
            {t('sourcesHeading')}
          </h2>
          <SourceList sources={event.sources} locale={locale} testId="event-sources" />
        </section>
      )}
    </article>
  );
}
