import { describe, expect, it } from 'vitest';
import { calendarDayAt, localSolarOffset, nextTwinTownsDay, twinTownsDay } from './twin-towns-day';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('twinTownsDay', () => {
  it.each([
    [2026, '2026-04-26'],
    [2027, '2027-04-25'],
    [2021, '2021-04-25'],
    [2025, '2025-04-27'],
    // 30 April is itself a Sunday.
    [2028, '2028-04-30'],
    [2023, '2023-04-30'],
    // 24 April, the earliest it can fall.
    [2022, '2022-04-24'],
  ])('in %i is %s', (year, iso) => {
    expect(twinTownsDay(year)).toEqual(day(iso));
    expect(twinTownsDay(year).getUTCDay()).toBe(0);
  });
});

describe('nextTwinTownsDay', () => {
  it('is this year when the day is still ahead', () => {
    expect(nextTwinTownsDay(day('2026-01-15'))).toEqual({ date: day('2026-04-26'), isToday: false });
    expect(nextTwinTownsDay(day('2026-04-25'))).toEqual({ date: day('2026-04-26'), isToday: false });
  });
  it('is today on the day itself', () => {
    expect(nextTwinTownsDay(day('2026-04-26'))).toEqual({ date: day('2026-04-26'), isToday: true });
  });
  it('is next year once the day has passed', () => {
    expect(nextTwinTownsDay(day('2026-04-27'))).toEqual({ date: day('2027-04-25'), isToday: false });
    expect(nextTwinTownsDay(day('2026-11-21'))).toEqual({ date: day('2027-04-25'), isToday: false });
  });
});

describe('calendarDayAt', () => {
  it('moves to the next day east of Greenwich before UTC midnight', () => {
    expect(calendarDayAt(new Date('2026-04-25T20:30:00Z'), 5)).toEqual(day('2026-04-26'));
    expect(calendarDayAt(new Date('2026-04-25T18:30:00Z'), 5)).toEqual(day('2026-04-25'));
  });
  it('stays on the UTC day at offset 0', () => {
    expect(calendarDayAt(new Date('2026-04-25T23:59:00Z'), 0)).toEqual(day('2026-04-25'));
  });
});

describe('localSolarOffset', () => {
  it('matches the civil offsets of the demo cities', () => {
    expect(localSolarOffset(69.5901)).toBe(5); // Shymkent, UTC+5
    expect(localSolarOffset(49.1088)).toBe(3); // Kazan, UTC+3
  });
});
