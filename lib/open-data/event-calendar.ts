import ical from 'ical-generator';
import type { PartialDate } from '@/lib/dates/partial-date';
import { calendarSpan } from './calendar-span';

/** One event as a calendar entry, its texts already in the feed's language. */
export type CalendarEntry = {
  uid: string;
  summary: string;
  description: string;
  location: string | null;
  url: string;
  start: PartialDate;
  end: PartialDate | null;
  created: Date;
  lastModified: Date;
  sequence: number;
};

export type CalendarHead = {
  /** X-WR-CALNAME: what a calendar app names the subscription. */
  name: string;
  description: string;
  /** The page the calendar mirrors. */
  url: string;
  /** The site's host, for PRODID. */
  host: string;
  language: string;
};

/** How often a subscribed calendar app should fetch the feed again. */
const REFRESH_SECONDS = 6 * 60 * 60;

/**
 * RFC 5545 §3.6 wants at least one component in a calendar, and strict importers refuse one
 * without, so every calendar holds this zone, with or without events. UTC, because the home city
 * records no time zone and the events are all-day dates, which no zone changes (decision 011).
 */
const CALENDAR_ZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:UTC',
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0000',
  'TZNAME:UTC',
  'END:STANDARD',
  'END:VTIMEZONE',
  '',
].join('\r\n');

/**
 * An iCalendar (RFC 5545) document of all-day events, each spanning the period its date names
 * (see calendarSpan). DTSTAMP is the entry's last change rather than the time of the request, so
 * the same data always gives the same bytes and the response can carry a stable ETag.
 */
export function eventCalendar(head: CalendarHead, entries: CalendarEntry[]): string {
  const calendar = ical({
    name: head.name,
    description: head.description,
    url: head.url,
    prodId: { company: head.host, product: 'sister-city-portal', language: head.language.toUpperCase() },
    ttl: REFRESH_SECONDS,
  });
  for (const entry of entries) {
    const { start, end } = calendarSpan(entry.start, entry.end);
    calendar.createEvent({
      id: entry.uid,
      allDay: true,
      start,
      end,
      summary: entry.summary,
      description: entry.description,
      location: entry.location,
      url: entry.url,
      created: entry.created,
      lastModified: entry.lastModified,
      stamp: entry.lastModified,
      sequence: entry.sequence,
    });
  }
  // The zone goes where the components begin, after every calendar property (§3.6): the library's
  // own time-zone option writes it before some of them. And RFC 5545 §3.1 ends every line with
  // CRLF, the last one too, which the library leaves bare.
  const text = calendar.toString();
  const body = text.search(/^(BEGIN:VEVENT|END:VCALENDAR)/m);
  return `${text.slice(0, body)}${CALENDAR_ZONE}${text.slice(body)}\r\n`;
}
