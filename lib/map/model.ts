import type { Feature, Geometry, MultiLineString } from 'geojson';
import type { LocalizedValue } from '@/lib/i18n/localized';
import { countryName } from '@/lib/format';
import { countryLabel, groupByCountry, showsCountries } from './countries';
import { layoutMap, type MapLayout } from './layout';

type MapPlace = { name: LocalizedValue; countryCode: string; latitude: number; longitude: number };
export type MapPartner = MapPlace & { slug: string };
/** The home is a city or a region (an oblast): the map's words for it follow. */
export type MapHome = MapPlace & { kind: 'city' | 'region' };

/** A marker for one partner city, linking to its profile. */
type CityMarker = { slug: string; name: LocalizedValue; countryCode: string };
/** A marker for every partner city in one country, linking to the list filtered to it. */
type CountryMarker = { countryCode: string; count: number; name: string };

export type PartnerMapModel = { home: MapHome; partnerCount: number } & (
  { by: 'city'; layout: MapLayout<CityMarker> } | { by: 'country'; layout: MapLayout<CountryMarker> }
);

/**
 * The partner map ready to draw: one marker per city, or per country above MAX_CITY_MARKERS
 * partners. Pure and only as big as what the SVG shows, so that the server can compute it once per
 * data change and keep it in the cache instead of laying out the map on every request.
 */
export function buildPartnerMap(
  home: MapHome,
  partners: readonly MapPartner[],
  locale: string,
  world: { land: Feature<Geometry>; borders: MultiLineString },
): PartnerMapModel {
  const at = (p: { latitude: number; longitude: number }) => [p.longitude, p.latitude] as const;
  const homeInput = Object.assign(at(home), { label: home.name.text });
  if (!showsCountries(partners.length)) {
    const markers = partners.map(({ slug, name, countryCode, ...place }) => ({ slug, name, countryCode, at: at(place), label: name.text }));
    return { home, partnerCount: partners.length, by: 'city', layout: layoutMap<CityMarker>({ home: homeInput, partners: markers }, world) };
  }
  const markers = groupByCountry(partners).map(({ countryCode, count, at: place }) => {
    const name = countryName(countryCode, locale);
    return { countryCode, count, name, at: place, label: countryLabel(name, count, locale) };
  });
  return { home, partnerCount: partners.length, by: 'country', layout: layoutMap<CountryMarker>({ home: homeInput, partners: markers }, world) };
}
