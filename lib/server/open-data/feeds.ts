import 'server-only';
import { readArguments } from '@/lib/server/read-arguments';
import { cacheTag } from 'next/cache';
import { localesFor, pickLocalized, pickPlaceName, type ContentLocale, type LocalizedValue } from '@/lib/i18n/localized';
import type { Prisma } from '@/lib/generated/prisma/client';
import { db } from '../db';
import { cacheUntilNextPublication } from '../publication-schedule';
import { cacheTags } from '../cache-tags';
import { publicProposal, publiclyVisible } from '../visibility';
import type { ProposalStage } from '@/lib/generated/prisma/enums';
import { isSlug } from '@/lib/slug';
import { eventSummarySelect, newestFirst, toEventSummary, type EventSummary } from '../events/summary';
import { timelineWhere } from '../events/timeline';

/** An event as the feeds publish it: its summary, its text, and the moments a feed reader tracks. */
export type FeedEvent = EventSummary & {
  id: number;
  body: LocalizedValue | null;
  createdAt: Date;
  updatedAt: Date;
  /** Bumped by every edit: the iCal SEQUENCE. */
  version: number;
};

function feedEventSelect(locale: ContentLocale, now: Date) {
  return {
    ...eventSummarySelect(locale, now),
    id: true,
    createdAt: true,
    updatedAt: true,
    version: true,
    translations: { where: { locale: { in: localesFor(locale) } }, select: { locale: true, title: true, location: true, body: true } },
  } satisfies Prisma.EventSelect;
}

type FeedRow = Prisma.EventGetPayload<{ select: ReturnType<typeof feedEventSelect> }>;

function toFeedEvents(rows: FeedRow[], locale: ContentLocale): FeedEvent[] {
  return rows.flatMap((row) => {
    const summary = toEventSummary(row, locale);
    return summary
      ? [
          {
            ...summary,
            id: row.id,
            body: pickLocalized(row.translations, locale, 'body'),
            createdAt: row.createdAt,
            updatedAt: row.updatedAt,
            version: row.version,
          },
        ]
      : [];
  });
}

/**
 * Every public event, or every public event of one public partner, for a calendar feed: one query
 * for the events (plus one per relation), whatever their number. Newest first, as the timeline.
 */
export async function listCalendarEvents(locale: ContentLocale, partner?: string): Promise<FeedEvent[]> {
  'use cache';
  locale = readArguments.locale.parse(locale);
  partner = readArguments.optionalSlug.parse(partner);
  // No partner has such a slug (the feed answers 404), and a NUL in it would fail the query.
  if (partner !== undefined && !isSlug(partner)) return [];
  await cacheUntilNextPublication();
  cacheTag(cacheTags.events, cacheTags.partners);
  const now = new Date();
  const rows = await db().event.findMany({
    where: timelineWhere({ year: undefined, category: undefined, partner }, now),
    orderBy: newestFirst,
    select: feedEventSelect(locale, now),
  });
  return toFeedEvents(rows, locale);
}

/**
 * The `limit` public events added last, newest first, for the Atom feed. Added means created: the
 * schema keeps no separate moment of publication (see docs/decisions/011-feeds.md).
 */
export async function listNewestEvents(locale: ContentLocale, limit: number): Promise<FeedEvent[]> {
  'use cache';
  locale = readArguments.locale.parse(locale);
  limit = readArguments.perPage.parse(limit);
  await cacheUntilNextPublication();
  cacheTag(cacheTags.events, cacheTags.partners);
  const now = new Date();
  const rows = await db().event.findMany({
    where: publiclyVisible(now),
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: feedEventSelect(locale, now),
  });
  return toFeedEvents(rows, locale);
}

/** A public partner's name in the locale, for its calendar's title; null when the public may not see it. */
export async function getFeedPartnerName(locale: ContentLocale, slug: string): Promise<LocalizedValue | null> {
  'use cache';
  locale = readArguments.locale.parse(locale);
  slug = readArguments.slug.parse(slug);
  if (!isSlug(slug)) return null;
  await cacheUntilNextPublication();
  cacheTag(cacheTags.partners);
  const row = await db().partner.findFirst({
    where: { slug, ...publiclyVisible(new Date()) },
    select: { countryCode: true, translations: { where: { locale: { in: localesFor(locale) } }, select: { locale: true, name: true } } },
  });
  return row && pickPlaceName(row.translations, locale, 'name', row.countryCode);
}

/** A public project or proposal as the cooperation feed publishes it. */
export type FeedProject = { id: number; slug: string; title: LocalizedValue; summary: LocalizedValue | null; createdAt: Date; updatedAt: Date };
export type FeedProposal = { id: number; partnerName: LocalizedValue; stage: ProposalStage; createdAt: Date; updatedAt: Date };

/**
 * The `limit` public projects and the `limit` public proposals added last, newest first, for the
 * cooperation feed (docs/decisions/037): never a draft, a trashed or not-yet-due record, nor an internal proposal.
 */
export async function listNewestCooperation(locale: ContentLocale, limit: number): Promise<{ projects: FeedProject[]; proposals: FeedProposal[] }> {
  'use cache';
  locale = readArguments.locale.parse(locale);
  limit = readArguments.perPage.parse(limit);
  await cacheUntilNextPublication();
  cacheTag(cacheTags.projects, cacheTags.proposals);
  const now = new Date();
  const locales = { locale: { in: localesFor(locale) } };
  const newest = [{ createdAt: 'desc' as const }, { id: 'desc' as const }];
  const [projects, proposals] = await Promise.all([
    db().project.findMany({
      where: publiclyVisible(now),
      orderBy: newest,
      take: limit,
      select: {
        id: true,
        slug: true,
        createdAt: true,
        updatedAt: true,
        translations: { where: locales, select: { locale: true, title: true, summary: true } },
      },
    }),
    db().proposal.findMany({
      where: publicProposal(now),
      orderBy: newest,
      take: limit,
      select: {
        id: true,
        stage: true,
        countryCode: true,
        createdAt: true,
        updatedAt: true,
        translations: { where: locales, select: { locale: true, partnerName: true } },
      },
    }),
  ]);
  return {
    projects: projects.flatMap(({ translations, ...project }) => {
      const title = pickLocalized(translations, locale, 'title');
      return title ? [{ ...project, title, summary: pickLocalized(translations, locale, 'summary') }] : [];
    }),
    proposals: proposals.flatMap(({ translations, countryCode, ...proposal }) => {
      const partnerName = pickPlaceName(translations, locale, 'partnerName', countryCode);
      return partnerName ? [{ ...proposal, partnerName }] : [];
    }),
  };
}
