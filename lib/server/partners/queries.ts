import 'server-only';
import { readArguments } from '@/lib/server/read-arguments';
import { cacheTag } from 'next/cache';
import { db } from '../db';
import { cacheUntilNextPublication } from '../publication-schedule';
import { cacheTags } from '../cache-tags';
import { publiclyVisible } from '../visibility';
import { partnerIdsMatching } from '../search/queries';
import { yearSpan } from '@/lib/dates/partial-date';
import { countryName } from '@/lib/format';
import { localesFor, pickPlaceName, type ContentLocale, type LocalizedValue } from '@/lib/i18n/localized';
import { PARTNERS_PER_PAGE, type PartnerFilters } from '@/lib/schemas/partner';
import { pageOfList, type ListPage } from '@/lib/pagination';
import { summarizePartners, type PartnerSummary } from '@/lib/partners/summary';
import type { AgreementType, DatePrecision, PartnerKind, PartnerStatus } from '@/lib/generated/prisma/enums';
import { nameOrder } from '@/lib/i18n/name-order';

export type PartnerListItem = {
  slug: string;
  kind: PartnerKind;
  status: PartnerStatus;
  countryCode: string;
  name: LocalizedValue;
  regionName: LocalizedValue | null;
  /** The earliest public agreement, the one that founded the relationship. */
  firstAgreement: { type: AgreementType; signedOn: Date | null; signedPrecision: DatePrecision | null } | null;
};

const UNFILTERED: PartnerFilters = { sort: 'name', dir: 'asc' };

/**
 * Public partners matching the filters, in the requested order; one query whatever the number of
 * rows (two with a name search). Names compare in the page's language, undated partners sort last.
 */
export async function listPartners(locale: ContentLocale, filters: PartnerFilters = UNFILTERED): Promise<PartnerListItem[]> {
  'use cache';
  locale = readArguments.locale.parse(locale);
  filters = readArguments.partnerFilters.parse(filters);
  await cacheUntilNextPublication();
  cacheTag(cacheTags.partners, cacheTags.agreements);
  const now = new Date();
  const { q, country, kind, type, status, year } = filters;
  const agreementFilter =
    type !== undefined || year !== undefined
      ? { agreements: { some: { ...publiclyVisible(now), ...(type && { type }), ...(year !== undefined && { signedOn: yearSpan(year) }) } } }
      : {};
  const rows = await db().partner.findMany({
    where: {
      ...publiclyVisible(now),
      ...(country && { countryCode: country }),
      ...(kind && { kind }),
      ...(status && { status }),
      ...agreementFilter,
      ...(q !== undefined && { id: { in: await partnerIdsMatching(q) } }),
    },
    select: {
      slug: true,
      kind: true,
      status: true,
      countryCode: true,
      translations: { where: { locale: { in: localesFor(locale) } }, select: { locale: true, name: true, regionName: true } },
      agreements: {
        where: publiclyVisible(now),
        orderBy: [{ signedOn: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
        take: 1,
        select: { type: true, signedOn: true, signedPrecision: true },
      },
    },
  });
  const items = rows.flatMap((row): PartnerListItem[] => {
    const name = pickPlaceName(row.translations, locale, 'name', row.countryCode);
    if (!name) return [];
    return [
      {
        slug: row.slug,
        kind: row.kind,
        status: row.status,
        countryCode: row.countryCode,
        name,
        regionName: pickPlaceName(row.translations, locale, 'regionName', row.countryCode),
        firstAgreement: row.agreements[0] ?? null,
      },
    ];
  });
  return sortPartners(items, filters, locale);
}

/**
 * One page of the partners list, with the number matching the filters. The whole ordered list
 * stays in its own cache entry; a page keeps only its rows, so a request reads and renders 50
 * partners, not a thousand. A page past the end comes back empty; the caller decides.
 */
export async function listPartnerPage(locale: ContentLocale, filters: PartnerFilters, page: number): Promise<ListPage<PartnerListItem>> {
  'use cache';
  locale = readArguments.locale.parse(locale);
  filters = readArguments.partnerFilters.parse(filters);
  page = readArguments.page.parse(page);
  await cacheUntilNextPublication();
  cacheTag(cacheTags.partners, cacheTags.agreements);
  return pageOfList(await listPartners(locale, filters), page, PARTNERS_PER_PAGE);
}

/** How many partner cards the home page shows; the rest are a link away. */
export const HOME_PARTNER_CARDS = 12;

/** The home page's partner figures, computed over all public partners, and its first few cards in the list's order. */
export async function getPartnerSummary(locale: ContentLocale): Promise<PartnerSummary<PartnerListItem>> {
  'use cache';
  locale = readArguments.locale.parse(locale);
  await cacheUntilNextPublication();
  cacheTag(cacheTags.partners, cacheTags.agreements);
  return summarizePartners(await listPartners(locale), HOME_PARTNER_CARDS);
}

function sortPartners(items: PartnerListItem[], { sort, dir }: PartnerFilters, locale: ContentLocale): PartnerListItem[] {
  const order = nameOrder(locale);
  const byName = (a: PartnerListItem, b: PartnerListItem) => order(a.name.text, b.name.text);
  const sign = dir === 'asc' ? 1 : -1;
  const signed = (p: PartnerListItem) => p.firstAgreement?.signedOn?.getTime() ?? null;
  const compare = (a: PartnerListItem, b: PartnerListItem): number => {
    if (sort === 'country') return sign * order(countryName(a.countryCode, locale), countryName(b.countryCode, locale)) || byName(a, b);
    if (sort === 'signed') {
      const [x, y] = [signed(a), signed(b)];
      if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1; // undated last either way
      return sign * (x - y) || byName(a, b);
    }
    return sign * byName(a, b);
  };
  return items.sort(compare);
}

export type PartnerFacets = { countries: string[]; kinds: PartnerKind[]; statuses: PartnerStatus[]; types: AgreementType[]; years: number[] };

/** The values the partner filters can take: only those some public partner actually has. */
export async function listPartnerFacets(): Promise<PartnerFacets> {
  'use cache';
  await cacheUntilNextPublication();
  cacheTag(cacheTags.partners, cacheTags.agreements);
  const now = new Date();
  const [partners, agreements] = await Promise.all([
    db().partner.findMany({ where: publiclyVisible(now), select: { countryCode: true, kind: true, status: true } }),
    db().agreement.findMany({ where: { ...publiclyVisible(now), partner: publiclyVisible(now) }, select: { type: true, signedOn: true } }),
  ]);
  const distinct = <T>(values: T[]) => [...new Set(values)];
  return {
    countries: distinct(partners.map((p) => p.countryCode)).sort(),
    kinds: distinct(partners.map((p) => p.kind)),
    statuses: distinct(partners.map((p) => p.status)),
    types: distinct(agreements.map((a) => a.type)),
    years: distinct(agreements.flatMap((a) => (a.signedOn ? [a.signedOn.getUTCFullYear()] : []))).sort((a, b) => b - a),
  };
}
