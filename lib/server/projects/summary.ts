import 'server-only';
import { localesFor, pickLocalized, pickPlaceName, type ContentLocale, type LocalizedValue } from '@/lib/i18n/localized';
import type { PartialDate } from '@/lib/dates/partial-date';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { DatePrecision, ProjectStatus, ProjectTheme } from '@/lib/generated/prisma/enums';
import { publiclyVisible } from '../visibility';
import type { EventPartnerLink } from '../events/summary';
import { nameOrder } from '@/lib/i18n/name-order';

/** What a list of projects shows of each one: title, summary, themes, status, period and partners. */
export type ProjectSummary = {
  slug: string;
  title: LocalizedValue;
  summary: LocalizedValue | null;
  themes: ProjectTheme[];
  /** Null: the source does not say. */
  status: ProjectStatus | null;
  start: PartialDate | null;
  end: PartialDate | null;
  /** Only the partners the public may see, sorted by name in the locale. */
  partners: EventPartnerLink[];
};

/** Newest start first, undated ones last; the id keeps the order stable across pages. */
export const newestStartFirst = [{ startDate: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }] satisfies Prisma.ProjectOrderByWithRelationInput[];

/** The `select` behind a ProjectSummary: one query per relation, whatever the number of projects. */
export function projectSummarySelect(locale: ContentLocale, now: Date) {
  const locales = { locale: { in: localesFor(locale) } };
  return {
    slug: true,
    themes: true,
    status: true,
    startDate: true,
    startPrecision: true,
    endDate: true,
    endPrecision: true,
    translations: { where: locales, select: { locale: true, title: true, summary: true } },
    partners: {
      where: { partner: publiclyVisible(now) },
      select: { partner: { select: { slug: true, countryCode: true, translations: { where: locales, select: { locale: true, name: true } } } } },
    },
  } satisfies Prisma.ProjectSelect;
}

type SummaryRow = Prisma.ProjectGetPayload<{ select: ReturnType<typeof projectSummarySelect> }>;

export const partialDate = (date: Date | null, precision: DatePrecision | null): PartialDate | null => (date && precision ? { date, precision } : null);

/** The summary, or null for a project without a title in any usable language (never shown nameless). */
export function toProjectSummary(
  { translations, partners, startDate, startPrecision, endDate, endPrecision, ...row }: SummaryRow,
  locale: ContentLocale,
): ProjectSummary | null {
  const title = pickLocalized(translations, locale, 'title');
  if (!title) return null;
  return {
    ...row,
    title,
    summary: pickLocalized(translations, locale, 'summary'),
    start: partialDate(startDate, startPrecision),
    end: partialDate(endDate, endPrecision),
    partners: partners
      .flatMap(({ partner }) => {
        const name = pickPlaceName(partner.translations, locale, 'name', partner.countryCode);
        return name ? [{ slug: partner.slug, name }] : [];
      })
      .sort((a, b) => nameOrder(locale)(a.name.text, b.name.text)),
  };
}

export const toProjectSummaries = (rows: SummaryRow[], locale: ContentLocale) =>
  rows.map((r) => toProjectSummary(r, locale)).filter((p): p is ProjectSummary => p !== null);
