import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { listEventHighlights } from '@/lib/server/events/highlights';
import type { EventSummary } from '@/lib/server/events/summary';
import { EventSummaryItem } from './event-summary-item';

function HighlightList({ events, locale, testId }: { events: EventSummary[]; locale: string; testId: string }) {
  return (
    <ul className="space-y-3" data-testid={testId}>
      {events.map((e) => (
        <li key={e.slug} className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
          <EventSummaryItem event={e} locale={locale} />
        </li>
      ))}
    </ul>
  );
}

/** The home page's "latest" and "upcoming" joint events. Reads request-time data. */
export async function EventHighlights({ locale }: { locale: AppLocale }) {
  await connection();
  const [t, { latest, upcoming }] = await Promise.all([getTranslations({ locale, namespace: 'EventHighlights' }), listEventHighlights(locale)]);
  return (
    <div className="space-y-4" data-testid="event-highlights">
      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="latest-events" className="space-y-4">
          <h2 id="latest-events" className="text-2xl font-bold">
            {t('latestHeading')}
          </h2>
          {latest.length > 0 ? (
            <HighlightList events={latest} locale={locale} testId="latest-events" />
          ) : (
            <p className="rounded-xl border border-dashed border-slate-300 p-4 text-slate-600 dark:border-slate-700 dark:text-slate-400">{t('noLatest')}</p>
          )}
        </section>
        <section aria-labelledby="upcoming-events" className="space-y-4">
          <h2 id="upcoming-events" className="text-2xl font-bold">
            {t('upcomingHeading')}
          </h2>
          {upcoming.length > 0 ? (
            <HighlightList events={upcoming} locale={locale} testId="upcoming-events" />
          ) : (
            <p className="rounded-xl border border-dashed border-slate-300 p-4 text-slate-600 dark:border-slate-700 dark:text-slate-400">{t('noUpcoming')}</p>
          )}
        </section>
      </div>
      <Link href="/events" className="inline-block rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        {t('allEvents')}
      </Link>
    </div>
  );
}
