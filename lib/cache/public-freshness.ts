/**
 * When copies of public responses kept by the production server (scripts/lib/public-copies.ts) stop
 * being current. Two module graphs share it in one process — the server's own and Next's bundle of
 * the application — so the state lives on globalThis (lib/cache/invalidations.mjs), not in this module. See
 * docs/decisions/017-copies-of-public-responses.md.
 */
import { processInvalidations } from './invalidations.mjs';

/** When the next scheduled partner, agreement or event goes public (ms since the epoch), or null if none is scheduled. */
export function notePublicationSchedule(nextAt: number | null, now = Date.now()): void {
  processInvalidations().noteSchedule(nextAt, now);
}

// Next's data caches may still answer from before a publication for a moment after it comes due
// (cacheLife's `expire` is a second past `revalidate`): a copy rendered then is not kept as current.
const SETTLE_MS = 5_000;

/**
 * The count of cache invalidations this instance learned of so far — its own saves' and, through
 * the database, every other instance's (docs/decisions/026): a copy records it when its render starts.
 */
export function publicDataGeneration(): number {
  return processInvalidations().count();
}

/**
 * The longest anything kept by these rules is used again while nothing says it changed: the date on
 * a page and the data caches' own lifetimes are signalled by nothing else.
 */
export const MAX_AGE_MS = 60_000;

/**
 * A copy is current while nothing was saved (on any instance) since its render started, no scheduled publication has
 * come due since (or just before) it was taken, and it is younger than `maxAgeMs` (which bounds
 * what no signal covers: the date on the page, the data caches' own lifetimes).
 */
export function isCurrent(copy: { generation: number; storedAt: number }, now: number, maxAgeMs: number): boolean {
  if (copy.generation !== publicDataGeneration() || now - copy.storedAt >= maxAgeMs) return false;
  const published = processInvalidations().lastPublication(now);
  return published === null || copy.storedAt >= published + SETTLE_MS;
}
