import 'server-only';
import { readArguments } from '@/lib/server/read-arguments';
import { cacheTag } from 'next/cache';
import { cacheUntilNextPublication } from '../publication-schedule';
import { cacheTags } from '../cache-tags';
import { publiclyVisible } from '../visibility';
import { isSlug } from '@/lib/slug';
import { listPartners } from '../partners/queries';
import { findPartnerProfile, type PartnerProfile } from '../partners/profile';
import { agreementUrls, eventLinkPayload, partialDate, partnerUrls, text } from './payload';
import type { ContentLocale } from '@/lib/i18n/localized';
import type { PartnerFilters } from '@/lib/schemas/partner';
import type { PartnerDetailPayload, PartnerSummaryPayload } from '@/lib/schemas/open-data/partners';

type PartnerIdentity = Pick<PartnerProfile, 'slug' | 'name' | 'regionName' | 'kind' | 'status' | 'countryCode'>;

/** What the list and the detail both say of a partner: who it is, and where to read more. */
const partnerIdentity = (p: PartnerIdentity, locale: ContentLocale) => ({
  slug: p.slug,
  ...partnerUrls(p.slug, locale),
  name: text(p.name),
  regionName: text(p.regionName),
  kind: p.kind,
  status: p.status,
  countryCode: p.countryCode,
});

/** Every public partner matching the partners page's filters, in its order, as the API gives them. */
export async function listOpenPartners(locale: ContentLocale, filters: PartnerFilters): Promise<PartnerSummaryPayload[]> {
  'use cache';
  locale = readArguments.locale.parse(locale);
  filters = readArguments.partnerFilters.parse(filters);
  await cacheUntilNextPublication();
  cacheTag(cacheTags.partners, cacheTags.agreements);
  const partners = await listPartners(locale, filters);
  return partners.map((p) => ({
    ...partnerIdentity(p, locale),
    firstAgreement: p.firstAgreement && { type: p.firstAgreement.type, signed: partialDate(p.firstAgreement.signedOn, p.firstAgreement.signedPrecision) },
  }));
}

/** A public partner with what its profile shows, or null when the public may not see it. */
export async function getOpenPartner(locale: ContentLocale, slug: string): Promise<PartnerDetailPayload | null> {
  'use cache';
  locale = readArguments.locale.parse(locale);
  slug = readArguments.slug.parse(slug);
  if (!isSlug(slug)) return null;
  await cacheUntilNextPublication();
  cacheTag(cacheTags.partners, cacheTags.agreements, cacheTags.events);
  const now = new Date();
  const p = await findPartnerProfile(locale, { slug, ...publiclyVisible(now) }, now);
  if (!p) return null;
  return {
    ...partnerIdentity(p, locale),
    about: text(p.about),
    latitude: p.latitude,
    longitude: p.longitude,
    foundedYear: p.foundedYear,
    population: p.population,
    populationYear: p.populationYear,
    areaKm2: p.areaKm2,
    areaYear: p.areaYear,
    timeZone: p.timeZone,
    websiteUrl: p.websiteUrl,
    agreements: p.agreements.map((a) => ({
      id: a.id,
      ...agreementUrls(a.id, locale),
      type: a.type,
      title: text(a.title),
      signed: partialDate(a.signedOn, a.signedPrecision),
      status: a.status,
    })),
    events: p.events.map((e) => eventLinkPayload(e, locale)),
  };
}
