import { formatPartialDateRange, type DatePrecision } from '@/lib/dates/partial-date';

type Dated = { startDate: Date | null; startPrecision: DatePrecision | null; endDate: Date | null; endPrecision: DatePrecision | null };

/** A found event's or project's dates as one line in the locale ("26–30 июля 2025 г."), or null when its start is unknown. */
export function hitDates(hit: Dated, locale: string): string | null {
  const start = hit.startDate && hit.startPrecision ? { date: hit.startDate, precision: hit.startPrecision } : null;
  const end = hit.endDate && hit.endPrecision ? { date: hit.endDate, precision: hit.endPrecision } : null;
  return start && formatPartialDateRange(start, end, locale);
}
