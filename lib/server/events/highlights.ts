import 'server-only';
import { readArguments } from '@/lib/server/read-arguments';
import { cacheTag } from 'next/cache';
import type { ContentLocale } from '@/lib/i18n/localized';
import { db } from '../db';
import { cacheUntilNextPublication } from '../publication-schedule';
import { cacheTags } from '../cache-tags';
import { publiclyVisible } from '../visibility';
import { eventSummarySelect, newestFirst, toEventSummaries, type EventSummary } from './summary';

const HIGHLIGHTS = 3;

/**
 * The home page's two short lists: the latest events that have started (newest first) and the
 * next ones to come (soonest first). An event dated only to a month or year counts as started
 * once its period has begun. Two queries.
 */
export async function listEventHighlights(locale: ContentLocale): Promise<{ latest: EventSummary[]; upcoming: EventSummary[] }> {
  'use cache';
  locale = readArguments.locale.parse(locale);
  await cacheUntilNextPublication();
  cacheTag(cacheTags.events, cacheTags.partners);
  const now = new Date();
  const select = eventSummarySelect(locale, now);
  const [latest, upcoming] = await Promise.all([
    db().event.findMany({ where: { ...publiclyVisible(now), startDate: { lte: now } }, orderBy: newestFirst, take: HIGHLIGHTS, select }),
    db().event.findMany({
      where: { ...publiclyVisible(now), startDate: { gt: now } },
      orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
      take: HIGHLIGHTS,
      select,
    }),
  ]);
  return { latest: toEventSummaries(latest, locale), upcoming: toEventSummaries(upcoming, locale) };
}
