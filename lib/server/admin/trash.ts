import 'server-only';
import { db } from '../db';
import { requireActor, type Actor } from '../auth/actor';
import { writeAudit } from './audit';
import { notFound, succeeded, type MutationOutcome } from './outcome';
import { fieldChanges, type AuditRecord } from '@/lib/audit/field-changes';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { AuditEntity } from '@/lib/generated/prisma/enums';

type Tx = Prisma.TransactionClient;

/**
 * The part of a Prisma model's delegate (`tx.partner`, `tx.event`…) that the trash uses. Any model
 * with an `id`, a `version` and a `deletedAt` fits it as is; the type checker refuses one without.
 */
type TrashTable<Id> = {
  findUnique(args: {
    where: { id: Id };
    select: { version: true; updatedAt: true; deletedAt: true };
  }): PromiseLike<{ version: number; updatedAt: Date; deletedAt: Date | null } | null>;
  updateMany(args: {
    where: { id: Id; version?: number; deletedAt?: null };
    data: { deletedAt: Date | null; version: { increment: 1 } };
  }): PromiseLike<{ count: number }>;
  delete(args: { where: { id: Id } }): PromiseLike<unknown>;
};

/** A record kind that can go to the trash. Purging deletes its texts and links by the foreign keys' cascade. */
type TrashableKind<Id> = {
  entity: AuditEntity;
  table: (tx: Tx) => TrashTable<Id>;
  /** The record as the audit log compares it; purge's entry keeps it. */
  snapshot: (tx: Tx, id: Id) => Promise<AuditRecord | null>;
  /** Other records that still refer to it and must go first (a partner's agreements and events). */
  inUse?: (tx: Tx, id: Id) => Promise<boolean>;
};

const state = { version: true, updatedAt: true, deletedAt: true } as const;
const stamp = (deletedAt: Date | null) => ({ deletedAt, version: { increment: 1 } }) as const;

/**
 * Trash, restore and purge for one record kind. An editor trashes (its public pages disappear) over
 * the version they saw; only an admin restores or purges, and purges only from the trash. Each
 * writes its audit entry in the same transaction as its change.
 */
export function trashActions<Id extends string | number>(kind: TrashableKind<Id>) {
  const audit = (actor: Actor, id: Id) => ({ actor, entityType: kind.entity, entityId: String(id) });
  return {
    async trash(headers: Headers, id: Id, version: number): Promise<MutationOutcome<null>> {
      const actor = await requireActor(headers, 'editor');
      return db().$transaction(async (tx) => {
        const now = new Date();
        const { count } = await kind.table(tx).updateMany({ where: { id, version, deletedAt: null }, data: stamp(now) });
        if (count === 0) {
          const current = await kind.table(tx).findUnique({ where: { id }, select: state });
          return !current || current.deletedAt ? notFound : ({ ok: false, error: 'conflict', current } as const);
        }
        await writeAudit(tx, { ...audit(actor, id), action: 'delete', changes: { deletedAt: { before: null, after: now.toISOString() } } });
        return succeeded(null);
      });
    },

    async restore(headers: Headers, id: Id): Promise<MutationOutcome<null>> {
      const actor = await requireActor(headers, 'admin');
      return db().$transaction(async (tx) => {
        const row = await kind.table(tx).findUnique({ where: { id }, select: state });
        if (!row?.deletedAt) return notFound;
        await kind.table(tx).updateMany({ where: { id }, data: stamp(null) });
        await writeAudit(tx, { ...audit(actor, id), action: 'restore', changes: { deletedAt: { before: row.deletedAt.toISOString(), after: null } } });
        return succeeded(null);
      });
    },

    async purge(headers: Headers, id: Id): Promise<MutationOutcome<null>> {
      const actor = await requireActor(headers, 'admin');
      return db().$transaction(async (tx) => {
        const before = await kind.snapshot(tx, id);
        if (!before || before.deletedAt === null) return notFound;
        if (await kind.inUse?.(tx, id)) return { ok: false, error: 'inUse' } as const;
        await kind.table(tx).delete({ where: { id } });
        await writeAudit(tx, { ...audit(actor, id), action: 'purge', changes: fieldChanges(before, null) });
        return succeeded(null);
      });
    },
  };
}
