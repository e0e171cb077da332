import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventFilterFields, eventTimelineQuerySchema } from './events';
import { pageNumberField } from './page-number';
import { searchParamsRecord } from '@/tests/support/bad-input';

const none = { year: undefined, partner: undefined, category: undefined, page: 1 };

describe('the events timeline query string', () => {
  it('keeps well-formed values', () => {
    expect(eventTimelineQuerySchema.parse({ year: '2021', partner: 'shumen-province', category: 'forum', page: '2' })).toEqual({
      year: 2021,
      partner: 'shumen-province',
      category: 'forum',
      page: 2,
    });
  });

  it('drops malformed values instead of failing, so a bad URL shows the whole list', () => {
    expect(eventTimelineQuerySchema.parse({ year: 'abc', partner: '../x', category: 'party', page: '-1' })).toEqual(none);
    expect(eventTimelineQuerySchema.parse({ year: '20211', page: '1.5' })).toEqual(none);
    // The API's whole numbers (shared fields): no hex, exponent, sign or space is guessed at.
    expect(eventTimelineQuerySchema.parse({ year: ' 2015', page: '0x10' })).toEqual(none);
    expect(eventTimelineQuerySchema.parse({ year: '2e3', page: '+2' })).toEqual(none);
  });

  it('reads a repeated parameter as its first value', () => {
    expect(eventTimelineQuerySchema.parse({ year: ['2020', '2021'], page: ['2', '3'] })).toEqual({ ...none, year: 2020, page: 2 });
  });

  it('reads the empty values of an untouched form field as no filter', () => {
    expect(eventTimelineQuerySchema.parse({ year: '', partner: '', category: '', page: '' })).toEqual(none);
    expect(eventTimelineQuerySchema.parse({})).toEqual(none);
  });

  it('never throws on bad input, and keeps only values the strict API would accept', () => {
    fc.assert(
      fc.property(searchParamsRecord([...Object.keys(eventFilterFields), 'page']), (params) => {
        const { page, ...filters } = eventTimelineQuerySchema.parse(params);
        expect(pageNumberField.safeParse(String(page)).success).toBe(true);
        for (const [key, value] of Object.entries(filters)) {
          if (value !== undefined) expect(eventFilterFields[key as keyof typeof eventFilterFields].safeParse(String(value)).success, key).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
