import 'server-only';
import { readArguments } from '@/lib/server/read-arguments';
import { cacheTag } from 'next/cache';
import { db } from '../db';
import { cacheUntilNextPublication } from '../publication-schedule';
import { cacheTags } from '../cache-tags';
import { publiclyVisible } from '../visibility';
import { isSlug } from '@/lib/slug';
import { eventSummarySelect, newestFirst, toEventSummaries, type EventSummary } from '../events/summary';
import { listEventTimeline, timelineWhere } from '../events/timeline';
import { findEventDetail } from '../events/detail';
import { eventUrls, partialDate, partnerUrls, photoPayload, sourceLinkPayload, text } from './payload';
import type { ContentLocale } from '@/lib/i18n/localized';
import type { EventTimelineFilters } from '@/lib/schemas/events';
import type { PageMeta } from '@/lib/pagination';
import type { EventDetailPayload, EventSummaryPayload } from '@/lib/schemas/open-data/events';

function eventPayload(e: EventSummary, locale: ContentLocale): EventSummaryPayload {
  return {
    slug: e.slug,
    ...eventUrls(e.slug, locale),
    title: text(e.title),
    category: e.category,
    format: e.format,
    start: partialDate(e.startDate, e.startPrecision),
    end: partialDate(e.endDate, e.endPrecision),
    location: text(e.location),
    partners: e.partners.map((p) => ({ slug: p.slug, url: partnerUrls(p.slug, locale).url, name: text(p.name) })),
  };
}

/** One page of the public timeline with its filters, newest first, as the API gives it. */
export async function listOpenEventPage(
  locale: ContentLocale,
  filters: EventTimelineFilters,
  page: number,
  perPage: number,
): Promise<{ items: EventSummaryPayload[]; meta: PageMeta }> {
  'use cache';
  locale = readArguments.locale.parse(locale);
  filters = readArguments.eventFilters.parse(filters);
  page = readArguments.page.parse(page);
  perPage = readArguments.perPage.parse(perPage);
  await cacheUntilNextPublication();
  cacheTag(cacheTags.events, cacheTags.partners);
  const timeline = await listEventTimeline(locale, filters, page, perPage);
  return { items: timeline.events.map((e) => eventPayload(e, locale)), meta: { page, perPage, total: timeline.total, pageCount: timeline.pageCount } };
}

/** Rows per query of the CSV export: its memory stays one batch's, whatever the number of events. */
export const EXPORT_BATCH_SIZE = 5_000;

/**
 * Every public event matching the timeline's filters, newest first, a batch at a time (for the
 * CSV), each batch one query plus one per relation. Not cached: the server keeps a copy of the
 * whole download (docs/decisions/017), and a cached list of 50,000 events held hundreds of MB.
 * Batches continue after the last (date, id) seen rather than by offset, so each one starts from
 * the index; an event whose date is edited during the export may appear in neither or both.
 * Always yields at least one batch, so an empty export still gets its header.
 */
export async function* openEventBatches(
  locale: ContentLocale,
  filters: EventTimelineFilters,
  batchSize = EXPORT_BATCH_SIZE,
): AsyncGenerator<EventSummaryPayload[]> {
  const now = new Date();
  const where = timelineWhere(filters, now);
  const select = { id: true, ...eventSummarySelect(locale, now) };
  for (let after: { startDate: Date; id: number } | undefined; ;) {
    const rows = await db().event.findMany({
      where: after ? { AND: [where, { OR: [{ startDate: { lt: after.startDate } }, { startDate: after.startDate, id: { lt: after.id } }] }] } : where,
      orderBy: newestFirst,
      take: batchSize,
      select,
    });
    yield toEventSummaries(rows, locale).map((e) => eventPayload(e, locale));
    after = rows.at(-1);
    if (!after || rows.length < batchSize) return;
  }
}

/** A public event with its text, photos and sources, or null when the public may not see it. */
export async function getOpenEvent(locale: ContentLocale, slug: string): Promise<EventDetailPayload | null> {
  'use cache';
  locale = readArguments.locale.parse(locale);
  slug = readArguments.slug.parse(slug);
  if (!isSlug(slug)) return null;
  await cacheUntilNextPublication();
  cacheTag(cacheTags.events, cacheTags.partners);
  const now = new Date();
  const e = await findEventDetail(locale, { slug, ...publiclyVisible(now) }, now);
  if (!e) return null;
  return {
    ...eventPayload(e, locale),
    body: text(e.body),
    photos: e.photos.map(photoPayload),
    sources: e.sources.map(sourceLinkPayload),
  };
}
