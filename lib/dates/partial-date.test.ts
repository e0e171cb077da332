import { describe, expect, it } from 'vitest';
import { endOfPeriod, formatPartialDate, formatPartialDateIso, formatPartialDateRange, parsePartialDate, partialDateSchema, yearSpan } from './partial-date';

// Intl separates with no-break and thin spaces, as typography wants; compare the visible text.
const plain = (text: string) => text.replace(/\s/g, ' ');
const p = (text: string) => {
  const parsed = parsePartialDate(text);
  if (!parsed) throw new Error(`bad test date ${text}`);
  return parsed;
};

describe('parsePartialDate', () => {
  it('reads the precision the source gives', () => {
    expect(p('2015').precision).toBe('year');
    expect(p('2021-08').precision).toBe('month');
    expect(p('2022-03-01').precision).toBe('day');
  });

  it('stores the first day of the period', () => {
    expect(p('2015').date.toISOString()).toBe('2015-01-01T00:00:00.000Z');
    expect(p('2021-08').date.toISOString()).toBe('2021-08-01T00:00:00.000Z');
  });

  it('refuses dates that do not exist or are not in the notation', () => {
    for (const bad of ['2021-02-30', '2021-13', '2021-00', '21', '2021-8', '2021/08/01', '', ' 2021']) expect(parsePartialDate(bad)).toBeNull();
  });

  it('round-trips through the ISO notation', () => {
    for (const text of ['1997', '2021-08', '2024-02-29']) expect(plain(formatPartialDateIso(p(text)))).toBe(text);
  });
});

describe('formatPartialDate', () => {
  it('shows a year alone as the year, in every locale', () => {
    for (const locale of ['ru', 'kk', 'en']) expect(plain(formatPartialDate(p('2015'), locale))).toBe('2015');
  });

  it('shows a month as month and year', () => {
    expect(plain(formatPartialDate(p('2021-08'), 'ru'))).toBe('август 2021 г.');
    expect(plain(formatPartialDate(p('2021-08'), 'kk'))).toBe('2021 ж. тамыз');
    expect(plain(formatPartialDate(p('2021-08'), 'en'))).toBe('August 2021');
    expect(plain(formatPartialDate(p('2021-08'), 'kk-Latn'))).toBe('2021 j. tamyz');
  });

  it('shows a day in full', () => {
    expect(plain(formatPartialDate(p('2022-03-01'), 'ru'))).toBe('1 марта 2022 г.');
    expect(plain(formatPartialDate(p('2022-03-01'), 'kk'))).toBe('2022 ж. 1 наурыз');
    // ICU has no Kazakh in Latin letters: our own month names (lib/dates/kazakh-latin-dates.ts).
    expect(plain(formatPartialDate(p('2022-03-01'), 'kk-Latn'))).toBe('2022 j. 1 nauryz');
    // The site's English is British English (en_GB in Open Graph): day before month.
    expect(plain(formatPartialDate(p('2022-03-01'), 'en'))).toBe('1 March 2022');
  });

  it('does not shift the day in a time zone west of UTC', () => {
    const tz = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      expect(plain(formatPartialDate(p('2022-03-01'), 'en'))).toBe('1 March 2022');
    } finally {
      process.env.TZ = tz;
    }
  });
});

describe('formatPartialDateRange', () => {
  it('collapses a day range within a month', () => {
    expect(plain(formatPartialDateRange(p('2025-07-26'), p('2025-07-30'), 'ru'))).toBe('26–30 июля 2025 г.');
    expect(plain(formatPartialDateRange(p('2025-07-26'), p('2025-07-30'), 'en'))).toBe('26 – 30 July 2025');
    expect(plain(formatPartialDateRange(p('2025-07-26'), p('2025-07-30'), 'kk'))).toBe('2025 ж. 26–30 шілде');
    expect(plain(formatPartialDateRange(p('2025-07-26'), p('2025-07-30'), 'kk-Latn'))).toBe('2025 j. 26–30 şılde');
  });

  it('spans months and years', () => {
    expect(plain(formatPartialDateRange(p('2021-02-15'), p('2021-05-15'), 'ru'))).toBe('15 февраля – 15 мая 2021 г.');
    expect(plain(formatPartialDateRange(p('2011'), p('2012'), 'ru'))).toBe('2011–2012');
  });

  it('prints a single date when there is no end or the end equals the start', () => {
    expect(plain(formatPartialDateRange(p('2019-09-07'), null, 'ru'))).toBe('7 сентября 2019 г.');
    expect(plain(formatPartialDateRange(p('2016'), p('2016'), 'en'))).toBe('2016');
    expect(plain(formatPartialDateRange(p('2019-09-07'), null, 'kk-Latn'))).toBe('2019 j. 7 qyrküiek');
  });

  it('joins ends of different precision with a dash', () => {
    expect(plain(formatPartialDateRange(p('2021'), p('2021-08-15'), 'en'))).toBe('2021 – 15 August 2021');
  });
});

describe('periods', () => {
  it('gives the last day a period covers', () => {
    expect(endOfPeriod(p('2024-02')).toISOString().slice(0, 10)).toBe('2024-02-29');
    expect(endOfPeriod(p('2015')).toISOString().slice(0, 10)).toBe('2015-12-31');
  });

  it('validates with a readable message', () => {
    const result = partialDateSchema.safeParse('August 2021');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('YYYY-MM');
  });
});

describe('yearSpan', () => {
  it('covers the whole year and nothing of the next', () => {
    expect(yearSpan(2015)).toEqual({ gte: new Date('2015-01-01T00:00:00Z'), lt: new Date('2016-01-01T00:00:00Z') });
  });
});
