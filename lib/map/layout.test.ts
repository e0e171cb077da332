import { describe, expect, it } from 'vitest';
import type { Feature, MultiPolygon } from 'geojson';
import { layoutMap, MAP_HEIGHT, MAP_WIDTH, MARKER_SPACING, MIN_RENDER_WIDTH } from './layout';

// A square of "land" around the Black Sea region is enough to see the path drawn and clipped.
const land: Feature<MultiPolygon> = { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [[[[20, 30], [20, 50], [40, 50], [40, 30], [20, 30]]]] } };
const world = { land, borders: { type: 'MultiLineString' as const, coordinates: [[[30, 30], [30, 50]]] } };

const partners = [
  { slug: 'istanbul', label: 'Istanbul', at: [28.98, 41.01] as const },
  { slug: 'eskisehir', label: 'Eskişehir', at: [30.52, 39.78] as const },
  { slug: 'izmir', label: 'Izmir', at: [27.14, 38.41] as const },
  { slug: 'acharnes', label: 'Acharnes', at: [23.73, 38.08] as const },
  { slug: 'adana', label: 'Adana', at: [35.33, 36.99] as const },
  { slug: 'stevenage', label: 'Stevenage', at: [-0.2, 51.9] as const },
  { slug: 'baiyin', label: 'Baiyin', at: [104.17, 36.55] as const },
];
const home = Object.assign([69.59, 42.34] as const, { label: 'Shymkent' });

describe('layoutMap', () => {
  const layout = layoutMap({ home, partners }, world);

  it('keeps every marker a separate touch target at the smallest rendering', () => {
    expect(MARKER_SPACING * (MIN_RENDER_WIDTH / MAP_WIDTH)).toBeGreaterThanOrEqual(24);
    layout.partners.forEach(({ marker: a }, i) => {
      for (const { marker: b } of layout.partners.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(MARKER_SPACING - 0.2);
    });
  });

  it('keeps the markers inside the frame and near their real places', () => {
    for (const p of layout.partners) {
      expect(p.marker.x).toBeGreaterThan(0);
      expect(p.marker.x).toBeLessThan(MAP_WIDTH);
      expect(p.marker.y).toBeGreaterThan(0);
      expect(p.marker.y).toBeLessThan(MAP_HEIGHT);
      expect(Math.hypot(p.marker.x - p.anchor.x, p.marker.y - p.anchor.y)).toBeLessThan(MARKER_SPACING);
    }
  });

  it('draws an arc from home to each partner, and the land', () => {
    for (const p of layout.partners) expect(p.arc).toMatch(/^M[\d.,-]+L/);
    expect(layout.land).toMatch(/^m/);
    expect(layout.borders).toMatch(/^m/);
  });

  it('writes coordinates with at most one decimal', () => {
    expect(layout.land + layout.partners.map((p) => p.arc).join('')).not.toMatch(/\d\.\d\d/);
  });

  it('labels the home city and most partners', () => {
    expect(layout.homeLabel).not.toBeNull();
    expect(layout.partners.filter((p) => p.label).length).toBeGreaterThanOrEqual(5);
  });
});
