import { describe, expect, it } from 'vitest';
import { parsePartnerFilters } from '@/lib/schemas/partner';
import { countryLabel, countryPartnersQuery, groupByCountry, MAX_CITY_MARKERS, showsCountries } from './countries';

const partner = (countryCode: string, longitude: number, latitude: number) => ({ countryCode, longitude, latitude });

describe('showsCountries', () => {
  it('keeps one marker per city for every real city (up to 40 partners) and switches to countries above', () => {
    expect(MAX_CITY_MARKERS).toBe(40);
    expect(showsCountries(11)).toBe(false);
    expect(showsCountries(40)).toBe(false);
    expect(showsCountries(41)).toBe(true);
    expect(showsCountries(1000)).toBe(true);
  });
});

describe('groupByCountry', () => {
  it('counts the partners of each country, most first, then by code', () => {
    const groups = groupByCountry([partner('TR', 29, 41), partner('CN', 104, 36), partner('TR', 27, 38), partner('BY', 30, 54), partner('TR', 35, 37)]);
    expect(groups.map(({ countryCode, count }) => [countryCode, count])).toEqual([
      ['TR', 3],
      ['BY', 1],
      ['CN', 1],
    ]);
  });

  it('puts the marker on the partner city nearest the centre of the country’s partners', () => {
    // Istanbul, Eskişehir, Adana, Izmir: Eskişehir is the most central.
    const [turkey] = groupByCountry([partner('TR', 28.98, 41.01), partner('TR', 30.52, 39.78), partner('TR', 35.33, 36.99), partner('TR', 27.14, 38.41)]);
    expect(turkey?.at).toEqual([30.52, 39.78]);
  });

  it('finds the centre across the antimeridian (a plain mean of longitudes would not)', () => {
    const [fiji] = groupByCountry([partner('FJ', 170, 0), partner('FJ', -170, 0), partner('FJ', -175, 0)]);
    expect(fiji?.at).toEqual([-175, 0]);
  });

  it('returns nothing for no partners', () => {
    expect(groupByCountry([])).toEqual([]);
  });
});

describe('countryPartnersQuery', () => {
  it('is the partners list’s own country filter', () => {
    const query = countryPartnersQuery('JP');
    expect(query).toBe('country=JP');
    expect(parsePartnerFilters(Object.fromEntries(new URLSearchParams(query))).country).toBe('JP');
  });
});

describe('countryLabel', () => {
  it('names the country and its count, with the locale’s digit grouping, as the link’s name begins', () => {
    expect(countryLabel('Japan', 37, 'en')).toBe('Japan: 37');
    expect(countryLabel('Китай', 1200, 'ru')).toBe('Китай: 1\u00a0200');
  });
});
