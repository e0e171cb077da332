import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '@/lib/dates/partial-date';
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

// Parsed back with ical.js, a parser independent of the generator.
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
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
});
