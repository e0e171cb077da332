import { formatPartialDate, type DatePrecision } from '@/lib/dates/partial-date';
import { regionalLocale } from '@/lib/i18n/regional-locale';
import { formatKazakhLatinUtcDateTime } from '@/lib/dates/kazakh-latin-dates';
import { KAZAKH_LATIN, toKazakhLatin } from '@/lib/text/kazakh-latin';
import { madeOnce } from '@/lib/cache/made-once';

const DISPLAY_NAMES = {
  region: madeOnce((locale: string) => new Intl.DisplayNames([locale], { type: 'region' })),
  language: madeOnce((locale: string) => new Intl.DisplayNames([locale], { type: 'language' })),
};
/**
 * A name from ICU's display names. ICU has none in Kazakh Latin letters (it answers in Cyrillic for
 * kk-Latn), so those are its kk names, transliterated.
 */
const displayName = (type: 'region' | 'language', code: string, locale: string): string =>
  locale === KAZAKH_LATIN ? toKazakhLatin(displayName(type, code, 'kk')) : (DISPLAY_NAMES[type](locale).of(code) ?? code);

/** Country name in the locale from its ISO code (Node's ICU has ru, kk and en names). */
export const countryName = (code: string, locale: string) => displayName('region', code, locale);

/** A stored date with precision, or null when the source does not give one. */
export function formatStoredDate(date: Date | null, precision: DatePrecision | null, locale: string): string | null {
  return date && precision ? formatPartialDate({ date, precision }, locale) : null;
}

/**
 * A moment as the admin shows it: in UTC, and saying so, because the home city has no recorded
 * time zone and editors in different places must read the same time.
 */
export const formatUtcDateTime = (date: Date, locale: string, timeStyle: 'short' | 'medium' = 'short') =>
  locale === KAZAKH_LATIN
    ? formatKazakhLatinUtcDateTime(date, timeStyle)
    : `${new Intl.DateTimeFormat(regionalLocale(locale), { dateStyle: 'medium', timeStyle, timeZone: 'UTC' }).format(date)} UTC`;

/** A language's name in the locale from its ISO 639-1 code ("kk" → "казахский" on a ru page). */
export const languageName = (code: string, locale: string) => displayName('language', code, locale);

/** The opening of a text, cut at a word boundary: for meta descriptions and previews. */
export function excerpt(text: string, maxLength = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) return flat;
  const cut = flat.slice(0, maxLength - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > maxLength / 2 ? cut.lastIndexOf(' ') : cut.length)}…`;
}
