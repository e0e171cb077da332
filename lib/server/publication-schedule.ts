import 'server-only';
import { cacheLife } from 'next/cache';
import { db } from './db';
import { notePublicationSchedule } from '@/lib/cache/public-freshness';

const HOUR = 3600;

/**
 * The cache lifetime of a public read, called inside its 'use cache' scope: an hour at most, and
 * never past the moment the next scheduled partner, agreement, event, project or proposal goes public, so that it
 * appears on time. Edits refresh the caches through their tags; this covers the one change that
 * happens by the clock alone.
 */
export async function cacheUntilNextPublication(now = new Date()): Promise<void> {
  const where = { publicationStatus: 'scheduled' as const, deletedAt: null, publishAt: { gt: now } };
  const query = { where, select: { publishAt: true }, orderBy: { publishAt: 'asc' as const } };
  const next = await Promise.all([
    db().partner.findFirst(query),
    db().agreement.findFirst(query),
    db().event.findFirst(query),
    db().project.findFirst(query),
    db().proposal.findFirst(query),
  ]);
  const due = next.flatMap((row) => (row?.publishAt ? [row.publishAt.getTime()] : []));
  const soonest = due.length ? Math.min(...due) : null;
  notePublicationSchedule(soonest, now.getTime()); // the server's copies of pages go out of date then too
  const seconds = soonest !== null ? Math.max(1, Math.ceil((soonest - now.getTime()) / 1000)) : HOUR;
  const life = Math.min(seconds, HOUR);
  // Past `expire` the next request waits for fresh data instead of being served the stale copy.
  cacheLife({ stale: Math.min(life, 300), revalidate: life, expire: life + 1 });
}
