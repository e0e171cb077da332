import { describe, expect, it } from 'vitest';
import { axisTicks, chartSideMargins, countPerYear } from './yearly';

describe('countPerYear', () => {
  it('is empty without dated items', () => {
    expect(countPerYear([])).toEqual([]);
  });
  it('counts each year and shows the years in between as zero', () => {
    expect(countPerYear([2003, 1997, 2003, 2000])).toEqual([
      { year: 1997, count: 1 },
      { year: 1998, count: 0 },
      { year: 1999, count: 0 },
      { year: 2000, count: 1 },
      { year: 2001, count: 0 },
      { year: 2002, count: 0 },
      { year: 2003, count: 2 },
    ]);
  });
  it('gives one bar for a single year', () => {
    expect(countPerYear([2024, 2024])).toEqual([{ year: 2024, count: 2 }]);
  });
});

describe('axisTicks', () => {
  it('uses whole steps for small counts', () => {
    expect(axisTicks(1)).toEqual([0, 1]);
    expect(axisTicks(3)).toEqual([0, 1, 2, 3]);
    expect(axisTicks(9)).toEqual([0, 5, 10]);
    expect(axisTicks(12)).toEqual([0, 5, 10, 15]);
  });
  it('reaches at least the maximum', () => {
    for (const max of [1, 2, 7, 11, 42, 99, 1234]) {
      const ticks = axisTicks(max);
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
      expect(ticks.length).toBeLessThanOrEqual(6);
      expect(ticks.every(Number.isInteger)).toBe(true);
    }
  });
  it('has a scale even when everything is zero', () => {
    expect(axisTicks(0)).toEqual([0, 1]);
  });
});

describe('chartSideMargins', () => {
  const options = { width: 480, fontSize: 14, least: { left: 40, right: 8 } };
  it('keeps the usual margins for a city’s few events a year', () => {
    expect(chartSideMargins(['0', '50', '100', '150'], 12, options)).toEqual({ left: 40, right: 8 });
  });
  it('makes room for four-digit counts, and for the last year label under thirty narrow bars', () => {
    const { left, right } = chartSideMargins(['0', '500', '1 000', '1 500', '2 000'], 31, options);
    expect(left).toBeGreaterThanOrEqual(8 + 5 * 14 * 0.6);
    expect(right).toBeGreaterThan(8);
  });
});
