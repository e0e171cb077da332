import { geoPath } from 'd3-geo';
import type { Feature, Geometry, MultiLineString } from 'geojson';
import { fitProjection, type LonLat } from './projection';
import { spreadMarkers, type Point } from './spread';
import { placeLabels, type PlacedLabel } from './labels';
import { compactPath } from './svg-path';

/** The SVG's own units. The map is never drawn narrower than MIN_RENDER_WIDTH CSS pixels (it scrolls sideways on a phone instead). */
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 500;
export const MIN_RENDER_WIDTH = 720;
/** WCAG 2.2 target spacing: 24 CSS px between marker centres at the smallest rendering, plus a margin. */
export const MARKER_SPACING = Math.ceil((24 * MAP_WIDTH) / MIN_RENDER_WIDTH) + 2;
export const MARKER_RADIUS = 7;
/** The invisible area around a marker that takes the click or tap. */
export const HIT_RADIUS = 13;
export const LABEL_SIZE = 15;
export const HOME_LABEL_SIZE = 17;

export type MapInput<P> = { home: LonLat & { label: string }; partners: readonly (P & { at: LonLat; label: string })[] };
export type LaidOutPartner<P> = P & {
  /** Where the city really is (arcs end here)... */
  anchor: Point;
  /** ...and where its marker sits after moving close neighbours apart. */
  marker: Point;
  arc: string;
  label: PlacedLabel | null;
};
export type MapLayout<P> = { land: string; borders: string; home: Point; homeLabel: PlacedLabel | null; partners: LaidOutPartner<P>[] };

const round = (p: Point): Point => ({ x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 });

/**
 * Everything the SVG draws, in its own units, with coordinates rounded to keep the HTML small:
 * land and borders clipped to the frame (as relative paths), great-circle arcs from home, markers
 * spaced for touch, and labels that do not collide (a label that finds no room is left out).
 */
export function layoutMap<P>(input: MapInput<P>, world: { land: Feature<Geometry>; borders: MultiLineString }): MapLayout<P> {
  const frame = { width: MAP_WIDTH, height: MAP_HEIGHT, padding: 56 };
  const projection = fitProjection(
    input.home,
    input.partners.map((p) => p.at),
    frame,
  );
  // Whole units for the land and borders (under a CSS pixel at any width we render), tenths for arcs.
  const coarse = geoPath(projection).digits(0);
  const path = geoPath(projection).digits(1);
  const project = ([lon, lat]: LonLat): Point => {
    const [x, y] = projection([lon, lat]) ?? [NaN, NaN];
    return { x, y };
  };
  const home = project(input.home);
  const spread = spreadMarkers(
    input.partners.map((partner) => ({ partner, anchor: project(partner.at), ...project(partner.at) })),
    MARKER_SPACING,
    [home],
  );
  const labelled = placeLabels(
    [
      { text: input.home.label, at: home, size: HOME_LABEL_SIZE, partner: null },
      ...spread.map((s) => ({ text: s.partner.label, at: round(s), size: LABEL_SIZE, partner: s })),
    ],
    { gap: 4, markerRadius: HIT_RADIUS, obstacles: [home, ...spread], frame },
  );
  return {
    land: compactPath(coarse(world.land) ?? ''),
    borders: compactPath(coarse(world.borders) ?? ''),
    home: round(home),
    homeLabel: labelled.find((l) => l.partner === null)?.placed ?? null,
    partners: labelled.flatMap(({ partner: s, at, placed }) =>
      s === null
        ? []
        : [
            {
              ...s.partner,
              anchor: round(s.anchor),
              marker: at,
              arc: path({ type: 'LineString', coordinates: [[...input.home], [...s.partner.at]] }) ?? '',
              label: placed,
            },
          ],
    ),
  };
}
