import { formatPartialDateIso, formatPartialDateRange, type DatePrecision } from '@/lib/dates/partial-date';

type Dated = { startDate: Date; startPrecision: DatePrecision; endDate: Date | null; endPrecision: DatePrecision | null };

/** "2013", "August 2018", "21–25 April 2019": the event's dates at the precision the source gives. */
export function formatEventDates(event: Dated, locale: string): string {
  const end = event.endDate && event.endPrecision ? { date: event.endDate, precision: event.endPrecision } : null;
  return formatPartialDateRange({ date: event.startDate, precision: event.startPrecision }, end, locale);
}

/** The dates in a <time> whose machine-readable value is no more precise than the source ("2013", "2018-08"). */
export function EventDates({ event, locale, className }: { event: Dated; locale: string; className?: string }) {
  return (
    <time dateTime={formatPartialDateIso({ date: event.startDate, precision: event.startPrecision })} className={className}>
      {formatEventDates(event, locale)}
    </time>
  );
}
