import { describe, expect, it } from 'vitest';
import { percentile, summarizeLatencies } from './latency';

describe('latency percentiles', () => {
  it('reads the nearest rank', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBeNull();
  });

  it('sorts what it is given', () => {
    expect(summarizeLatencies([3, 1, 2, 4])).toEqual({ p50: 2, p95: 4, p99: 4, max: 4 });
  });
});
