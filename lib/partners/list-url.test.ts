import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isFiltered, partnerFiltersQuery } from './list-url';
import { parsePartnerFilters, partnerFilterFields } from '@/lib/schemas/partner';
import { searchParamsRecord } from '@/tests/support/bad-input';

describe('partner list links', () => {
  it('counts filters as narrowing the list, and neither the order nor dropped values', () => {
    expect(
      isFiltered(
        parsePartnerFilters({ q: ' Ыстамбұл ', country: 'TR', kind: 'city', type: 'twinning', status: 'active', year: '1996', sort: 'signed', dir: 'desc' }),
      ),
    ).toBe(true);
    expect(isFiltered(parsePartnerFilters({ country: 'turkey', kind: 'village', year: 'soon', sort: 'random', dir: 'up', q: '   ' }))).toBe(false);
  });

  it('writes a short, shareable query that reads back the same', () => {
    const f = parsePartnerFilters({ country: 'TR', year: '2015', sort: 'country' });
    const query = partnerFiltersQuery(f);
    expect(query).toBe('country=TR&year=2015&sort=country');
    expect(parsePartnerFilters(Object.fromEntries(new URLSearchParams(query)))).toEqual(f);
    expect(partnerFiltersQuery(parsePartnerFilters({}))).toBe('');
  });

  it('gives a link that reads back the same filters, whatever the URL carried', () => {
    fc.assert(
      fc.property(searchParamsRecord(Object.keys(partnerFilterFields)), (params) => {
        const filters = parsePartnerFilters(params);
        expect(parsePartnerFilters(Object.fromEntries(new URLSearchParams(partnerFiltersQuery(filters))))).toEqual(filters);
      }),
      { numRuns: 300 },
    );
  });
});
