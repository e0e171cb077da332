import 'server-only';
import { publicPhotosSelect, toPublicPhotos } from '../media/public-photos';
import { readArguments } from '@/lib/server/read-arguments';
import { cacheTag } from 'next/cache';
import { localesFor, pickLocalized, pickPlaceName, type ContentLocale, type LocalizedValue, type StoredLocale } from '@/lib/i18n/localized';
import type { PartialDate } from '@/lib/dates/partial-date';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { AgreementType, OrganizationKind, ProjectStatus } from '@/lib/generated/prisma/enums';
import { isSlug } from '@/lib/slug';
import { db } from '../db';
import { cacheUntilNextPublication } from '../publication-schedule';
import { cacheTags } from '../cache-tags';
import { publiclyVisible } from '../visibility';
import { eventSummarySelect, newestFirst, toEventSummaries, type EventSummary } from '../events/summary';
import type { EventPhoto } from '../events/detail';
import { partialDate, projectSummarySelect, toProjectSummary, type ProjectSummary } from './summary';

export type ProjectDetail = ProjectSummary & {
  outcomes: LocalizedValue | null;
  /** Oldest first. */
  statusHistory: { status: ProjectStatus; date: PartialDate; note: string | null }[];
  /** The public agreements it implements, with public partners only. */
  agreements: { id: number; type: AgreementType; title: LocalizedValue | null; signed: PartialDate | null; partnerName: LocalizedValue | null }[];
  organizations: { kind: OrganizationKind; countryCode: string | null; name: LocalizedValue; city: LocalizedValue | null }[];
  /** Titles stay in the language of the source. */
  sources: { id: number; title: string; language: StoredLocale; url: string | null; publisher: string | null }[];
  photos: EventPhoto[];
  /** Its public events, newest first. */
  events: EventSummary[];
};

/**
 * One project matching `where`, with everything its page shows. Uncached and unchecked: callers
 * decide who may see it. Linked records (agreements, events, partners, photos) appear only when
 * the public may see them. Three queries plus one per relation, whatever their sizes.
 */
export async function findProjectDetail(locale: ContentLocale, where: Prisma.ProjectWhereInput, now: Date): Promise<ProjectDetail | null> {
  const locales = { locale: { in: localesFor(locale) } };
  const row = await db().project.findFirst({
    where,
    select: {
      ...projectSummarySelect(locale, now),
      id: true,
      translations: { where: locales, select: { locale: true, title: true, summary: true, outcomes: true } },
      statusHistory: { orderBy: [{ date: 'asc' }, { id: 'asc' }], select: { status: true, date: true, precision: true, note: true } },
      agreements: {
        where: { agreement: { ...publiclyVisible(now), partner: publiclyVisible(now) } },
        orderBy: { agreementId: 'asc' },
        select: {
          agreement: {
            select: {
              id: true,
              type: true,
              signedOn: true,
              signedPrecision: true,
              translations: { where: locales, select: { locale: true, title: true } },
              partner: { select: { countryCode: true, translations: { where: locales, select: { locale: true, name: true } } } },
            },
          },
        },
      },
      organizations: {
        orderBy: [{ position: 'asc' }, { id: 'asc' }],
        select: { kind: true, countryCode: true, translations: { where: locales, select: { locale: true, name: true, city: true } } },
      },
      sources: { orderBy: { sourceId: 'asc' }, select: { source: { select: { id: true, title: true, language: true, url: true, publisher: true } } } },
      photos: publicPhotosSelect(locale),
    },
  });
  const summary = row && toProjectSummary(row, locale);
  if (!row || !summary) return null;
  const events = await db().event.findMany({
    where: { ...publiclyVisible(now), projectId: row.id },
    orderBy: newestFirst,
    select: eventSummarySelect(locale, now),
  });
  return {
    ...summary,
    outcomes: pickLocalized(row.translations, locale, 'outcomes'),
    statusHistory: row.statusHistory.map(({ date, precision, ...change }) => ({ ...change, date: { date, precision } })),
    agreements: row.agreements.map(({ agreement: { translations, partner, signedOn, signedPrecision, ...a } }) => ({
      ...a,
      title: pickLocalized(translations, locale, 'title'),
      signed: partialDate(signedOn, signedPrecision),
      partnerName: pickPlaceName(partner.translations, locale, 'name', partner.countryCode),
    })),
    organizations: row.organizations.flatMap(({ translations, ...o }) => {
      // An organization abroad keeps its Latin name in kk-Latn, as a place does.
      const name = pickPlaceName(translations, locale, 'name', o.countryCode);
      return name ? [{ ...o, name, city: pickPlaceName(translations, locale, 'city', o.countryCode) }] : [];
    }),
    sources: row.sources.map((s) => s.source),
    photos: toPublicPhotos(row.photos, locale),
    events: toEventSummaries(events, locale),
  };
}

/** One public project with everything its page shows, or null when the public may not see it. */
export async function getProject(locale: ContentLocale, slug: string): Promise<ProjectDetail | null> {
  'use cache';
  locale = readArguments.locale.parse(locale);
  slug = readArguments.slug.parse(slug);
  if (!isSlug(slug)) return null;
  await cacheUntilNextPublication();
  cacheTag(cacheTags.projects, cacheTags.events, cacheTags.agreements, cacheTags.partners);
  const now = new Date();
  return findProjectDetail(locale, { slug, ...publiclyVisible(now) }, now);
}
