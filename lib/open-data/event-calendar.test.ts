import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '@/lib/dates/partial-date';
import { parseStrictICalendar } from '@/tests/support/strict-icalendar';
import { eventCalendar, type CalendarEntry } from './event-calendar';

const head = { name: 'Совместные мероприятия', description: 'Календарь', url: 'https://example.org/ru/events', host: 'example.org', language: 'ru' };
const entry = (uid: string, start: string, end: string | null, extra: Partial<CalendarEntry> = {}): CalendarEntry => ({
  uid,
  summary: `Событие ${uid}; с запятой, и точкой`,
  description: 'Первая строка\nвторая',
  location: 'Казань',
  url: `https://example.org/ru/events/${uid}`,
  start: parsePartialDate(start)!,
  end: end ? parsePartialDate(end)! : null,
  created: new Date('2026-01-01T10:00:00Z'),
  lastModified: new Date('2026-02-01T10:00:00Z'),
  sequence: 2,
  ...extra,
});

// Parsed back with ical.js, a parser independent of the generator, after RFC 5545's own checks.
function parse(text: string) {
  const { component, events } = parseStrictICalendar(text);
  return { calendar: component, events };
}

describe('eventCalendar', () => {
  const text = eventCalendar(head, [entry('a', '2019-04-21', '2019-04-25'), entry('b', '2018-08', null), entry('c', '2011', '2012', { location: null })]);
  const { calendar, events } = parse(text);

  it('names the calendar and keeps the texts intact', () => {
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Совместные мероприятия');
    expect(events.map((e) => e.uid)).toEqual(['a', 'b', 'c']);
    expect(events[0]!.summary).toBe('Событие a; с запятой, и точкой');
    expect(events[0]!.description).toBe('Первая строка\nвторая');
    expect(events[0]!.location).toBe('Казань');
    expect(events[2]!.location).toBeNull();
    expect(events[0]!.component.getFirstPropertyValue('url')).toBe('https://example.org/ru/events/a');
    expect(events[0]!.sequence).toBe(2);
  });

  it('writes all-day dates with an exclusive end', () => {
    const [range, month, years] = events.map((e) => [e.startDate.toString(), e.endDate.toString(), e.startDate.isDate]);
    expect(range).toEqual(['2019-04-21', '2019-04-26', true]);
    expect(month).toEqual(['2018-08-01', '2018-09-01', true]);
    expect(years).toEqual(['2011-01-01', '2013-01-01', true]);
    expect(text).toContain('DTSTART;VALUE=DATE:20190421');
  });

  it('gives the same bytes for the same data', () => {
    expect(eventCalendar(head, [entry('a', '2019-04-21', null)])).toBe(eventCalendar(head, [entry('a', '2019-04-21', null)]));
  });

  it('ends every line with CRLF, the last one too', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('is a valid calendar for strict importers even with no events: it holds a time zone', () => {
    const { calendar: empty, events: none } = parse(eventCalendar(head, []));
    expect(none).toEqual([]);
    expect(empty.getAllSubcomponents().map((c) => c.name)).toEqual(['vtimezone']);
    expect(empty.getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid')).toBe('UTC');
    // The events stay all-day dates, which no time zone changes.
    expect(text).not.toMatch(/DTSTART;TZID/);
  });
});
