// @ts-check
// Plain JavaScript: Next loads the cache handler (./cache-handler.mjs) with Node's own import, in
// `next build` as well as in the server, and neither compiles TypeScript there.

/** The clock of Next's cache entries (their `timestamp`): tag times are taken on it, so the two compare. */
export const cacheClock = () => performance.timeOrigin + performance.now();

/**
 * When this server process learned that each cache tag was invalidated, on its own clock (never the
 * database's: see docs/decisions/026-shared-invalidation.md), and how many invalidations it learned
 * of so far (the copies of public responses remember that count: lib/cache/public-freshness.ts).
 */
export function createInvalidations() {
  /** @type {Map<string, number>} */
  const learnedAt = new Map();
  let count = 0;
  /** @type {number | null} when the next scheduled item goes public, as the last render saw it */
  let nextPublicationAt = null;
  /** @type {number | null} when the last one before it did */
  let lastPublicationAt = null;
  return {
    /** @param {readonly string[]} tags */
    note(tags, at = cacheClock()) {
      for (const tag of tags) learnedAt.set(tag, Math.max(learnedAt.get(tag) ?? 0, at));
      if (tags.length > 0) count += 1;
    },
    /** The latest time any of `tags` was invalidated, 0 if never. @param {readonly string[]} tags */
    latest(tags) {
      let latest = 0;
      for (const tag of tags) latest = Math.max(latest, learnedAt.get(tag) ?? 0);
      return latest;
    },
    count: () => count,
    /**
     * When the next scheduled partner, agreement or event goes public (ms since the epoch, null if
     * none), as a render that read the schedule saw it. @param {number | null} nextAt
     */
    noteSchedule(nextAt, now = Date.now()) {
      if (nextPublicationAt !== null && nextPublicationAt <= now) lastPublicationAt = nextPublicationAt;
      nextPublicationAt = nextAt;
    },
    /** When the latest scheduled publication came due, at or before `now`; null if none did. */
    lastPublication(now = Date.now()) {
      return nextPublicationAt !== null && nextPublicationAt <= now ? nextPublicationAt : lastPublicationAt;
    },
  };
}

const KEY = Symbol.for('sister-city-portal.invalidations');

/**
 * The process's one record. Three module graphs share it — Next's own import of the cache handler,
 * Next's bundle of the application, and the production server's — so it lives on globalThis.
 * @returns {ReturnType<typeof createInvalidations>}
 */
export function processInvalidations() {
  const holder = /** @type {{ [KEY]?: ReturnType<typeof createInvalidations> }} */ (globalThis);
  return (holder[KEY] ??= createInvalidations());
}
