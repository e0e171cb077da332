import { describe, expect, it } from 'vitest';
import { formatPartialDateIso } from '@/lib/dates/partial-date';
import { parseImportedDate } from './imported-date';

const iso = (text: string) => {
  const parsed = parseImportedDate(text);
  return parsed && `${formatPartialDateIso(parsed)} ${parsed.precision}`;
};

describe('parseImportedDate', () => {
  it('keeps the precision a spreadsheet gave: a day, a month, a year alone', () => {
    expect(iso('15.03.2022')).toBe('2022-03-15 day');
    expect(iso('5.3.2022')).toBe('2022-03-05 day');
    expect(iso('03.2022')).toBe('2022-03 month');
    expect(iso(' 2017 ')).toBe('2017 year');
    expect(iso('2019-10')).toBe('2019-10 month');
  });
  it('refuses a day that does not exist or text that is no date', () => {
    expect(parseImportedDate('31.02.2022')).toBeNull();
    expect(parseImportedDate('13.2022')).toBeNull();
    expect(parseImportedDate('весна 2022')).toBeNull();
  });
});
