import type { EventSummary } from '@/lib/server/events/summary';
import { EventSummaryItem } from './event-summary-item';

/** Events grouped under a heading for the year they started, in the order given (newest first). */
export function EventTimeline({ events, locale }: { events: EventSummary[]; locale: string }) {
  const years = new Map<number, EventSummary[]>();
  for (const e of events) {
    const year = e.startDate.getUTCFullYear();
    years.set(year, [...(years.get(year) ?? []), e]);
  }
  return (
    <div className="space-y-10" data-testid="events-timeline">
      {[...years].map(([year, items]) => (
        <section key={year} aria-labelledby={`year-${year}`} data-year={year}>
          <h2 id={`year-${year}`} className="border-b border-slate-200 pb-1 text-2xl font-bold text-brand-700 dark:border-slate-800 dark:text-brand-100">
            {year}
          </h2>
          <ol className="mt-4 space-y-6 border-l-2 border-brand-100 pl-5 sm:ml-2 sm:pl-7 dark:border-brand-800">
            {items.map((e) => (
              <li key={e.slug} className="relative">
                <span
                  aria-hidden="true"
                  className="absolute top-1.5 -left-[1.7rem] size-3 rounded-full border-2 border-white bg-brand-600 sm:-left-[2.2rem] dark:border-slate-950"
                />
                <EventSummaryItem event={e} locale={locale} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
