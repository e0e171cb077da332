import type { Metadata } from 'next';
import { Suspense } from 'react';
import { connection } from 'next/server';
import { notFound } from 'next/navigation';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/i18n/locale-param';
import { isAppLocale, type AppLocale } from '@/i18n/routing';
import { EventArticle } from '@/components/events/event-article';
import { formatEventDates } from '@/components/events/event-dates';
import { getEvent } from '@/lib/server/events/detail';

type Params = PageProps<'/[locale]/events/[slug]'>['params'];

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

// The slug is only known per request: params are awaited inside the Suspense boundary, so the
// static shell still prerenders.
export default function EventPage({ params }: PageProps<'/[locale]/events/[slug]'>) {
  return (
    <Suspense fallback={<div className="h-96 animate-pulse rounded-xl bg-slate-100 dark:bg-slate-900" />}>
      <EventView params={params} />
    </Suspense>
  );
}

async function EventView({ params }: { params: Params }) {
  const locale: AppLocale = await localeFromParams(params);
  const { slug } = await params;
  await connection();
  const event = await getEvent(locale, slug);
  if (!event) notFound();
  return <EventArticle event={event} locale={locale} />;
}
