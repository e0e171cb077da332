import { formatPartialDate, formatPartialDateIso, formatPartialDateRange, type PartialDate } from '@/lib/dates/partial-date';

/**
 * "March 2025 – 2026", "from 17 March 2025", or null when the start is not specified: the period
 * at the precision the source gives, never more precise.
 */
export function ProjectPeriod({
  start,
  end,
  locale,
  notSpecified,
}: {
  start: PartialDate | null;
  end: PartialDate | null;
  locale: string;
  notSpecified: string;
}) {
  if (!start) return end ? <>– {formatPartialDate(end, locale)}</> : <span className="text-slate-600 dark:text-slate-400">{notSpecified}</span>;
  return <time dateTime={formatPartialDateIso(start)}>{end ? formatPartialDateRange(start, end, locale) : `${formatPartialDate(start, locale)} –`}</time>;
}
