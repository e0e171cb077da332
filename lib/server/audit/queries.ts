import 'server-only';
import { db } from '../db';
import { requireActor, type Role } from '../auth/actor';
import { AuditEntity } from '@/lib/generated/prisma/enums';
import { auditQuerySchema, type AuditQuery } from '@/lib/schemas/audit-query';
import type { FieldChanges } from '@/lib/audit/field-changes';

const AUDIT_PAGE_SIZE = 50;

/**
 * The kinds of record whose history a role may read. Entries about staff accounts (e-mail, role,
 * resets, disabling) are for admins only, as the Users page is.
 */
function readableEntities(role: Role): AuditEntity[] {
  return Object.values(AuditEntity).filter((entity) => role === 'admin' || entity !== 'user');
}

/**
 * The audit log, newest first, filtered as the page asks; staff only, each reading only the kinds of
 * record their role may (`entities`, which the page offers as its filter). Three queries per page.
 */
export async function listAuditEntries(headers: Headers, filters: AuditQuery) {
  const actor = await requireActor(headers, 'editor');
  const query = auditQuerySchema.parse(filters); // whatever the caller passes, only well-formed filters reach the query
  const entities = readableEntities(actor.role);
  const readable = { entityType: { in: entities } };
  const where = {
    entityType: { in: entities.filter((entity) => !query.entity || entity === query.entity) },
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
      select: {
        id: true,
        at: true,
        action: true,
        entityType: true,
        entityId: true,
        changes: true,
        restoredFrom: true,
        actor: { select: { name: true, email: true } },
      },
    }),
    db().user.findMany({ where: { auditEntries: { some: readable } }, select: { id: true, name: true, email: true }, orderBy: { name: 'asc' } }),
  ]);
  return {
    total,
    entities,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    actors,
    entries: rows.map((row) => ({ ...row, id: String(row.id), changes: row.changes as FieldChanges })),
  };
}
