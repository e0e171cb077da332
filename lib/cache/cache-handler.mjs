// @ts-check
// The handler of Next's 'use cache' (next.config.ts `cacheHandlers`). Entries stay in this process's
// memory, as with Next's default handler; when a tag was invalidated comes from ./invalidations.mjs,
// which the production server keeps in step with every other instance through PostgreSQL
// (scripts/lib/shared-invalidations.ts, docs/decisions/026-shared-invalidation.md).
import { cacheClock, processInvalidations } from './invalidations.mjs';

/** @typedef {import('next/dist/server/lib/cache-handlers/types').CacheEntry} CacheEntry */
/** @typedef {import('next/dist/server/lib/cache-handlers/types').CacheHandler} CacheHandler */
/** @typedef {{ entry: Omit<CacheEntry, 'value'>, value: Uint8Array, size: number }} Stored */

/** Next's default handler keeps 50 MB. */
const MAX_BYTES = 50 * 1024 * 1024;

/**
 * @param {import('./invalidations.mjs').Invalidations} invalidations
 * @returns {CacheHandler}
 */
export function createCacheHandler(invalidations, maxBytes = MAX_BYTES) {
  /** @type {Map<string, Stored>} least recently used first */
  const entries = new Map();
  /** @type {Map<string, Promise<void>>} */
  const pendingSets = new Map();
  let bytes = 0;

  /** @param {string} key */
  const drop = (key) => {
    const stored = entries.get(key);
    if (!stored) return;
    entries.delete(key);
    bytes -= stored.size;
  };

  return {
    async get(cacheKey) {
      await pendingSets.get(cacheKey);
      const stored = entries.get(cacheKey);
      if (!stored) return undefined;
      const { entry } = stored;
      // As Next's default handler in production: an entry past `revalidate` is a miss, not served
      // stale, and so is one whose tags were invalidated at or after its render started. So is one
      // rendered before a scheduled publication that has come due since: `revalidate` is in whole
      // seconds, which would show the item up to a second late.
      const now = cacheClock();
      const published = invalidations.lastPublication(now);
      const stale = now > entry.timestamp + entry.revalidate * 1000 || (published !== null && published > entry.timestamp);
      if (entry.expire < 0 || stale || invalidations.latest(entry.tags) >= entry.timestamp) {
        drop(cacheKey);
        return undefined;
      }
      entries.delete(cacheKey);
      entries.set(cacheKey, stored);
      const { value } = stored;
      return {
        ...entry,
        value: new ReadableStream({
          start(controller) {
            controller.enqueue(value);
            controller.close();
          },
        }),
      };
    },

    async set(cacheKey, pendingEntry) {
      /** @type {() => void} */
      let settle = () => {};
      pendingSets.set(cacheKey, new Promise((resolve) => (settle = resolve)));
      try {
        const { value: stream, ...entry } = await pendingEntry;
        // An `expire: 0` entry is never served again (the wrapper renders it anew), as in Next's own handler.
        if (entry.expire === 0) return;
        const value = new Uint8Array(await new Response(stream).arrayBuffer());
        drop(cacheKey);
        const size = value.byteLength + cacheKey.length;
        if (size > maxBytes) return;
        entries.set(cacheKey, { entry, value, size });
        bytes += size;
        for (const key of entries.keys()) {
          if (bytes <= maxBytes) break;
          drop(key);
        }
      } catch {
        // A render that failed part-way leaves nothing behind: the next read renders again.
      } finally {
        settle();
        pendingSets.delete(cacheKey);
      }
    },

    // Invalidations arrive as they happen (a notification, or the poll while not listening), so a
    // request has nothing to fetch first: this costs no query.
    async refreshTags() {},

    async getExpiration(tags) {
      return invalidations.latest(tags);
    },

    // The saving process's own view, at once, before its action's response renders. The shared
    // record was already written by the save's transaction (prisma/migrations/*_shared_cache_invalidation).
    async updateTags(tags) {
      invalidations.note(tags);
    },
  };
}

export default createCacheHandler(processInvalidations());
