import 'server-only';
import { readArguments } from '@/lib/server/read-arguments';
import { cacheTag } from 'next/cache';
import { db } from '../db';
import { cacheUntilNextPublication } from '../publication-schedule';
import { cacheTags } from '../cache-tags';
import { publiclyVisible } from '../visibility';
import { getPublicationSettings } from '../home-city/queries';
import { publicHistory, type AuditEntry, type PublicHistoryEntry } from '@/lib/agreements/public-history';
import type { FieldChanges } from '@/lib/audit/field-changes';

/**
 * The public change history of a public agreement's facts (see publicHistory for what is shown);
 * empty for an agreement the public may not see.
 */
export async function getAgreementPublicHistory(id: number): Promise<PublicHistoryEntry[]> {
  'use cache';
  id = readArguments.id.parse(id);
  await cacheUntilNextPublication();
  cacheTag(cacheTags.agreements, cacheTags.homeCity);
  const now = new Date();
  const [agreement, entries, settings] = await Promise.all([
    db().agreement.findFirst({ where: { id, ...publiclyVisible(now), partner: publiclyVisible(now) }, select: { signedOn: true, signedPrecision: true } }),
    db().auditLog.findMany({
      where: { entityType: 'agreement', entityId: String(id) },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
      select: { at: true, action: true, changes: true, actor: { select: { name: true } } },
    }),
    getPublicationSettings(),
  ]);
  if (!agreement) return [];
  const log: AuditEntry[] = entries.map((e) => ({ at: e.at, action: e.action, changes: e.changes as FieldChanges, editor: e.actor?.name ?? null }));
  return publicHistory(log, agreement, settings.showEditorNames);
}
