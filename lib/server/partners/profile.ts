import 'server-only';
import { readArguments } from '@/lib/server/read-arguments';
import { cacheTag } from 'next/cache';
import { db } from '../db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { cacheUntilNextPublication } from '../publication-schedule';
import { cacheTags } from '../cache-tags';
import { publiclyVisible } from '../visibility';
import { newestFirst } from '../events/summary';
import { isSlug } from '@/lib/slug';
import { localesFor, pickLocalized, pickPlaceName, type ContentLocale, type LocalizedValue } from '@/lib/i18n/localized';
import type { AgreementStatus, AgreementType, DatePrecision, EventCategory, EventFormat, PartnerKind, PartnerStatus } from '@/lib/generated/prisma/enums';

type ProfileAgreement = {
  id: number;
  type: AgreementType;
  title: LocalizedValue | null;
  signedOn: Date | null;
  signedPrecision: DatePrecision | null;
  status: AgreementStatus | null;
};
export type ProfileEvent = {
  slug: string;
  title: LocalizedValue | null;
  body: LocalizedValue | null;
  startDate: Date;
  startPrecision: DatePrecision;
  endDate: Date | null;
  endPrecision: DatePrecision | null;
  category: EventCategory;
  format: EventFormat | null;
};
export type PartnerProfile = {
  slug: string;
  kind: PartnerKind;
  status: PartnerStatus;
  countryCode: string;
  latitude: number | null;
  longitude: number | null;
  foundedYear: number | null;
  population: number | null;
  populationYear: number | null;
  areaKm2: number | null;
  areaYear: number | null;
  timeZone: string | null;
  websiteUrl: string | null;
  name: LocalizedValue;
  regionName: LocalizedValue | null;
  about: LocalizedValue | null;
  agreements: ProfileAgreement[];
  /** Newest first; at most PROFILE_EVENTS on the public page and its preview. */
  events: ProfileEvent[];
  /** Every joint event the public may see, shown or not. */
  eventCount: number;
};

/**
 * How many joint events a profile lists; the rest are on the events timeline filtered to the
 * partner. Above the demo cities' largest count (Kazan–Chengdu, 21), so their profiles list all.
 */
export const PROFILE_EVENTS = 25;

/**
 * One partner matching `where`, with the agreements and joint events the public may see, as its
 * profile shows it (the public page and the editors' preview share it). Uncached and unchecked:
 * callers decide who may see which partner. With `eventLimit`, only the newest events load (LIMIT
 * in SQL) and a count gives the total; without it (the open-data API), all of them.
 */
export async function findPartnerProfile(
  locale: ContentLocale,
  where: Prisma.PartnerWhereInput,
  now: Date,
  eventLimit?: number,
): Promise<PartnerProfile | null> {
  const locales = { locale: { in: localesFor(locale) } };
  const eventWhere = { ...publiclyVisible(now), partners: { some: { partner: where } } };
  // The events load from the event side, beside the partner: loaded through the partner's links,
  // each link was joined back to its event three times to sort them, which PostgreSQL planned as a
  // scan of the whole event table or a parallel query (13-15 ms at 50,000 events; this way 2 ms).
  const [row, events, eventCount] = await Promise.all([
    db().partner.findFirst({
      where,
      select: {
        slug: true,
        kind: true,
        status: true,
        countryCode: true,
        latitude: true,
        longitude: true,
        foundedYear: true,
        population: true,
        populationYear: true,
        areaKm2: true,
        areaYear: true,
        timeZone: true,
        websiteUrl: true,
        translations: { where: locales, select: { locale: true, name: true, regionName: true, about: true } },
        agreements: {
          where: publiclyVisible(now),
          orderBy: [{ signedOn: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
          select: {
            id: true,
            type: true,
            signedOn: true,
            signedPrecision: true,
            status: true,
            translations: { where: locales, select: { locale: true, title: true } },
          },
        },
      },
    }),
    db().event.findMany({
      where: eventWhere,
      orderBy: newestFirst,
      take: eventLimit,
      select: {
        slug: true,
        startDate: true,
        startPrecision: true,
        endDate: true,
        endPrecision: true,
        category: true,
        format: true,
        translations: { where: locales, select: { locale: true, title: true, body: true } },
      },
    }),
    eventLimit === undefined ? null : db().event.count({ where: eventWhere }),
  ]);
  const name = row && pickPlaceName(row.translations, locale, 'name', row.countryCode);
  if (!row || !name) return null;
  const { translations, agreements, areaKm2, ...facts } = row;
  return {
    ...facts,
    areaKm2: areaKm2 === null ? null : Number(areaKm2),
    name,
    regionName: pickPlaceName(translations, locale, 'regionName', row.countryCode),
    about: pickLocalized(translations, locale, 'about'),
    agreements: agreements.map(({ translations: t, ...a }) => ({ ...a, title: pickLocalized(t, locale, 'title') })),
    events: events.map(({ translations: t, ...e }) => ({ ...e, title: pickLocalized(t, locale, 'title'), body: pickLocalized(t, locale, 'body') })),
    eventCount: eventCount ?? events.length,
  };
}

/** A public partner with its agreements and newest joint events, or null when there is none to show. */
export async function getPartnerProfile(locale: ContentLocale, slug: string): Promise<PartnerProfile | null> {
  'use cache';
  locale = readArguments.locale.parse(locale);
  slug = readArguments.slug.parse(slug);
  if (!isSlug(slug)) return null;
  await cacheUntilNextPublication();
  cacheTag(cacheTags.partners, cacheTags.agreements, cacheTags.events);
  const now = new Date();
  return findPartnerProfile(locale, { slug, ...publiclyVisible(now) }, now, PROFILE_EVENTS);
}
