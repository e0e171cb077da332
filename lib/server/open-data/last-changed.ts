import 'server-only';
import { cacheTag } from 'next/cache';
import { db } from '../db';
import { cacheUntilNextPublication } from '../publication-schedule';
import { cacheTags } from '../cache-tags';

/**
 * When the published data last changed: the latest edit, deletion or purge of a partner,
 * agreement, event, project, proposal or file (the audit log keeps purges, whose rows are gone), or the latest
 * scheduled publication or unpublishing (docs/decisions/046) that has come due, which changes the data without any edit. The
 * open-data page states it; the API and downloads send it as Last-Modified. Null for a database
 * that has never held anything.
 */
export async function getDataLastChanged(): Promise<Date | null> {
  'use cache';
  await cacheUntilNextPublication();
  cacheTag(cacheTags.partners, cacheTags.agreements, cacheTags.events, cacheTags.projects, cacheTags.proposals);
  const now = new Date();
  const edited = { _max: { updatedAt: true } } as const;
  const due = { where: { publicationStatus: 'scheduled' as const, publishAt: { lte: now } }, _max: { publishAt: true } } as const;
  const gone = { where: { unpublishAt: { lte: now } }, _max: { unpublishAt: true } } as const;
  const moments = await Promise.all([
    db().partner.aggregate(edited),
    db().agreement.aggregate(edited),
    db().event.aggregate(edited),
    db().project.aggregate(edited),
    db().proposal.aggregate(edited),
    db().partner.aggregate(due),
    db().agreement.aggregate(due),
    db().event.aggregate(due),
    db().project.aggregate(due),
    db().proposal.aggregate(due),
    db().partner.aggregate(gone),
    db().agreement.aggregate(gone),
    db().event.aggregate(gone),
    db().project.aggregate(gone),
    db().proposal.aggregate(gone),
    db().auditLog.aggregate({ where: { entityType: { in: ['partner', 'agreement', 'event', 'media', 'project', 'proposal'] } }, _max: { at: true } }),
  ]);
  const times = moments.flatMap(({ _max }) => Object.values(_max).flatMap((m) => (m instanceof Date ? [m.getTime()] : [])));
  return times.length ? new Date(Math.max(...times)) : null;
}
