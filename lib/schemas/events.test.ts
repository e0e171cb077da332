import { describe, expect, it } from 'vitest';
import { eventTimelineQuerySchema } from './events';

const none = { year: undefined, partner: undefined, category: undefined, page: 1 };

describe('the events timeline query string', () => {
  it('keeps well-formed values', () => {
    expect(eventTimelineQuerySchema.parse({ year: '2021', partner: 'shumen-province', category: 'forum', page: '2' })).toEqual({ year: 2021, partner: 'shumen-province', category: 'forum', page: 2 });
  });

  it('drops malformed values instead of failing, so a bad URL shows the whole list', () => {
    expect(eventTimelineQuerySchema.parse({ year: 'abc', partner: '../x', category: 'party', page: '-1' })).toEqual(none);
    expect(eventTimelineQuerySchema.parse({ year: '20211', page: '1.5' })).toEqual(none);
  });

  it('reads a repeated parameter as its first value', () => {
    expect(eventTimelineQuerySchema.parse({ year: ['2020', '2021'], page: ['2', '3'] })).toEqual({ ...none, year: 2020, page: 2 });
  });

  it('reads the empty values of an untouched form field as no filter', () => {
    expect(eventTimelineQuerySchema.parse({ year: '', partner: '', category: '', page: '' })).toEqual(none);
    expect(eventTimelineQuerySchema.parse({})).toEqual(none);
  });
});
