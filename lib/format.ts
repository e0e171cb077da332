import { formatPartialDate, type DatePrecision } from '@/lib/dates/partial-date';

/** Country name in the locale from its ISO code (Node's ICU has ru, kk and en names). */
export const countryName = (code: string, locale: string) => new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;

/** A stored date with precision, or null when the source does not give one. */
export function formatStoredDate(date: Date | null, precision: DatePrecision | null, locale: string): string | null {
  return date && precision ? formatPartialDate({ date, precision }, locale) : null;
}
