import type { PartialDate } from './partial-date';
import { toKazakhLatin } from '@/lib/text/kazakh-latin';

/**
 * Dates, numbers and lists in Kazakh written in Latin letters. Node's ICU has no kk-Latn data: `Intl`
 * resolves `kk-Latn` to `kk` and prints Cyrillic month names. The patterns here are those ICU uses
 * for `kk` (year first, "ж." → "j.", months in the nominative), with our own month names, so a
 * Latin page reads exactly like its Cyrillic twin; the unit tests hold them to ICU's `kk` output.
 */
const MONTHS = ['qañtar', 'aqpan', 'nauryz', 'säuır', 'mamyr', 'mausym', 'şılde', 'tamyz', 'qyrküiek', 'qazan', 'qaraşa', 'jeltoqsan'];
const SHORT_MONTHS = ['qañ.', 'aqp.', 'nau.', 'säu.', 'mam.', 'mau.', 'şıl.', 'tam.', 'qyr.', 'qaz.', 'qar.', 'jel.'];

const monthOf = (date: Date) => MONTHS[date.getUTCMonth()] ?? '';
// ICU joins the year and "j." with a narrow no-break space inside a range, with a space elsewhere.
const year = (date: Date, space = ' ') => `${date.getUTCFullYear()}${space}j.`;
const RANGE_YEAR_SPACE = '\u202f';

/** "2015" / "2021 j. tamyz" / "2022 j. 1 nauryz": a date at its own precision. */
export function formatKazakhLatinPartialDate({ date, precision }: PartialDate): string {
  if (precision === 'year') return String(date.getUTCFullYear());
  if (precision === 'month') return `${year(date)} ${monthOf(date)}`;
  return `${year(date)} ${date.getUTCDate()} ${monthOf(date)}`;
}

/**
 * Two different dates of the same precision, the shared parts said once as ICU does for kk:
 * "2025 j. 26–30 şılde", "2021 j. 15 aqpan – 15 mamyr", "2021 j. qaraşa – 2022 j. aqpan", "2011–2012".
 * Ends of different precision are each written in full.
 */
export function formatKazakhLatinDateRange(start: PartialDate, end: PartialDate): string {
  if (start.precision !== end.precision) return `${formatKazakhLatinPartialDate(start)} – ${formatKazakhLatinPartialDate(end)}`;
  const [a, b] = [start.date, end.date];
  if (start.precision === 'year') return `${a.getUTCFullYear()}–${b.getUTCFullYear()}`;
  const sameYear = a.getUTCFullYear() === b.getUTCFullYear();
  const day = (date: Date) => (start.precision === 'day' ? `${date.getUTCDate()} ` : '');
  if (sameYear && start.precision === 'day' && a.getUTCMonth() === b.getUTCMonth()) {
    return `${year(a, RANGE_YEAR_SPACE)} ${a.getUTCDate()}–${b.getUTCDate()} ${monthOf(a)}`;
  }
  const endYear = sameYear ? '' : `${year(b, RANGE_YEAR_SPACE)} `;
  return `${year(a, RANGE_YEAR_SPACE)} ${day(a)}${monthOf(a)} – ${endYear}${day(b)}${monthOf(b)}`;
}

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** A moment in UTC as the admin shows it, as ICU's kk medium date: "2026 j. 04 jel., 18:05 UTC". */
export function formatKazakhLatinUtcDateTime(date: Date, timeStyle: 'short' | 'medium' = 'short'): string {
  const time = [date.getUTCHours(), date.getUTCMinutes(), ...(timeStyle === 'medium' ? [date.getUTCSeconds()] : [])].map(twoDigits).join(':');
  return `${year(date)} ${twoDigits(date.getUTCDate())} ${SHORT_MONTHS[date.getUTCMonth()] ?? ''}, ${time} UTC`;
}

/**
 * Numbers as kk writes them (1 234 567,5 with no-break spaces). Digits and grouping need no Latin
 * data, so ICU's kk formats them; only unit labels are Cyrillic ("кБ") and are transliterated.
 */
export function kazakhLatinNumberFormat(options?: Intl.NumberFormatOptions): { format: (value: number) => string } {
  const format = new Intl.NumberFormat('kk', options);
  return { format: (value) => toKazakhLatin(format.format(value)) };
}

/** Lists as kk joins them ("a, b jäne c"): ICU's kk with its Cyrillic conjunction transliterated. */
export function kazakhLatinListFormat(options?: Intl.ListFormatOptions): { format: (items: string[]) => string } {
  const format = new Intl.ListFormat('kk', options);
  return { format: (items) => toKazakhLatin(format.format(items)) };
}
