/**
 * World Twin Towns Day: the last Sunday of April (seed 000: celebrated every year since 1962).
 * Days are plain calendar days, held as UTC midnights like the rest of lib/dates.
 */

/** The last Sunday of April of `year`, as a UTC midnight. */
export function twinTownsDay(year: number): Date {
  const april30 = new Date(Date.UTC(year, 3, 30));
  return new Date(Date.UTC(year, 3, 30 - april30.getUTCDay()));
}

/** The next Twin Towns Day on or after `today` (a UTC midnight), and whether it is today. */
export function nextTwinTownsDay(today: Date): { date: Date; isToday: boolean } {
  const thisYear = twinTownsDay(today.getUTCFullYear());
  const date = thisYear.getTime() >= today.getTime() ? thisYear : twinTownsDay(today.getUTCFullYear() + 1);
  return { date, isToday: date.getTime() === today.getTime() };
}

/**
 * The calendar day at `instant` in a place `offsetHours` from UTC, as a UTC midnight.
 * Used because the home city stores coordinates but no time zone (see localSolarOffset).
 */
export function calendarDayAt(instant: Date, offsetHours: number): Date {
  const shifted = new Date(instant.getTime() + offsetHours * 3_600_000);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}

/**
 * The whole-hour offset of mean solar time at a longitude (15° per hour). The home city record has
 * no IANA time zone; this puts the day boundary within an hour or so of the civil one, which is all
 * "today" on the home page needs (Shymkent 69.6° E → UTC+5, Kazan 49.1° E → UTC+3).
 */
export const localSolarOffset = (longitude: number): number => Math.round(longitude / 15);
