import { describe, expect, it } from 'vitest';
import { toKazakhLatin } from '@/lib/text/kazakh-latin';
import {
  formatKazakhLatinDateRange,
  formatKazakhLatinPartialDate,
  formatKazakhLatinUtcDateTime,
  kazakhLatinListFormat,
  kazakhLatinNumberFormat,
} from './kazakh-latin-dates';
import { parsePartialDate, type DatePrecision } from './partial-date';

const p = (text: string) => {
  const parsed = parsePartialDate(text);
  if (!parsed) throw new Error(`bad test date ${text}`);
  return parsed;
};
// What the Cyrillic kk page shows, letter for letter in Latin: the formats must not drift apart.
const OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};
const kk = (precision: DatePrecision) => new Intl.DateTimeFormat('kk-KZ', OPTIONS[precision]);
const MONTHS = ['qañtar', 'aqpan', 'nauryz', 'säuır', 'mamyr', 'mausym', 'şılde', 'tamyz', 'qyrküiek', 'qazan', 'qaraşa', 'jeltoqsan'];

describe('formatKazakhLatinPartialDate', () => {
  it('names every month in Latin letters, as the kk page does in Cyrillic, at each precision', () => {
    MONTHS.forEach((month, i) => {
      const day = p(`2022-${String(i + 1).padStart(2, '0')}-07`);
      const first = p(`2022-${String(i + 1).padStart(2, '0')}`);
      expect(formatKazakhLatinPartialDate(day)).toBe(`2022 j. 7 ${month}`);
      expect(formatKazakhLatinPartialDate(first)).toBe(`2022 j. ${month}`);
      expect(formatKazakhLatinPartialDate(day)).toBe(toKazakhLatin(kk('day').format(day.date)));
      expect(formatKazakhLatinPartialDate(first)).toBe(toKazakhLatin(kk('month').format(first.date)));
    });
  });

  it('shows a year alone as the year', () => {
    expect(formatKazakhLatinPartialDate(p('2015'))).toBe('2015');
    expect(formatKazakhLatinPartialDate(p('2015'))).toBe(kk('year').format(p('2015').date));
  });

  it('does not shift the day in a time zone west of UTC', () => {
    const tz = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      expect(formatKazakhLatinPartialDate(p('2022-03-01'))).toBe('2022 j. 1 nauryz');
    } finally {
      process.env.TZ = tz;
    }
  });
});

describe('formatKazakhLatinDateRange', () => {
  it('says the shared parts once, as ICU does for kk', () => {
    expect(formatKazakhLatinDateRange(p('2025-07-26'), p('2025-07-30'))).toBe('2025\u202fj. 26–30 şılde');
    expect(formatKazakhLatinDateRange(p('2021-02-15'), p('2021-05-15'))).toBe('2021\u202fj. 15 aqpan – 15 mamyr');
    expect(formatKazakhLatinDateRange(p('2021-11'), p('2022-02'))).toBe('2021\u202fj. qaraşa – 2022\u202fj. aqpan');
    expect(formatKazakhLatinDateRange(p('2011'), p('2012'))).toBe('2011–2012');
  });

  it('matches the kk range for each precision, within a month, a year and across years', () => {
    const pairs: [string, string][] = [
      ['2025-07-26', '2025-07-30'],
      ['2021-02-15', '2021-05-15'],
      ['2021-12-30', '2022-01-02'],
      ['2021-02', '2021-05'],
      ['2021-11', '2022-02'],
      ['2011', '2012'],
    ];
    for (const [a, b] of pairs) {
      const [start, end] = [p(a), p(b)];
      expect(formatKazakhLatinDateRange(start, end), `${a}/${b}`).toBe(toKazakhLatin(kk(start.precision).formatRange(start.date, end.date)));
    }
  });

  it('writes ends of different precision in full', () => {
    expect(formatKazakhLatinDateRange(p('2021'), p('2021-08-15'))).toBe('2021 – 2021 j. 15 tamyz');
  });
});

describe('formatKazakhLatinUtcDateTime', () => {
  it('writes a moment as the kk medium date, short month in Latin letters, and says UTC', () => {
    const at = new Date('2026-12-04T18:05:09Z');
    expect(formatKazakhLatinUtcDateTime(at)).toBe('2026 j. 04 jel., 18:05 UTC');
    expect(formatKazakhLatinUtcDateTime(at, 'medium')).toBe('2026 j. 04 jel., 18:05:09 UTC');
    for (let month = 0; month < 12; month++) {
      const moment = new Date(Date.UTC(2024, month, 9, 7, 3, 5));
      const cyrillic = new Intl.DateTimeFormat('kk-KZ', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' }).format(moment);
      expect(formatKazakhLatinUtcDateTime(moment, 'medium')).toBe(`${toKazakhLatin(cyrillic)} UTC`);
    }
  });
});

describe('kazakhLatinNumberFormat', () => {
  it('groups digits with no-break spaces and writes a decimal comma, as kk does', () => {
    expect(kazakhLatinNumberFormat().format(1234567.5)).toBe('1\u00a0234\u00a0567,5');
    expect(kazakhLatinNumberFormat({ useGrouping: false }).format(1962)).toBe('1962');
  });

  it('writes unit labels in Latin letters', () => {
    expect(kazakhLatinNumberFormat({ style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(1234)).toBe('1\u00a0234 kB');
    expect(kazakhLatinNumberFormat({ style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(12.34)).toBe('12,3 MB');
  });
});

describe('kazakhLatinListFormat', () => {
  it('joins with the Latin conjunction and keeps the items as they are', () => {
    expect(kazakhLatinListFormat().format(['Şymkent', 'Izmir'])).toBe('Şymkent jäne Izmir');
    expect(new Intl.ListFormat('kk').format(['a', 'b'])).toBe('a және b');
  });
});
