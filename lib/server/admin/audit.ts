import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { AuditAction, AuditEntity } from '@/lib/generated/prisma/enums';
import type { FieldChanges } from '@/lib/audit/field-changes';
import type { Actor } from '../auth/actor';

/**
 * One audit entry, written inside the transaction that makes the change, so a change never exists
 * without its entry (nor an entry without its change).
 */
export async function writeAudit(
  tx: Prisma.TransactionClient,
  entry: {
    actor: Actor;
    action: AuditAction;
    entityType: AuditEntity;
    entityId: string;
    changes: FieldChanges;
    reviewRequestId?: number;
    restoredFrom?: number;
  },
) {
  await tx.auditLog.create({
    data: {
      actorId: entry.actor.id,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      changes: entry.changes,
      reviewRequestId: entry.reviewRequestId,
      restoredFrom: entry.restoredFrom,
    },
  });
}
