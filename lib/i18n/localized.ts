/**
 * The fallback rule for content: a field is shown in the requested locale when that locale's
 * translation has it, otherwise in Russian (the source language of the data), marked as such.
 */
export type ContentLocale = 'ru' | 'kk' | 'en';
const SOURCE_LOCALE: ContentLocale = 'ru';

/** A piece of content text with the language it is actually in. */
export type LocalizedValue = { text: string; lang: ContentLocale; isFallback: boolean };

export function pickLocalized<Row extends { locale: ContentLocale }, Field extends keyof Row>(
  rows: readonly Row[],
  locale: ContentLocale,
  field: Field,
): LocalizedValue | null {
  for (const lang of locale === SOURCE_LOCALE ? [locale] : [locale, SOURCE_LOCALE]) {
    const value = rows.find((r) => r.locale === lang)?.[field];
    if (typeof value === 'string' && value.trim() !== '') return { text: value, lang, isFallback: lang !== locale };
  }
  return null;
}

/** The `lang` attribute for text in `lang` on a page in `pageLocale`: only when they differ. */
export const langUnlessPage = (lang: ContentLocale, pageLocale: string): ContentLocale | undefined => (lang === pageLocale ? undefined : lang);

/** The locales whose translation rows a query needs for `locale`. */
export const localesFor = (locale: ContentLocale): ContentLocale[] => (locale === SOURCE_LOCALE ? [locale] : [locale, SOURCE_LOCALE]);
