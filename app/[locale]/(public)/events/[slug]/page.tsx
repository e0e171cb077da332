import type { Metadata } from 'next';
import { connection } from 'next/server';
import { notFound } from 'next/navigation';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/i18n/locale-param';
import { isAppLocale, type AppLocale } from '@/i18n/routing';
import { EventArticle } from '@/components/events/event-article';
import { formatEventDates } from '@/components/events/event-dates';
import { getEvent, type EventDetail } from '@/lib/server/events/detail';
import { JsonLd } from '@/components/seo/json-ld';
import { eventNode } from '@/lib/structured-data/event';
import { siteUrl } from '@/lib/server/env';
import { localePath } from '@/lib/i18n/locale-path';
import { excerpt } from '@/lib/format';
import { mediaUrl } from '@/lib/media';

export async function generateMetadata({ params }: PageProps<'/[locale]/events/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isAppLocale(locale)) return {};
  const event = await getEvent(locale, slug);
  // No such public event: nothing to title; the not-found page has its own metadata.
  if (!event) notFound();
  const [t, common] = await Promise.all([getTranslations({ locale, namespace: 'Event' }), getTranslations({ locale, namespace: 'Common' })]);
  return pageMetadata(locale, `/events/${slug}`, {
    title: event.title.text,
    description: t('metaDescription', { category: common(`eventCategory.${event.category}`), date: formatEventDates(event, locale) }),
  });
}

export default async function EventPage({ params }: PageProps<'/[locale]/events/[slug]'>) {
  const locale: AppLocale = await localeFromParams(params);
  const { slug } = await params;
  await connection();
  const event = await getEvent(locale, slug);
  if (!event) notFound();
  return (
    <>
      <JsonLd node={eventStructuredData(event, locale)} locale={locale} />
      <EventArticle event={event} locale={locale} />
    </>
  );
}

/** The event for search engines; only the public page has it, not the editors' preview. */
function eventStructuredData(event: EventDetail, locale: AppLocale) {
  const absolute = (path: string) => new URL(path, siteUrl()).toString();
  return eventNode({
    url: absolute(localePath(locale, `/events/${event.slug}`)),
    name: event.title.text,
    description: event.body ? excerpt(event.body.text) : null,
    start: { date: event.startDate, precision: event.startPrecision },
    end: event.endDate && event.endPrecision ? { date: event.endDate, precision: event.endPrecision } : null,
    format: event.format,
    location: event.location?.text ?? null,
    partners: event.partners.map((p) => ({ name: p.name.text, url: absolute(localePath(locale, `/partners/${p.slug}`)) })),
    images: event.photos.map((photo) => absolute(mediaUrl(photo.storageKey))),
  });
}
