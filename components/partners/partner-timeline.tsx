import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { LocalizedText } from '@/components/ui/localized-text';
import { formatPartialDateRange } from '@/lib/dates/partial-date';
import type { ProfileEvent } from '@/lib/server/partners/profile';

/** Joint events grouped by the year they started, newest first. */
export async function PartnerTimeline({ events, locale }: { events: ProfileEvent[]; locale: string }) {
  const common = await getTranslations('Common');
  const years = new Map<number, ProfileEvent[]>();
  for (const e of events) years.set(e.startDate.getUTCFullYear(), [...(years.get(e.startDate.getUTCFullYear()) ?? []), e]);
  return (
    <ol className="space-y-8" data-testid="timeline">
      {[...years].map(([year, items]) => (
        <li key={year}>
          <h3 className="sticky top-0 bg-white/90 py-1 text-lg font-bold text-brand-700 backdrop-blur dark:bg-slate-950/90 dark:text-brand-100">{year}</h3>
          <ol className="mt-2 space-y-4 border-l-2 border-brand-100 pl-5 dark:border-brand-800">
            {items.map((e) => (
              <li key={e.slug} className="relative">
                <span
                  aria-hidden="true"
                  className="absolute -left-[1.6rem] top-1.5 size-3 rounded-full border-2 border-white bg-brand-600 dark:border-slate-950"
                />
                <p className="text-sm font-semibold text-slate-600 dark:text-slate-400">
                  <time dateTime={e.startDate.toISOString().slice(0, 10)}>
                    {formatPartialDateRange(
                      { date: e.startDate, precision: e.startPrecision },
                      e.endDate && e.endPrecision ? { date: e.endDate, precision: e.endPrecision } : null,
                      locale,
                    )}
                  </time>
                  {' · '}
                  {common(`eventCategory.${e.category}`)}
                  {e.format && ` · ${common(`eventFormat.${e.format}`)}`}
                </p>
                {e.title && (
                  <p className="font-semibold">
                    <Link
                      href={`/events/${e.slug}`}
                      className="text-brand-700 underline decoration-brand-100 underline-offset-4 hover:decoration-brand-700 dark:text-brand-100 dark:decoration-brand-600"
                    >
                      <LocalizedText value={e.title} />
                    </Link>
                  </p>
                )}
                {e.body && <LocalizedText value={e.body} as="p" className="mt-1 text-sm whitespace-pre-line text-slate-700 dark:text-slate-300" />}
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
