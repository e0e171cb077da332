import 'server-only';
import { localesFor, pickLocalized, pickPlaceName, type ContentLocale, type LocalizedValue } from '@/lib/i18n/localized';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { DatePrecision, EventCategory, EventFormat } from '@/lib/generated/prisma/enums';
import { publiclyVisible } from '../visibility';
import { nameOrder } from '@/lib/i18n/name-order';

export type EventPartnerLink = { slug: string; name: LocalizedValue };

/** What a list of events shows of each one: title, dates at their precision, kind, place and partners. */
export type EventSummary = {
  slug: string;
  title: LocalizedValue;
  startDate: Date;
  startPrecision: DatePrecision;
  endDate: Date | null;
  endPrecision: DatePrecision | null;
  category: EventCategory;
  format: EventFormat | null;
  location: LocalizedValue | null;
  /** Only the partners the public may see, sorted by name in the locale. */
  partners: EventPartnerLink[];
};

/** Newest first; the id keeps events on the same date in a stable order across pages. */
export const newestFirst = [{ startDate: 'desc' }, { id: 'desc' }] satisfies Prisma.EventOrderByWithRelationInput[];

/** The `select` behind an EventSummary. Its relations load in one query each, whatever the number of events. */
export function eventSummarySelect(locale: ContentLocale, now: Date) {
  const locales = { locale: { in: localesFor(locale) } };
  return {
    slug: true,
    startDate: true,
    startPrecision: true,
    endDate: true,
    endPrecision: true,
    category: true,
    format: true,
    translations: { where: locales, select: { locale: true, title: true, location: true } },
    partners: {
      where: { partner: publiclyVisible(now) },
      select: { partner: { select: { slug: true, countryCode: true, translations: { where: locales, select: { locale: true, name: true } } } } },
    },
  } satisfies Prisma.EventSelect;
}

type SummaryRow = Prisma.EventGetPayload<{ select: ReturnType<typeof eventSummarySelect> }>;

function partnerLinks(rows: SummaryRow['partners'], locale: ContentLocale): EventPartnerLink[] {
  return rows
    .flatMap(({ partner }) => {
      const name = pickPlaceName(partner.translations, locale, 'name', partner.countryCode);
      return name ? [{ slug: partner.slug, name }] : [];
    })
    .sort((a, b) => nameOrder(locale)(a.name.text, b.name.text));
}

/** The summary, or null for a row without a title in any usable language (the DAL never shows a nameless event). */
export function toEventSummary({ translations, partners, ...row }: SummaryRow, locale: ContentLocale): EventSummary | null {
  const title = pickLocalized(translations, locale, 'title');
  if (!title) return null;
  return { ...row, title, location: pickLocalized(translations, locale, 'location'), partners: partnerLinks(partners, locale) };
}

export const toEventSummaries = (rows: SummaryRow[], locale: ContentLocale) =>
  rows.map((r) => toEventSummary(r, locale)).filter((e): e is EventSummary => e !== null);
