import { partnerFiltersQuery } from '@/lib/partners/list-url';
import { partnerFiltersSchema } from '@/lib/schemas/partner';
import type { LonLat } from './projection';

/**
 * Up to this many partners the map shows each city; above it, one marker per country. Real cities
 * have 5 to 40 partners, and at 40 each city still gets a marker spaced for touch near its place;
 * a map of hundreds of cities would move most markers far from their places, drop most labels and
 * weigh hundreds of kilobytes, while there are fewer than 200 countries to draw.
 */
export const MAX_CITY_MARKERS = 40;

export const showsCountries = (partnerCount: number): boolean => partnerCount > MAX_CITY_MARKERS;

export type CountryGroup = { countryCode: string; count: number; at: LonLat };

const RAD = Math.PI / 180;
const toVector = ([lon, lat]: LonLat): [number, number, number] => [
  Math.cos(lat * RAD) * Math.cos(lon * RAD),
  Math.cos(lat * RAD) * Math.sin(lon * RAD),
  Math.sin(lat * RAD),
];

/**
 * The partners counted per country, most partners first (then by code, so the order is stable).
 * A country's marker stands on the partner city nearest the centre of all its partner cities
 * (their mean on the sphere, which is not fooled by the antimeridian): unlike the centre itself,
 * that point is always a real place in the country, never the sea or a neighbour.
 */
export function groupByCountry(partners: readonly { countryCode: string; latitude: number; longitude: number }[]): CountryGroup[] {
  const byCountry = new Map<string, LonLat[]>();
  for (const p of partners) {
    const places = byCountry.get(p.countryCode);
    const at: LonLat = [p.longitude, p.latitude];
    if (places) places.push(at);
    else byCountry.set(p.countryCode, [at]);
  }
  return [...byCountry]
    .map(([countryCode, places]) => ({ countryCode, count: places.length, at: central(places) }))
    .sort((a, b) => b.count - a.count || (a.countryCode < b.countryCode ? -1 : 1));
}

/** The place nearest the spherical mean of all of them (the first such, when several are as near). */
function central(places: readonly LonLat[]): LonLat {
  const vectors = places.map(toVector);
  const mean = vectors.reduce((sum, v) => [sum[0] + v[0], sum[1] + v[1], sum[2] + v[2]], [0, 0, 0]);
  let best = 0,
    bestDot = -Infinity;
  vectors.forEach((v, i) => {
    // The largest dot product with the mean is the smallest angle to it.
    const dot = v[0] * mean[0] + v[1] * mean[1] + v[2] * mean[2];
    if (dot > bestDot) {
      best = i;
      bestDot = dot;
    }
  });
  return places[best]!;
}

/** The partners list filtered to one country: the query string the list page itself reads. */
export const countryPartnersQuery = (countryCode: string): string => partnerFiltersQuery(partnerFiltersSchema.parse({ country: countryCode }));

/**
 * A country marker's visible label: its name and its number of partner cities, written as the
 * start of the marker's accessible name ("Japan: 37 partner cities") so that what a speech-input
 * user reads on the map is part of the link's name (WCAG 2.5.3).
 */
export const countryLabel = (name: string, count: number, locale: string): string => `${name}: ${new Intl.NumberFormat(locale).format(count)}`;
