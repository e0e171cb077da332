import type { getFormatter } from 'next-intl/server';

type Formatter = Awaited<ReturnType<typeof getFormatter>>;

/**
 * A moment as the admin shows it: in UTC, and saying so, because the home city has no recorded
 * time zone and editors in different places must read the same time.
 */
export const utcDateTime = (format: Formatter, date: Date, timeStyle: 'short' | 'medium' = 'short') =>
  `${format.dateTime(date, { dateStyle: 'medium', timeStyle, timeZone: 'UTC' })} UTC`;
