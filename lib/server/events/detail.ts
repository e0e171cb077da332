import 'server-only';
import { readArguments } from '@/lib/server/read-arguments';
import { cacheTag } from 'next/cache';
import { localesFor, pickLocalized, type ContentLocale, type LocalizedValue, type StoredLocale } from '@/lib/i18n/localized';
import { db } from '../db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { cacheUntilNextPublication } from '../publication-schedule';
import { cacheTags } from '../cache-tags';
import { publiclyVisible } from '../visibility';
import { isSlug } from '@/lib/slug';
import { eventSummarySelect, toEventSummary, type EventSummary } from './summary';
import { publicPhotosSelect, toPublicPhotos, type PublicPhoto } from '../media/public-photos';

export type EventPhoto = PublicPhoto;
/** Titles stay in the language of the source, so they are not localized. */
type EventSourceLink = { id: number; title: string; language: StoredLocale; url: string | null; publisher: string | null };
export type EventDetail = EventSummary & { body: LocalizedValue | null; photos: EventPhoto[]; sources: EventSourceLink[] };

/**
 * One event matching `where`, with its text, photos and sources, as its page shows it (the public
 * page and the editors' preview share it). Uncached and unchecked: callers decide who may see what.
 */
export async function findEventDetail(locale: ContentLocale, where: Prisma.EventWhereInput, now: Date): Promise<EventDetail | null> {
  const locales = { locale: { in: localesFor(locale) } };
  const row = await db().event.findFirst({
    where,
    select: {
      ...eventSummarySelect(locale, now),
      translations: { where: locales, select: { locale: true, title: true, location: true, body: true } },
      photos: publicPhotosSelect(locale),
      sources: {
        orderBy: { sourceId: 'asc' },
        select: { source: { select: { id: true, title: true, language: true, url: true, publisher: true } } },
      },
    },
  });
  const summary = row && toEventSummary(row, locale);
  if (!row || !summary) return null;
  return {
    ...summary,
    body: pickLocalized(row.translations, locale, 'body'),
    photos: toPublicPhotos(row.photos, locale),
    sources: row.sources.map((s) => s.source),
  };
}

/** One public event with its text, photos and sources, or null when the public may not see it. */
export async function getEvent(locale: ContentLocale, slug: string): Promise<EventDetail | null> {
  'use cache';
  locale = readArguments.locale.parse(locale);
  slug = readArguments.slug.parse(slug);
  if (!isSlug(slug)) return null;
  await cacheUntilNextPublication();
  cacheTag(cacheTags.events, cacheTags.partners);
  const now = new Date();
  return findEventDetail(locale, { slug, ...publiclyVisible(now) }, now);
}
