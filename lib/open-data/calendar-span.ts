import { endOfPeriod, type PartialDate } from '@/lib/dates/partial-date';

const DAY = 24 * 60 * 60 * 1000;

/**
 * The all-day span a calendar shows for an event dated at its precision, as iCalendar wants it:
 * the first day and the day after the last (DTEND is exclusive). A day is that day; a range runs
 * to the end of its last day; a month or a year, which the source gives without a day, covers the
 * whole month or year, so the calendar never claims a day the source does not name.
 */
export function calendarSpan(start: PartialDate, end: PartialDate | null): { start: Date; end: Date } {
  const last = Math.max(endOfPeriod(start).getTime(), end ? endOfPeriod(end).getTime() : 0);
  return { start: start.date, end: new Date(last + DAY) };
}
