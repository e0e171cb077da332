import type { CacheHandler } from 'next/dist/server/lib/cache-handlers/types';
import type { Invalidations } from './invalidations.mjs';

export declare function createCacheHandler(invalidations: Invalidations, maxBytes?: number): CacheHandler;
declare const handler: CacheHandler;
export default handler;
