import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { isAppLocale } from '@/i18n/routing';
import { getEvent } from '@/lib/server/events/detail';
import { getHomeCity } from '@/lib/server/home-city/queries';
import { formatEventDates } from '@/components/events/event-dates';
import { ogCard, ogSize } from '@/lib/server/og/card';

export const size = ogSize;
export const contentType = 'image/png';

/** The event's share card: its category, title, dates at their precision and the partners. */
export default async function Image({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  await connection(); // drawn from the database on request, never at build time
  if (!isAppLocale(locale)) notFound();
  const [event, homeCity] = await Promise.all([getEvent(locale, slug), getHomeCity(locale)]);
  if (!event) notFound();
  const [common, meta] = await Promise.all([getTranslations({ locale, namespace: 'Common' }), getTranslations({ locale, namespace: 'Metadata' })]);
  const partners = event.partners.map((p) => p.name.text);
  return ogCard({
    kind: common(`eventCategory.${event.category}`),
    title: event.title.text,
    date: formatEventDates(event, locale),
    parties: [...(homeCity ? [homeCity.name.text] : []), ...(partners.length > 0 ? [new Intl.ListFormat(locale).format(partners)] : [])],
    siteName: meta('siteName'),
  });
}
