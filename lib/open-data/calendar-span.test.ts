import { describe, expect, it } from 'vitest';
import { parsePartialDate, type PartialDate } from '@/lib/dates/partial-date';
import { calendarSpan } from './calendar-span';

const d = (text: string): PartialDate => parsePartialDate(text)!;
const iso = ({ start, end }: { start: Date; end: Date }) => [start.toISOString().slice(0, 10), end.toISOString().slice(0, 10)];

describe('calendarSpan', () => {
  it('gives a single day a one-day span', () => {
    expect(iso(calendarSpan(d('2019-09-07'), null))).toEqual(['2019-09-07', '2019-09-08']);
  });
  it('ends a day range the day after its last day', () => {
    expect(iso(calendarSpan(d('2019-04-21'), d('2019-04-25')))).toEqual(['2019-04-21', '2019-04-26']);
  });
  it('covers a whole month, leap February included', () => {
    expect(iso(calendarSpan(d('2018-08'), null))).toEqual(['2018-08-01', '2018-09-01']);
    expect(iso(calendarSpan(d('2024-02'), null))).toEqual(['2024-02-01', '2024-03-01']);
  });
  it('covers a whole year, and a range of years to the end of the last one', () => {
    expect(iso(calendarSpan(d('2013'), null))).toEqual(['2013-01-01', '2014-01-01']);
    expect(iso(calendarSpan(d('2011'), d('2012')))).toEqual(['2011-01-01', '2013-01-01']);
  });
  it('mixes precisions, and never ends before the start period does', () => {
    expect(iso(calendarSpan(d('2021-02-15'), d('2021-05')))).toEqual(['2021-02-15', '2021-06-01']);
    expect(iso(calendarSpan(d('2021-03'), d('2021-03-01')))).toEqual(['2021-03-01', '2021-04-01']);
  });
});
