import { z } from 'zod';
import { regionalLocale } from '@/lib/i18n/regional-locale';
import { madeOnce } from '@/lib/cache/made-once';
import { KAZAKH_LATIN } from '@/lib/text/kazakh-latin';
import { formatKazakhLatinDateRange, formatKazakhLatinPartialDate } from './kazakh-latin-dates';

/**
 * A date known only to some precision, as sources give them: "2015", "August 2021", "1 March 2022".
 * Stored as the first day of its period (UTC) plus the precision; written as "YYYY", "YYYY-MM" or
 * "YYYY-MM-DD" in datasets and APIs.
 */
export type DatePrecision = 'day' | 'month' | 'year';
export type PartialDate = { date: Date; precision: DatePrecision };

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function parsePartialDate(text: string): PartialDate | null {
  const m = PATTERN.exec(text);
  if (!m) return null;
  const [, y, mo, d] = m;
  const year = Number(y),
    month = mo ? Number(mo) : 1,
    day = d ? Number(d) : 1;
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2021-02-30 over into March: a date that does not round-trip does not exist.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return { date, precision: d ? 'day' : mo ? 'month' : 'year' };
}

export function formatPartialDateIso({ date, precision }: PartialDate): string {
  const iso = date.toISOString().slice(0, 10);
  return precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso;
}

export const partialDateSchema = z.string().transform((text, ctx): PartialDate => {
  const parsed = parsePartialDate(text);
  if (!parsed) {
    ctx.addIssue({ code: 'custom', message: 'a date as YYYY, YYYY-MM or YYYY-MM-DD' });
    return z.NEVER;
  }
  return parsed;
});

/** The last day of the period a partial date covers ("2021-08" ends on 31 August 2021). */
export function endOfPeriod({ date, precision }: PartialDate): Date {
  const y = date.getUTCFullYear(),
    m = date.getUTCMonth();
  if (precision === 'year') return new Date(Date.UTC(y, 11, 31));
  if (precision === 'month') return new Date(Date.UTC(y, m + 1, 0));
  return date;
}

const OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};
/** The formatter of a precision in a locale, built once: a list of dates formats each with it. */
const FORMATS = Object.fromEntries(
  Object.entries(OPTIONS).map(([precision, options]) => [precision, madeOnce((locale: string) => new Intl.DateTimeFormat(regionalLocale(locale), options))]),
) as Record<DatePrecision, (locale: string) => Intl.DateTimeFormat>;

/**
 * "2015 г." / "август 2021 г." / "1 марта 2022 г." / "1 March 2022" in the locale, at the date's own
 * precision. Kazakh in Latin letters has no ICU data and is written from our own table.
 */
export function formatPartialDate(value: PartialDate, locale: string): string {
  if (locale === KAZAKH_LATIN) return formatKazakhLatinPartialDate(value);
  return FORMATS[value.precision](locale).format(value.date);
}

/**
 * A start with an optional end: "26–30 июля 2025 г.", "15 февраля – 15 мая 2021 г.", "2011–2012".
 * Intl's range formatting collapses the shared parts when both ends have the same precision.
 */
export function formatPartialDateRange(start: PartialDate, end: PartialDate | null | undefined, locale: string): string {
  if (!end || (end.precision === start.precision && formatPartialDateIso(end) === formatPartialDateIso(start))) {
    return formatPartialDate(start, locale);
  }
  if (locale === KAZAKH_LATIN) return formatKazakhLatinDateRange(start, end);
  if (end.precision === start.precision) {
    return FORMATS[start.precision](locale).formatRange(start.date, end.date);
  }
  return `${formatPartialDate(start, locale)} – ${formatPartialDate(end, locale)}`;
}

/** The instants of a calendar year, for "signed in 2015"-style range queries: [gte, lt). */
export function yearSpan(year: number): { gte: Date; lt: Date } {
  return { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) };
}
