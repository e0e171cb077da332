import { describe, expect, it } from 'vitest';
import { processInvalidations } from './invalidations.mjs';
import { isCurrent, notePublicationSchedule, publicDataGeneration } from './public-freshness';

const MINUTE = 60_000;

describe('isCurrent', () => {
  it('keeps a copy current until an invalidation is learned of (a save on this or another instance)', () => {
    const copy = { generation: publicDataGeneration(), storedAt: 1_000 };
    expect(isCurrent(copy, 2_000, MINUTE)).toBe(true);
    processInvalidations().note(['partners']);
    expect(isCurrent(copy, 2_000, MINUTE)).toBe(false);
    // A render that started after the save is current again.
    expect(isCurrent({ generation: publicDataGeneration(), storedAt: 2_000 }, 3_000, MINUTE)).toBe(true);
  });

  it('retires a copy once a scheduled publication it predates comes due', () => {
    const copy = { generation: publicDataGeneration(), storedAt: 10_000 };
    notePublicationSchedule(20_000, 10_000);
    expect(isCurrent(copy, 19_999, MINUTE)).toBe(true);
    expect(isCurrent(copy, 20_000, MINUTE)).toBe(false);
    // Right after, the data caches may still answer from before: such a copy is not kept either,
    expect(isCurrent({ ...copy, storedAt: 20_500 }, 21_000, MINUTE)).toBe(false);
    // even once the next schedule is known; a copy taken a little later shows the publication.
    notePublicationSchedule(null, 21_000);
    expect(isCurrent({ ...copy, storedAt: 20_500 }, 21_000, MINUTE)).toBe(false);
    expect(isCurrent({ ...copy, storedAt: 25_000 }, 26_000, MINUTE)).toBe(true);
  });

  it('never keeps a copy longer than its maximum age', () => {
    const copy = { generation: publicDataGeneration(), storedAt: 100_000 };
    expect(isCurrent(copy, 100_000 + MINUTE - 1, MINUTE)).toBe(true);
    expect(isCurrent(copy, 100_000 + MINUTE, MINUTE)).toBe(false);
  });
});
