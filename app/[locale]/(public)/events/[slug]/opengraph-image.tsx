import { getEvent } from '@/lib/server/events/detail';
import { formatEventDates } from '@/components/events/event-dates';
import { ogSize, shareCard } from '@/lib/server/og/card';
import { formatList } from '@/lib/i18n/intl-words';

export const size = ogSize;
export const contentType = 'image/png';

/** The event's share card: its category, title, dates at their precision and the partners. */
export default function Image({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  return shareCard(
    params,
    (locale, { slug }) => getEvent(locale, slug),
    (event, locale, common) => {
      const partners = event.partners.map((p) => p.name.text);
      return {
        kind: common(`eventCategory.${event.category}`),
        title: event.title.text,
        date: formatEventDates(event, locale),
        counterpart: partners.length > 0 ? formatList(partners, locale) : null,
      };
    },
  );
}
