import { KAZAKH_LATIN } from '@/lib/text/kazakh-latin';
import { kazakhLatinListFormat, kazakhLatinNumberFormat } from '@/lib/dates/kazakh-latin-dates';

// Intl for the page's language; kk-Latn, which ICU does not know, from the Latin tables.

/** "A және B" in the locale: "A jäne B" in kk-Latn, whose ICU data is Cyrillic kk. */
export function formatList(items: string[], locale: string, type: Intl.ListFormatType = 'conjunction'): string {
  return (locale === KAZAKH_LATIN ? kazakhLatinListFormat({ type }) : new Intl.ListFormat(locale, { type })).format(items);
}

/** A file size in whole kilobytes (at least 1): "12 кБ", "12 kB" in kk-Latn. */
export function formatKilobytes(bytes: number, locale: string): string {
  const options = { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 } as const;
  return (locale === KAZAKH_LATIN ? kazakhLatinNumberFormat(options) : new Intl.NumberFormat(locale, options)).format(Math.max(1, bytes / 1000));
}
