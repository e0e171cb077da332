import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { isAppLocale } from '@/i18n/routing';
import { getEvent } from '@/lib/server/events/detail';
import { formatEventDates } from '@/components/events/event-dates';
import { ogCard, ogSize } from '@/lib/server/og/card';

export const size = ogSize;
export const contentType = 'image/png';

/** The event's share card: its category, title, dates at their precision and the partners. */
export default async function Image({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  await connection(); // drawn from the database on request, never at build time
  if (!isAppLocale(locale)) notFound();
  const event = await getEvent(locale, slug);
  if (!event) notFound();
  const common = await getTranslations({ locale, namespace: 'Common' });
  const partners = event.partners.map((p) => p.name.text);
  return ogCard(locale, {
    kind: common(`eventCategory.${event.category}`),
    title: event.title.text,
    date: formatEventDates(event, locale),
    counterpart: partners.length > 0 ? new Intl.ListFormat(locale).format(partners) : null,
  });
}
