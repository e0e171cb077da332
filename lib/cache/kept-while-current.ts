import { isCurrent, publicDataGeneration } from './public-freshness';

/**
 * `read`'s answer kept in this process for as long as a copy of a public response would be
 * (isCurrent(): until anything is saved on any instance, a scheduled publication comes due, or
 * `maxAgeMs` passes), and shared by the calls made while it is on its way. A failed read is not
 * kept. For a read of public data that every request of a kind makes and that is costly next to
 * it; only outside a 'use cache' scope, since a scope is not told the cache tags of a read it skips.
 */
export function keptWhileCurrent<Value>(read: () => Promise<Value>, maxAgeMs: number, now = Date.now): () => Promise<Value> {
  let kept: { generation: number; storedAt: number; value: Promise<Value> } | undefined;
  return () => {
    if (kept && isCurrent(kept, now(), maxAgeMs)) return kept.value;
    // Taken before the read starts: a save during the read makes its answer out of date at once.
    const taking = { generation: publicDataGeneration(), storedAt: now(), value: read() };
    kept = taking;
    taking.value.catch(() => {
      if (kept === taking) kept = undefined;
    });
    return taking.value;
  };
}
