import type { Metadata } from 'next';
import { connection } from 'next/server';
import { notFound } from 'next/navigation';
import { pageMetadata, withAtomFeed } from '@/lib/seo/page-metadata';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/i18n/locale-param';
import { SectionPage } from '@/components/layout/section-page';
import { Link } from '@/i18n/navigation';
import { EventFilters } from '@/components/events/event-filters';
import { EventTimeline } from '@/components/events/event-timeline';
import { Pager } from '@/components/ui/pager';
import { eventTimelineQuerySchema, type EventTimelineFilters } from '@/lib/schemas/events';
import { listEventFilterOptions, listEventTimeline, type EventFilterOptions } from '@/lib/server/events/timeline';
import { DownloadLinks } from '@/components/open-data/download-links';
import { calendarUrl, eventsCsvUrl, feedUrl } from '@/lib/open-data/download-urls';
import type { AppLocale } from '@/i18n/routing';

type SearchParams = PageProps<'/[locale]/events'>['searchParams'];

// Each page of the list has its own title. (Whether the page exists is settled in the body: a page
// past the end shows the not-found page marked noindex, with status 200, docs/decisions/006.)
export async function generateMetadata({ params, searchParams }: PageProps<'/[locale]/events'>): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'Events' });
  const { page } = eventTimelineQuerySchema.parse(await searchParams);
  const metadata = await pageMetadata(locale, '/events', { title: page > 1 ? t('titleWithPage', { page }) : t('title'), description: t('lead') });
  return withAtomFeed(metadata, { url: feedUrl(locale), title: t('title') });
}

export default async function EventsPage({ params, searchParams }: PageProps<'/[locale]/events'>) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'Events' });
  return (
    <SectionPage title={t('title')} lead={t('lead')}>
      <EventsTimelineView locale={locale} searchParams={searchParams} />
    </SectionPage>
  );
}

/** Filter values that match none of the offered choices (a partner no longer public, a year with no events) are ignored, like malformed ones. */
function knownFilters({ year, partner, category }: EventTimelineFilters, options: EventFilterOptions): EventTimelineFilters {
  return {
    year: year !== undefined && options.years.includes(year) ? year : undefined,
    partner: partner !== undefined && options.partners.some((p) => p.slug === partner) ? partner : undefined,
    category: category !== undefined && options.categories.includes(category) ? category : undefined,
  };
}

async function EventsTimelineView({ locale, searchParams }: { locale: AppLocale; searchParams: SearchParams }) {
  await connection();
  const { page, ...requested } = eventTimelineQuerySchema.parse(await searchParams);
  const options = await listEventFilterOptions(locale);
  const filters = knownFilters(requested, options);
  const [t, timeline] = await Promise.all([getTranslations({ locale, namespace: 'Events' }), listEventTimeline(locale, filters, page)]);
  // A page past the end is a URL for nothing: the not-found page rather than quietly another page,
  // so one list never answers at two addresses and the page and count queries can run together.
  if (page > timeline.pageCount) notFound();
  const filtered = Object.values(filters).some((v) => v !== undefined);

  return (
    <div className="space-y-8">
      {(options.years.length > 0 || filtered) && <EventFilters locale={locale} options={options} applied={filters} />}
      {options.years.length > 0 && (
        <DownloadLinks
          links={[
            { kind: 'csv', href: eventsCsvUrl(locale, filters) },
            { kind: 'ical', href: calendarUrl(locale) },
            { kind: 'atom', href: feedUrl(locale) },
          ]}
        />
      )}
      {timeline.events.length > 0 ? (
        <>
          <p className="text-sm font-medium text-slate-600 dark:text-slate-400" role="status" data-testid="events-count">
            {t('count', { count: timeline.total })}
            {timeline.pageCount > 1 && <> · {t('pageOf', { page: timeline.page, pageCount: timeline.pageCount })}</>}
          </p>
          <EventTimeline events={timeline.events} locale={locale} />
        </>
      ) : (
        <div className="rounded-xl border border-dashed border-slate-300 px-6 py-10 text-center dark:border-slate-700" data-testid="events-empty">
          <p className="text-lg text-slate-700 dark:text-slate-300">{filtered ? t('emptyFiltered') : t('emptyAll')}</p>
          <Link
            href={filtered ? '/events' : '/partners'}
            className="mt-4 inline-block rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            {filtered ? t('showAll') : t('browsePartners')}
          </Link>
        </div>
      )}
      <Pager pathname="/events" query={filters} page={timeline.page} pageCount={timeline.pageCount} />
    </div>
  );
}
