import 'server-only';
import { readArguments } from '@/lib/server/read-arguments';
import { cacheTag } from 'next/cache';
import { localesFor, pickPlaceName, type ContentLocale } from '@/lib/i18n/localized';
import { EVENTS_PER_PAGE, type EventTimelineFilters } from '@/lib/schemas/events';
import type { Prisma } from '@/lib/generated/prisma/client';
import { EventCategory } from '@/lib/generated/prisma/enums';
import { db } from '../db';
import { cacheUntilNextPublication } from '../publication-schedule';
import { cacheTags } from '../cache-tags';
import { publiclyVisible } from '../visibility';
import { eventSummarySelect, newestFirst, toEventSummaries, type EventPartnerLink, type EventSummary } from './summary';
import { nameOrder } from '@/lib/i18n/name-order';

export type EventTimelinePage = {
  events: EventSummary[];
  /** Every event matching the filters, on all pages. */
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
};

// The year is the year an event started, as the timeline groups them. A half-open range on the
// stored date lets the (publicationStatus, deletedAt, startDate) and (startDate) indexes serve it.
// The calendar feeds and the open-data API filter with the same rule.
export function timelineWhere({ year, partner, category }: EventTimelineFilters, now: Date): Prisma.EventWhereInput {
  return {
    ...publiclyVisible(now),
    ...(year !== undefined && { startDate: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } }),
    ...(category && { category }),
    ...(partner && { partners: { some: { partner: { slug: partner, ...publiclyVisible(now) } } } }),
  };
}

/**
 * One page of the public timeline, newest first: one query for the page (plus one per relation,
 * not per row) and one count. A page past the end comes back with no events; the caller decides.
 * The page size is the timeline's unless the open-data API asks for another.
 */
export async function listEventTimeline(
  locale: ContentLocale,
  filters: EventTimelineFilters,
  page: number,
  pageSize = EVENTS_PER_PAGE,
): Promise<EventTimelinePage> {
  'use cache';
  locale = readArguments.locale.parse(locale);
  filters = readArguments.eventFilters.parse(filters);
  page = readArguments.page.parse(page);
  pageSize = readArguments.perPage.parse(pageSize);
  await cacheUntilNextPublication();
  cacheTag(cacheTags.events, cacheTags.partners);
  const now = new Date();
  const where = timelineWhere(filters, now);
  const [rows, total] = await Promise.all([
    db().event.findMany({ where, orderBy: newestFirst, skip: (page - 1) * pageSize, take: pageSize, select: eventSummarySelect(locale, now) }),
    db().event.count({ where }),
  ]);
  return { events: toEventSummaries(rows, locale), total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)), pageSize };
}

export type EventFilterOptions = {
  /** Years in which a public event started, newest first. */
  years: number[];
  /** Categories that public events have, in the schema's order. */
  categories: EventCategory[];
  /** Public partners with at least one public event, by name in the locale. */
  partners: EventPartnerLink[];
};

/** The choices the timeline's filters offer: only values that find something. Two queries. */
export async function listEventFilterOptions(locale: ContentLocale): Promise<EventFilterOptions> {
  'use cache';
  locale = readArguments.locale.parse(locale);
  await cacheUntilNextPublication();
  cacheTag(cacheTags.events, cacheTags.partners);
  const now = new Date();
  const [groups, partners] = await Promise.all([
    // Grouped in SQL, so the rows are distinct (date, category) pairs rather than every event.
    db().event.groupBy({ by: ['startDate', 'category'], where: publiclyVisible(now) }),
    db().partner.findMany({
      where: { ...publiclyVisible(now), events: { some: { event: publiclyVisible(now) } } },
      select: { slug: true, countryCode: true, translations: { where: { locale: { in: localesFor(locale) } }, select: { locale: true, name: true } } },
    }),
  ]);
  const present = new Set(groups.map((g) => g.category));
  return {
    years: [...new Set(groups.map((g) => g.startDate.getUTCFullYear()))].sort((a, b) => b - a),
    categories: Object.values(EventCategory).filter((c) => present.has(c)),
    partners: partners
      .flatMap((p) => {
        const name = pickPlaceName(p.translations, locale, 'name', p.countryCode);
        return name ? [{ slug: p.slug, name }] : [];
      })
      .sort((a, b) => nameOrder(locale)(a.name.text, b.name.text)),
  };
}
