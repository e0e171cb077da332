import { describe, expect, it } from 'vitest';
import { fitProjection, relativeLongitude, type LonLat } from './projection';

const frame = { width: 960, height: 520, padding: 40 };
const SHYMKENT: LonLat = [69.59, 42.34];
const SHYMKENT_PARTNERS: LonLat[] = [
  [30.34, 53.92],
  [-0.2, 51.9],
  [23.73, 38.08],
  [27.14, 38.41],
  [28.98, 41.01],
  [35.33, 36.99],
  [100.88, 12.92],
  [11.11, 42.76],
  [104.17, 36.55],
  [69.62, 40.28],
  [30.52, 39.78],
];

describe('relativeLongitude', () => {
  it('takes the short way round', () => {
    expect(relativeLongitude(30, 70)).toBe(-40);
    expect(relativeLongitude(-170, 170)).toBe(20);
    expect(relativeLongitude(170, -170)).toBe(-20);
    expect(relativeLongitude(-110, 70)).toBe(180);
  });
});

describe('fitProjection', () => {
  it('puts the home city and every partner inside the padded frame', () => {
    const projection = fitProjection(SHYMKENT, SHYMKENT_PARTNERS, frame);
    for (const p of [SHYMKENT, ...SHYMKENT_PARTNERS]) {
      const [x, y] = projection([p[0], p[1]])!;
      expect(x).toBeGreaterThanOrEqual(frame.padding - 0.5);
      expect(x).toBeLessThanOrEqual(frame.width - frame.padding + 0.5);
      expect(y).toBeGreaterThanOrEqual(frame.padding - 0.5);
      expect(y).toBeLessThanOrEqual(frame.height - frame.padding + 0.5);
    }
  });

  it('zooms in on a regional set (Europe to China) rather than showing the globe', () => {
    const regional = fitProjection(SHYMKENT, SHYMKENT_PARTNERS, frame).scale();
    const world = fitProjection(
      SHYMKENT,
      [
        [-100, 40],
        [150, -30],
      ],
      frame,
    ).scale();
    expect(regional).toBeGreaterThan(world * 2);
  });

  it('shows the whole world when partners circle the globe', () => {
    const projection = fitProjection(
      [0, 0],
      [
        [-120, 30],
        [120, 30],
      ],
      frame,
    );
    const [west] = projection([-179, 0])!;
    const [east] = projection([179, 0])!;
    expect(west).toBeGreaterThanOrEqual(0);
    expect(east).toBeLessThanOrEqual(frame.width);
  });

  it('works with no partners at all', () => {
    const [x, y] = fitProjection(SHYMKENT, [], frame)([SHYMKENT[0], SHYMKENT[1]])!;
    expect(x).toBeCloseTo(frame.width / 2, 0);
    expect(Number.isFinite(y)).toBe(true);
  });
});
