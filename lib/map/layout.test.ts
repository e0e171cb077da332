import { describe, expect, it } from 'vitest';
import type { Feature, MultiPolygon } from 'geojson';
import { labelBox } from './labels';
import { LABEL_SIZE, layoutMap, MAP_HEIGHT, MAP_WIDTH, MARKER_SPACING, MIN_RENDER_WIDTH } from './layout';

// A square of "land" around the Black Sea region is enough to see the path drawn and clipped.
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

describe('layoutMap with partners near the frame', () => {
  // Kazan's partners: Shenzhen, the easternmost, lands near the right edge of the map.
  const names: Record<string, string> = {
    qingdao: 'Циндао',
    chengdu: 'Чэнду',
    'shumen-province': 'Шуменская область',
    shenzhen: 'Шэньчжэнь',
    eskisehir: 'Эскишехир',
  };
  const at: Record<string, readonly [number, number]> = {
    qingdao: [120.3826, 36.0671],
    chengdu: [104.0667, 30.6667],
    'shumen-province': [26.9229, 43.2706],
    shenzhen: [114.0579, 22.5431],
    eskisehir: [30.5206, 39.7767],
  };
  const kazan = Object.assign([49.1088, 55.7963] as const, { label: 'Казань' });
  const layout = layoutMap({ home: kazan, partners: Object.keys(names).map((slug) => ({ slug, label: names[slug] ?? '', at: at[slug] ?? [0, 0] })) }, world);

  it('puts a label that would cross the frame on the other side of its point', () => {
    const shenzhen = layout.partners.find((p) => p.slug === 'shenzhen');
    expect(shenzhen?.label).toMatchObject({ anchor: 'end' });
    expect(shenzhen?.label?.x).toBeLessThan(shenzhen?.marker.x ?? 0);
  });

  it('keeps every label inside the map', () => {
    for (const p of layout.partners) {
      const box = p.label && labelBox(names[p.slug] ?? '', p.label, LABEL_SIZE);
      if (!box) continue;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(MAP_WIDTH);
    }
  });
});
