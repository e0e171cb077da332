import 'server-only';
import { db } from '../db';
import { requireActor, type Actor } from '../auth/actor';
import { writeAudit } from './audit';
import { needsApproval, REVIEW_REQUIRED } from '../review/gate';
import { isConstraintViolation, isUniqueViolation, notFound, succeeded, type MutationOutcome } from './outcome';
import { fieldChanges, type AuditRecord } from '@/lib/audit/field-changes';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { AuditEntity } from '@/lib/generated/prisma/enums';

type Tx = Prisma.TransactionClient;

/**
 * The part of a Prisma model's delegate that creating and saving use. Written as methods, so that a
 * model's own `create`/`updateMany` (whose `data` is that model's input type) fits it as is.
 */
type VersionedTable<Id, Columns> = {
  create(args: { data: Columns; select: { id: true } }): PromiseLike<{ id: Id }>;
  updateMany(args: { where: { id: Id; version: number; deletedAt: null }; data: Columns & { version: { increment: 1 } } }): PromiseLike<{ count: number }>;
  findUniqueOrThrow(args: { where: { id: Id }; select: { version: true; updatedAt: true } }): PromiseLike<{ version: number; updatedAt: Date }>;
};

/** A record kind an editor creates and saves over a version: partners, agreements, events. */
type VersionedKind<Id, Input, Columns> = {
  entity: AuditEntity;
  table: (tx: Tx) => VersionedTable<Id, Columns>;
  /** The record's own columns, from the form's input. */
  columns: (input: Input) => Columns;
  /** Replaces its texts and links (translations, history, partners…) with the input's. */
  writeChildren: (tx: Tx, id: Id, input: Input) => Promise<void>;
  /** The record as the audit log compares it. */
  snapshot: (tx: Tx, id: Id) => Promise<AuditRecord | null>;
  /** What only the database can tell about the input (its references exist), as field error keys. */
  check?: (tx: Tx, input: Input, id: Id | null) => Promise<Record<string, string>>;
  /** Its slug is unique: a taken one is the slug field's error, not a 500. */
  slugged?: boolean;
  /**
   * Rules across rows that only the database sees at commit (its deferred constraint triggers), by
   * constraint name: the field errors to answer with instead of a 500.
   */
  refusals?: Record<string, Record<string, string>>;
};

/** An approved review request being applied: the save it approves, and what marks it approved in the same transaction. */
type ApprovedReview = { requestId: number; settle: (tx: Tx) => Promise<void> };

/** Where a save comes from, when not from the edit form: an approved review, or a restored version. */
export type SaveOrigin = { review?: ApprovedReview; restoredFrom?: number };

const invalid = (fieldErrors: Record<string, string>) => ({ ok: false, error: 'invalid', fieldErrors }) as const;

/**
 * Create and update for one record kind. Only editors and admins write; each write and its audit
 * entry share one transaction. An update is saved over the version the editor started from: if
 * someone saved in between, nothing is written and the caller learns the current version, so the
 * second editor can compare before saving again. Going public is audited as "publish". With
 * two-person review on, a save that would leave the record public or scheduled is refused (the form
 * submits it for review) unless it applies an approved review request.
 */
export function versionedWrites<Id extends string | number, Input extends { publicationStatus: string }, Columns>(kind: VersionedKind<Id, Input, Columns>) {
  const refusalsAsFieldErrors = async <T>(write: () => Promise<MutationOutcome<T>>): Promise<MutationOutcome<T>> => {
    try {
      return await write();
    } catch (error) {
      if (kind.slugged && isUniqueViolation(error, 'slug')) return invalid({ slug: 'taken' });
      const refusal = Object.entries(kind.refusals ?? {}).find(([constraint]) => isConstraintViolation(error, constraint));
      if (refusal) return invalid(refusal[1]);
      throw error;
    }
  };
  const refusedReferences = async (tx: Tx, input: Input, id: Id | null) => {
    const errors = (await kind.check?.(tx, input, id)) ?? {};
    return Object.keys(errors).length > 0 ? invalid(errors) : null;
  };

  /** Creates inside the caller's transaction, as an actor the caller has checked. */
  const createIn = async (tx: Tx, actor: Actor, input: Input): Promise<MutationOutcome<{ id: Id }>> => {
    if (await needsApproval(tx, input.publicationStatus)) return invalid(REVIEW_REQUIRED);
    const refused = await refusedReferences(tx, input, null);
    if (refused) return refused;
    const { id } = await kind.table(tx).create({ data: kind.columns(input), select: { id: true } });
    await kind.writeChildren(tx, id, input);
    await writeAudit(tx, {
      actor,
      action: 'create',
      entityType: kind.entity,
      entityId: String(id),
      changes: fieldChanges(null, await kind.snapshot(tx, id)),
    });
    return succeeded({ id });
  };

  /** Saves over `version` inside the caller's transaction, as an actor the caller has checked. */
  const updateIn = async (
    tx: Tx,
    actor: Actor,
    id: Id,
    version: number,
    input: Input,
    origin: SaveOrigin = {},
  ): Promise<MutationOutcome<{ version: number }>> => {
    const { review, restoredFrom } = origin;
    const before = await kind.snapshot(tx, id);
    if (!before || before.deletedAt !== null) return notFound;
    if (!review && (await needsApproval(tx, input.publicationStatus))) return invalid(REVIEW_REQUIRED);
    const refused = await refusedReferences(tx, input, id);
    if (refused) return refused;
    const table = kind.table(tx);
    const { count } = await table.updateMany({ where: { id, version, deletedAt: null }, data: { ...kind.columns(input), version: { increment: 1 } } });
    if (count === 0) {
      const current = await table.findUniqueOrThrow({ where: { id }, select: { version: true, updatedAt: true } });
      return { ok: false, error: 'conflict', current } as const;
    }
    await kind.writeChildren(tx, id, input);
    const becamePublic = before.publicationStatus !== 'published' && input.publicationStatus === 'published';
    await writeAudit(tx, {
      actor,
      action: becamePublic ? 'publish' : 'update',
      entityType: kind.entity,
      entityId: String(id),
      changes: fieldChanges(before, await kind.snapshot(tx, id)),
      reviewRequestId: review?.requestId,
      restoredFrom,
    });
    await review?.settle(tx);
    return succeeded({ version: version + 1 });
  };

  return {
    async create(headers: Headers, input: Input): Promise<MutationOutcome<{ id: Id }>> {
      const actor = await requireActor(headers, 'editor');
      return refusalsAsFieldErrors(() => db().$transaction((tx) => createIn(tx, actor, input)));
    },

    /** `origin`: the approved review this save applies, or the history's version number it puts back; its audit entry records either. */
    async update(headers: Headers, id: Id, version: number, input: Input, origin: SaveOrigin = {}): Promise<MutationOutcome<{ version: number }>> {
      const actor = await requireActor(headers, 'editor');
      return refusalsAsFieldErrors(() => db().$transaction((tx) => updateIn(tx, actor, id, version, input, origin)));
    },

    /** The same writes in a transaction of the caller's, which has checked the actor: an import applies all its rows in one. */
    inTransaction: { create: createIn, update: updateIn },
  };
}
