import { geoNaturalEarth1, type GeoProjection } from 'd3-geo';

export type LonLat = readonly [longitude: number, latitude: number];
export type MapFrame = { width: number; height: number; padding: number };

/** Longitude relative to `center`, in (-180, 180]: the short way round, not across the antimeridian. */
export const relativeLongitude = (longitude: number, center: number): number => {
  const d = ((((longitude - center) % 360) + 540) % 360) - 180;
  return d === -180 ? 180 : d;
};

/** Past this spread of longitudes a regional view gets too distorted: show the whole world. */
const WORLD_SPAN = 200;

/**
 * A Natural Earth projection centred on the home city's meridian and fitted to the home city and
 * its partners (padding keeps labels inside), or to the whole globe when the partners circle it.
 * The clip extent drops land outside the frame from the SVG path, which keeps the HTML small.
 */
export function fitProjection(home: LonLat, partners: readonly LonLat[], frame: MapFrame): GeoProjection {
  const offsets = partners.map(([lon]) => relativeLongitude(lon, home[0]));
  const west = Math.min(0, ...offsets),
    east = Math.max(0, ...offsets);
  const center = home[0] + (west + east) / 2;
  const projection = geoNaturalEarth1().rotate([-center, 0]);
  const inner: [[number, number], [number, number]] = [
    [frame.padding, frame.padding],
    [frame.width - frame.padding, frame.height - frame.padding],
  ];
  if (east - west > WORLD_SPAN || partners.length === 0) {
    projection.fitExtent(inner, { type: 'Sphere' });
  } else {
    projection.fitExtent(inner, { type: 'MultiPoint', coordinates: [home, ...partners].map(([lon, lat]) => [lon, lat]) });
  }
  return projection.clipExtent([
    [0, 0],
    [frame.width, frame.height],
  ]);
}
