import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isFiltered, parsePartnerFilters, partnerFilterFields, partnerFiltersQuery } from './filters';
import { searchParamsRecord } from '@/tests/support/bad-input';

describe('partner list filters', () => {
  it('reads every filter from the query string', () => {
    const f = parsePartnerFilters({ q: ' Ыстамбұл ', country: 'TR', kind: 'city', type: 'twinning', status: 'active', year: '1996', sort: 'signed', dir: 'desc' });
    expect(f).toEqual({ q: 'Ыстамбұл', country: 'TR', kind: 'city', type: 'twinning', status: 'active', year: 1996, sort: 'signed', dir: 'desc' });
    expect(isFiltered(f)).toBe(true);
  });

  it('drops a malformed parameter instead of failing the page', () => {
    const f = parsePartnerFilters({ country: 'turkey', kind: 'village', year: 'soon', sort: 'random', dir: 'up', q: '   ' });
    expect(f).toEqual({ sort: 'name', dir: 'asc' });
    expect(isFiltered(f)).toBe(false);
  });

  it('takes the first of repeated parameters', () => {
    expect(parsePartnerFilters({ country: ['IT', 'TR'] }).country).toBe('IT');
  });

  it('writes a short, shareable query that reads back the same', () => {
    const f = parsePartnerFilters({ country: 'TR', year: '2015', sort: 'country' });
    const query = partnerFiltersQuery(f);
    expect(query).toBe('country=TR&year=2015&sort=country');
    expect(parsePartnerFilters(Object.fromEntries(new URLSearchParams(query)))).toEqual(f);
    expect(partnerFiltersQuery(parsePartnerFilters({}))).toBe('');
  });

  it('never throws on bad input, and gives filters the strict API would accept and a link that reads back the same', () => {
    fc.assert(
      fc.property(searchParamsRecord(Object.keys(partnerFilterFields)), (params) => {
        const filters = parsePartnerFilters(params);
        for (const [key, value] of Object.entries(filters)) {
          if (value !== undefined) expect(partnerFilterFields[key as keyof typeof partnerFilterFields].safeParse(value).success, key).toBe(true);
        }
        expect(parsePartnerFilters(Object.fromEntries(new URLSearchParams(partnerFiltersQuery(filters))))).toEqual(filters);
      }),
      { numRuns: 300 },
    );
  });
});
