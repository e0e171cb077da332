import { describe, expect, it } from 'vitest';
import { spreadMarkers, type Point } from './spread';

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
const pairs = <T>(items: readonly T[]): [T, T][] => items.flatMap((a, i) => items.slice(i + 1).map((b): [T, T] => [a, b]));

describe('spreadMarkers', () => {
  it('leaves markers that are far apart where they are', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 0, y: 100 },
    ];
    expect(spreadMarkers(points, 30)).toEqual(points);
  });

  it('separates a tight cluster to at least the minimum distance, moving each as little as it can', () => {
    const cluster = [
      { x: 500, y: 300, id: 'a' },
      { x: 512, y: 290, id: 'b' },
      { x: 484, y: 321, id: 'c' },
      { x: 470, y: 325, id: 'd' },
      { x: 530, y: 330, id: 'e' },
    ];
    const spread = spreadMarkers(cluster, 32);
    for (const [a, b] of pairs(spread)) expect(distance(a, b)).toBeGreaterThanOrEqual(32);
    for (const moved of spread) expect(distance(moved, cluster.find((c) => c.id === moved.id) ?? moved)).toBeLessThan(40);
  });

  it('never moves a fixed point and keeps markers off it', () => {
    const home = { x: 200, y: 200 };
    for (const p of spreadMarkers([{ x: 205, y: 200 }], 30, [home])) expect(distance(p, home)).toBeGreaterThanOrEqual(30);
    expect(home).toEqual({ x: 200, y: 200 });
  });

  it('separates markers at the very same spot', () => {
    for (const [a, b] of pairs(
      spreadMarkers(
        [
          { x: 10, y: 10 },
          { x: 10, y: 10 },
        ],
        24,
      ),
    ))
      expect(distance(a, b)).toBeGreaterThanOrEqual(24);
  });

  it('separates a crowd of hundreds: every pair ends apart, including pairs that start in distant grid cells', () => {
    let seed = 11;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const crowd = Array.from({ length: 300 }, (_, id) => ({ id, x: 100 + random() * 600, y: 100 + random() * 300 }));
    const spread = spreadMarkers(crowd, 24, [{ x: 400, y: 250 }]);
    // One assertion over the closest pair: 45,000 separate ones would slow the suite down.
    expect(Math.min(...pairs(spread).map(([a, b]) => distance(a, b)), ...spread.map((p) => distance(p, { x: 400, y: 250 })))).toBeGreaterThanOrEqual(24);
  });
});
