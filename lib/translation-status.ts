import type { ContentLocale } from '@/lib/i18n/localized';

type TimedRow = { locale: ContentLocale; textChangedAt: Date };
export type TranslationGaps = { missing: ('kk' | 'en')[]; outdated: ('kk' | 'en')[] };

/**
 * The rows a save writes, each with the time its texts last changed: the earlier time when the
 * language's texts are exactly as before (saves delete and re-create the rows, so the database
 * cannot tell), else the save's time, shared by every language the save changed.
 */
export function keepTextTimes<Row extends { locale: ContentLocale }>(
  before: readonly (TimedRow & Partial<Record<keyof Row, unknown>>)[],
  rows: readonly Row[],
  fields: readonly (keyof Row)[],
  now: Date,
): (Row & { textChangedAt: Date })[] {
  return rows.map((row) => {
    const prior = before.find((b) => b.locale === row.locale);
    const same = prior !== undefined && fields.every((field) => (prior[field] ?? null) === (row[field] ?? null));
    return { ...row, textChangedAt: same ? prior.textChangedAt : now };
  });
}

/** Which translations a record lacks, and which predate the Russian text they translate. */
export function translationGaps(rows: readonly TimedRow[]): TranslationGaps {
  const ru = rows.find((r) => r.locale === 'ru');
  const translations = (['kk', 'en'] as const).map((locale) => ({ locale, row: rows.find((r) => r.locale === locale) }));
  return {
    missing: translations.filter((t) => !t.row).map((t) => t.locale),
    outdated: translations.filter((t) => t.row && ru && t.row.textChangedAt < ru.textChangedAt).map((t) => t.locale),
  };
}
