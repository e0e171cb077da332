import 'server-only';
import { cacheLife } from 'next/cache';
import { db } from './db';
import { notePublicationSchedule } from '@/lib/cache/public-freshness';

const HOUR = 3600;

/**
 * The cache lifetime of a public read, called inside its 'use cache' scope: an hour at most, and
 * never past the moment the next scheduled partner, agreement, event, project or proposal goes public,
 * or the next one goes off the site by its `unpublishAt` (docs/decisions/046), so that it appears and
 * disappears on time. Edits refresh the caches through their tags; this covers the changes that
 * happen by the clock alone.
 */
export async function cacheUntilNextPublication(now = new Date()): Promise<void> {
  const publishes = { where: { publicationStatus: 'scheduled' as const, deletedAt: null, publishAt: { gt: now } }, _min: { publishAt: true } } as const;
  const unpublishes = {
    where: { publicationStatus: { not: 'draft' as const }, deletedAt: null, unpublishAt: { gt: now } },
    _min: { unpublishAt: true },
  } as const;
  const next = await Promise.all([
    db().partner.aggregate(publishes),
    db().partner.aggregate(unpublishes),
    db().agreement.aggregate(publishes),
    db().agreement.aggregate(unpublishes),
    db().event.aggregate(publishes),
    db().event.aggregate(unpublishes),
    db().project.aggregate(publishes),
    db().project.aggregate(unpublishes),
    db().proposal.aggregate(publishes),
    db().proposal.aggregate(unpublishes),
  ]);
  const due = next.flatMap(({ _min }) => Object.values(_min).flatMap((at) => (at ? [at.getTime()] : [])));
  const soonest = due.length ? Math.min(...due) : null;
  notePublicationSchedule(soonest, now.getTime()); // the server's copies of pages go out of date then too
  const seconds = soonest !== null ? Math.max(1, Math.ceil((soonest - now.getTime()) / 1000)) : HOUR;
  const life = Math.min(seconds, HOUR);
  // Past `expire` the next request waits for fresh data instead of being served the stale copy.
  cacheLife({ stale: Math.min(life, 300), revalidate: life, expire: life + 1 });
}
