import 'server-only';
import { cacheTag } from 'next/cache';
import { db } from '../db';
import { cacheUntilNextPublication } from '../publication-schedule';
import { cacheTags } from '../cache-tags';
import { publiclyVisible } from '../visibility';

/** How many joint events the public can see. */
export async function countPublicEvents(): Promise<number> {
  'use cache';
  await cacheUntilNextPublication();
  cacheTag(cacheTags.events);
  return db().event.count({ where: publiclyVisible(new Date()) });
}
