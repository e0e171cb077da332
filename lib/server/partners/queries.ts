import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { db } from '../db';
import { cacheTags } from '../cache-tags';
import { publiclyVisible } from '../visibility';
import { localesFor, pickLocalized, type ContentLocale, type LocalizedValue } from '@/lib/i18n/localized';
import type { AgreementType, DatePrecision, PartnerKind } from '@/lib/generated/prisma/enums';

export type PartnerListItem = {
  slug: string;
  kind: PartnerKind;
  countryCode: string;
  name: LocalizedValue;
  regionName: LocalizedValue | null;
  /** The earliest public agreement, the one that founded the relationship. */
  firstAgreement: { type: AgreementType; signedOn: Date | null; signedPrecision: DatePrecision | null } | null;
};

/** Every public partner in the locale, sorted by name in that locale; one query whatever the number of rows. */
export async function listPartners(locale: ContentLocale): Promise<PartnerListItem[]> {
  'use cache';
  cacheLife('hours');
  cacheTag(cacheTags.partners, cacheTags.agreements);
  const now = new Date();
  const rows = await db().partner.findMany({
    where: publiclyVisible(now),
    select: {
      slug: true,
      kind: true,
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
  return rows
    .map((row): PartnerListItem | null => {
      const name = pickLocalized(row.translations, locale, 'name');
      if (!name) return null;
      return {
        slug: row.slug,
        kind: row.kind,
        countryCode: row.countryCode,
        name,
        regionName: pickLocalized(row.translations, locale, 'regionName'),
        firstAgreement: row.agreements[0] ?? null,
      };
    })
    .filter((p): p is PartnerListItem => p !== null)
    .sort((a, b) => a.name.text.localeCompare(b.name.text, locale));
}
