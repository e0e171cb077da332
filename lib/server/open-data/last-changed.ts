import 'server-only';
import { cacheTag } from 'next/cache';
import { db } from '../db';
import { cacheUntilNextPublication } from '../publication-schedule';
import { cacheTags } from '../cache-tags';

/**
 * When the published data last changed: the latest edit, deletion or purge of a partner,
 * agreement, event, project, proposal or file (the audit log keeps purges, whose rows are gone), or the latest
 * scheduled publication that has come due, which changes the data without any edit. The
 * open-data page states it; the API and downloads send it as Last-Modified. Null for a database
 * that has never held anything.
 */
export async function getDataLastChanged(): Promise<Date | null> {
  'use cache';
  await cacheUntilNextPublication();
  cacheTag(cacheTags.partners, cacheTags.agreements, cacheTags.events, cacheTags.projects, cacheTags.proposals);
  const now = new Date();
  const due = { publicationStatus: 'scheduled' as const, publishAt: { lte: now } };
  const moments = await Promise.all([
    db()
      .partner.aggregate({ _max: { updatedAt: true } })
      .then((r) => r._max.updatedAt),
    db()
      .agreement.aggregate({ _max: { updatedAt: true } })
      .then((r) => r._max.updatedAt),
    db()
      .event.aggregate({ _max: { updatedAt: true } })
      .then((r) => r._max.updatedAt),
    db()
      .project.aggregate({ _max: { updatedAt: true } })
      .then((r) => r._max.updatedAt),
    db()
      .proposal.aggregate({ _max: { updatedAt: true } })
      .then((r) => r._max.updatedAt),
    db()
      .partner.aggregate({ where: due, _max: { publishAt: true } })
      .then((r) => r._max.publishAt),
    db()
      .agreement.aggregate({ where: due, _max: { publishAt: true } })
      .then((r) => r._max.publishAt),
    db()
      .event.aggregate({ where: due, _max: { publishAt: true } })
      .then((r) => r._max.publishAt),
    db()
      .project.aggregate({ where: due, _max: { publishAt: true } })
      .then((r) => r._max.publishAt),
    db()
      .proposal.aggregate({ where: due, _max: { publishAt: true } })
      .then((r) => r._max.publishAt),
    db()
      .auditLog.aggregate({ where: { entityType: { in: ['partner', 'agreement', 'event', 'media', 'project', 'proposal'] } }, _max: { at: true } })
      .then((r) => r._max.at),
  ]);
  const times = moments.flatMap((m) => (m ? [m.getTime()] : []));
  return times.length ? new Date(Math.max(...times)) : null;
}
