import { compact, type JsonLdNode } from './json-ld';

export type PlaceInput = {
  kind: 'city' | 'region';
  name: string;
  /** Absolute URL of the place's page on the portal, when it has one. */
  url?: string | null;
  countryName?: string | null;
  regionName?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  website?: string | null;
  description?: string | null;
};

/** A partner or the home city: a City, or an AdministrativeArea for a region or province. */
export function placeNode(place: PlaceInput): JsonLdNode {
  const country = place.countryName ? { '@type': 'Country', name: place.countryName } : null;
  const region = place.regionName ? compact({ '@type': 'AdministrativeArea', name: place.regionName, containedInPlace: country }) : null;
  return compact({
    '@type': place.kind === 'city' ? 'City' : 'AdministrativeArea',
    '@id': place.url ?? undefined,
    name: place.name,
    url: place.url,
    description: place.description,
    geo: place.latitude != null && place.longitude != null ? { '@type': 'GeoCoordinates', latitude: place.latitude, longitude: place.longitude } : null,
    containedInPlace: region ?? country,
    sameAs: place.website,
  });
}
