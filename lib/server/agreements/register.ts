import 'server-only';
import { readArguments } from '@/lib/server/read-arguments';
import { cacheTag } from 'next/cache';
import { db } from '../db';
import { cacheUntilNextPublication } from '../publication-schedule';
import { cacheTags } from '../cache-tags';
import { publiclyVisible } from '../visibility';
import { localesFor, pickLocalized, pickPlaceName, type ContentLocale, type LocalizedValue } from '@/lib/i18n/localized';
import { sortAgreements } from '@/lib/agreements/register-order';
import { AGREEMENTS_PER_PAGE, type RegisterQuery } from '@/lib/schemas/agreement';
import { pageOfList, type ListPage } from '@/lib/pagination';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { AgreementStatus, AgreementType, DatePrecision } from '@/lib/generated/prisma/enums';

export type RegisterAgreement = {
  id: number;
  type: AgreementType;
  title: LocalizedValue | null;
  signedOn: Date | null;
  signedPrecision: DatePrecision | null;
  status: AgreementStatus | null;
  partner: { slug: string; name: LocalizedValue };
};

/** The agreements the register shows for these filters: public ones of a public partner. The open-data API shares it. */
export function registerWhere(query: Pick<RegisterQuery, 'type' | 'status' | 'partner'>, now: Date): Prisma.AgreementWhereInput {
  return {
    ...publiclyVisible(now),
    partner: { ...publiclyVisible(now), ...(query.partner && { slug: query.partner }) },
    ...(query.type && { type: query.type }),
    ...(query.status && { status: query.status }),
  };
}

/**
 * The public agreements register: every agreement the public may see (its partner too), narrowed
 * by the query's filters in SQL and put in the query's order. One query whatever the number of rows.
 */
export async function listAgreements(locale: ContentLocale, query: RegisterQuery): Promise<RegisterAgreement[]> {
  'use cache';
  locale = readArguments.locale.parse(locale);
  query = readArguments.registerQuery.parse(query);
  await cacheUntilNextPublication();
  cacheTag(cacheTags.agreements, cacheTags.partners);
  const now = new Date();
  const locales = { locale: { in: localesFor(locale) } };
  const rows = await db().agreement.findMany({
    where: registerWhere(query, now),
    select: {
      id: true,
      type: true,
      signedOn: true,
      signedPrecision: true,
      status: true,
      translations: { where: locales, select: { locale: true, title: true } },
      partner: { select: { slug: true, countryCode: true, translations: { where: locales, select: { locale: true, name: true } } } },
    },
  });
  const agreements = rows.flatMap(({ translations, partner, ...row }) => {
    const name = pickPlaceName(partner.translations, locale, 'name', partner.countryCode);
    // A partner without even a Russian name is not ready to be shown (the partner list skips it too).
    return name ? [{ ...row, title: pickLocalized(translations, locale, 'title'), partner: { slug: partner.slug, name }, partnerName: name.text }] : [];
  });
  return sortAgreements(agreements, query.sort, query.dir, locale).map(({ partnerName: _, ...a }) => a);
}

/**
 * One page of the register, with the number matching the filters. Every order falls back on the
 * partner's name in the page's language (Intl.Collator, which SQL collations do not match), so the
 * page is cut from the whole ordered list in its own cache entry, as on the partners list: a request
 * renders 50 agreements, not thousands. A page past the end comes back empty; the caller decides.
 */
export async function listAgreementPage(locale: ContentLocale, query: RegisterQuery, page: number): Promise<ListPage<RegisterAgreement>> {
  'use cache';
  locale = readArguments.locale.parse(locale);
  query = readArguments.registerQuery.parse(query);
  page = readArguments.page.parse(page);
  await cacheUntilNextPublication();
  cacheTag(cacheTags.agreements, cacheTags.partners);
  return pageOfList(await listAgreements(locale, query), page, AGREEMENTS_PER_PAGE);
}
