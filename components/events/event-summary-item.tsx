import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { LocalizedText } from '@/components/ui/localized-text';
import type { EventSummary } from '@/lib/server/events/summary';
import { EventDates } from './event-dates';
import { EventPartnerLinks } from './event-partner-links';

/** One event in a list: its title (a link to its page) as a heading, then date, category, partners and place. */
export async function EventSummaryItem({ event, locale, heading: Heading = 'h3' }: { event: EventSummary; locale: string; heading?: 'h3' | 'h4' }) {
  const [t, common] = await Promise.all([getTranslations('Events'), getTranslations('Common')]);
  return (
    <article className="space-y-1.5" data-event={event.slug}>
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
        <EventDates event={event} locale={locale} className="font-semibold text-slate-700 dark:text-slate-300" />
        <span className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-800 dark:bg-brand-900 dark:text-brand-100">
          {common(`eventCategory.${event.category}`)}
        </span>
      </p>
      <Heading className="text-lg leading-snug font-semibold">
        <Link href={`/events/${event.slug}`} className="text-slate-900 hover:text-brand-700 hover:underline dark:text-white dark:hover:text-brand-100">
          <LocalizedText value={event.title} />
        </Link>
      </Heading>
      <dl className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
        {event.partners.length > 0 && (
          <div className="flex flex-wrap gap-x-1">
            <dt className="text-slate-600 dark:text-slate-400">{t('partners')}:</dt>
            <dd>
              <EventPartnerLinks partners={event.partners} />
            </dd>
          </div>
        )}
        {event.location && (
          <div className="flex flex-wrap gap-x-1">
            <dt className="text-slate-600 dark:text-slate-400">{t('location')}:</dt>
            <dd>
              <LocalizedText value={event.location} />
            </dd>
          </div>
        )}
      </dl>
    </article>
  );
}
