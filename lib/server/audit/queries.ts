import 'server-only';
import { db } from '../db';
import { requireActor } from '../auth/actor';
import type { AuditQuery } from '@/lib/schemas/audit-query';
import type { FieldChanges } from '@/lib/audit/field-changes';

export const AUDIT_PAGE_SIZE = 50;

/** The audit log, newest first, filtered as the page asks; staff only. Two queries per page. */
export async function listAuditEntries(headers: Headers, query: AuditQuery) {
  await requireActor(headers, 'editor');
  const where = {
    ...(query.entity && { entityType: query.entity }),
    ...(query.action && { action: query.action }),
    ...(query.actor && { actorId: query.actor }),
    ...(query.record && { entityId: query.record }),
    ...((query.from || query.to) && {
      at: {
        ...(query.from && { gte: new Date(`${query.from}T00:00:00Z`) }),
        ...(query.to && { lt: new Date(Date.parse(`${query.to}T00:00:00Z`) + 86_400_000) }),
      },
    }),
  };
  const [total, rows, actors] = await Promise.all([
    db().auditLog.count({ where }),
    db().auditLog.findMany({
      where,
      orderBy: { id: 'desc' },
      skip: (query.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: { id: true, at: true, action: true, entityType: true, entityId: true, changes: true, actor: { select: { name: true, email: true } } },
    }),
    db().user.findMany({ where: { auditEntries: { some: {} } }, select: { id: true, name: true, email: true }, orderBy: { name: 'asc' } }),
  ]);
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    actors,
    entries: rows.map((row) => ({ ...row, id: String(row.id), changes: row.changes as FieldChanges })),
  };
}
