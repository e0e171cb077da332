import { describe, expect, it } from 'vitest';
import { isFiltered, parsePartnerFilters, partnerFiltersQuery } from './filters';

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
});
