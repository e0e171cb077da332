import { describe, expect, it } from 'vitest';
import type { Feature, MultiPolygon } from 'geojson';
import { buildPartnerMap, type MapPartner } from './model';

const land: Feature<MultiPolygon> = {
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [20, 30],
          [20, 50],
          [40, 50],
          [40, 30],
          [20, 30],
        ],
      ],
    ],
  },
};
const world = {
  land,
  borders: {
    type: 'MultiLineString' as const,
    coordinates: [
      [
        [30, 30],
        [30, 50],
      ],
    ],
  },
};
const home = { kind: 'city' as const, name: { text: 'Шымкент', lang: 'ru' as const, isFallback: false }, countryCode: 'KZ', latitude: 42.34, longitude: 69.59 };

// A deterministic spread of partners around a few countries' centres, like the benchmark's data set.
const CENTRES: [string, number, number][] = [
  ['CN', 104, 35],
  ['TR', 33, 39],
  ['DE', 10, 51],
  ['JP', 138, 37],
  ['US', -98, 39],
  ['BR', -52, -10],
  ['EG', 30, 27],
  ['IN', 79, 22],
  ['KR', 128, 36],
  ['FR', 2, 47],
  ['IT', 12, 43],
  ['BY', 28, 53],
  ['KG', 75, 41],
  ['UZ', 64, 41],
  ['PL', 19, 52],
  ['ES', -4, 40],
  ['MX', -102, 23],
  ['AU', 134, -25],
  ['ZA', 25, -29],
  ['CA', -100, 56],
];
function partners(count: number): MapPartner[] {
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  return Array.from({ length: count }, (_, i) => {
    const [countryCode, longitude, latitude] = CENTRES[i % CENTRES.length]!;
    const slug = `partner-${String(i).padStart(4, '0')}`;
    return {
      slug,
      name: { text: `Партнёр ${i}`, lang: 'ru', isFallback: false },
      countryCode,
      longitude: longitude + (random() - 0.5) * 8,
      latitude: latitude + (random() - 0.5) * 6,
    };
  });
}

describe('buildPartnerMap', () => {
  it('draws each city, linking its profile, up to the threshold', () => {
    const map = buildPartnerMap(home, partners(40), 'ru', world);
    expect(map.by).toBe('city');
    expect(map.layout.partners).toHaveLength(40);
    expect(map.partnerCount).toBe(40);
  });

  it('draws one marker per country above it, with the country’s name and count', () => {
    const map = buildPartnerMap(home, partners(41), 'en', world);
    if (map.by !== 'country') throw new Error('expected country markers');
    expect(map.layout.partners).toHaveLength(CENTRES.length);
    expect(map.layout.partners[0]).toMatchObject({ countryCode: 'CN', count: 3, name: 'China' });
    expect(map.layout.partners.reduce((sum, p) => sum + p.count, 0)).toBe(41);
  });

  it('keeps the map of 1,000 partners small: one marker per country, a few kilobytes of markers', () => {
    const map = buildPartnerMap(home, partners(1000), 'ru', world);
    expect(map.by).toBe('country');
    expect(map.partnerCount).toBe(1000);
    expect(map.layout.partners).toHaveLength(CENTRES.length);
    // Per city this was about 250 kB of markers, arcs and labels (then drawn twice: HTML and RSC).
    expect(JSON.stringify(map.layout.partners).length).toBeLessThan(CENTRES.length * 400);
  });
});
