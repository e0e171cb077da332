import { toKazakhLatin } from '@/lib/text/kazakh-latin';

/** The languages content is stored in, one translation row each, and the administration's languages. */
export const STORED_LOCALES = ['ru', 'kk', 'en'] as const;
export type StoredLocale = (typeof STORED_LOCALES)[number];
/**
 * A language content is read in: a stored one, or Kazakh in the Latin alphabet, which is read from
 * the Kazakh text and transliterated (docs/decisions/049).
 */
export type ContentLocale = StoredLocale | 'kk-Latn';
const SOURCE_LOCALE: StoredLocale = 'ru';
const HOME_COUNTRY = 'KZ';

/**
 * A piece of content text with the language it is actually in. `transliterated`: kk-Latn text the
 * site made from the Cyrillic, which the page says.
 */
export type LocalizedValue = { text: string; lang: ContentLocale; isFallback: boolean; transliterated?: true };

/** The stored language a content locale reads: kk for kk-Latn. */
const storedLocale = (locale: ContentLocale): StoredLocale => (locale === 'kk-Latn' ? 'kk' : locale);
/** The stored languages a locale's text is looked for in, in order: its own, then the source language. */
const readingOrder = (locale: ContentLocale): StoredLocale[] => {
  const stored = storedLocale(locale);
  return stored === SOURCE_LOCALE ? [stored] : [stored, SOURCE_LOCALE];
};

/**
 * The fallback rule for content: a field is shown in the requested locale when that locale's
 * translation has it, otherwise in Russian (the source language of the data), marked as such. In
 * kk-Latn the Kazakh text is transliterated; a Russian fallback stays Russian, in its own alphabet.
 */
export function pickLocalized<Row extends { locale: StoredLocale }, Field extends keyof Row>(
  rows: readonly Row[],
  locale: ContentLocale,
  field: Field,
): LocalizedValue | null {
  const stored = storedLocale(locale);
  for (const lang of readingOrder(locale)) {
    const value = rows.find((r) => r.locale === lang)?.[field];
    if (typeof value !== 'string' || value.trim() === '') continue;
    if (locale === 'kk-Latn' && lang === stored) return { text: toKazakhLatin(value), lang: locale, isFallback: false, transliterated: true };
    return { text: value, lang, isFallback: lang !== stored };
  }
  return null;
}

/**
 * A place's name (a partner's, its region's, the home city's). In kk-Latn a foreign place keeps the
 * Latin name the data has for it, the English one ("Izmir", never a transliteration of "Измир");
 * a Kazakh place's Kazakh name is transliterated ("Şymkent"), as is one of no recorded country.
 */
export function pickPlaceName<Row extends { locale: StoredLocale }, Field extends keyof Row>(
  rows: readonly Row[],
  locale: ContentLocale,
  field: Field,
  countryCode: string | null,
): LocalizedValue | null {
  if (locale === 'kk-Latn' && countryCode !== null && countryCode !== HOME_COUNTRY) {
    const latin = rows.find((r) => r.locale === 'en')?.[field];
    if (typeof latin === 'string' && latin.trim() !== '') return { text: latin, lang: 'en', isFallback: false };
  }
  return pickLocalized(rows, locale, field);
}

/** The `lang` attribute for text in `lang` on a page in `pageLocale`: only when they differ. */
export const langUnlessPage = (lang: ContentLocale, pageLocale: string): ContentLocale | undefined => (lang === pageLocale ? undefined : lang);

/** The locales whose translation rows a query needs for `locale`: kk-Latn also reads the English names of foreign places. */
export const localesFor = (locale: ContentLocale): StoredLocale[] => (locale === 'kk-Latn' ? [...readingOrder(locale), 'en'] : readingOrder(locale));
