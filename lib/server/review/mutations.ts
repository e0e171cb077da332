import 'server-only';
import { z } from 'zod';
import { db } from '../db';
import { AccessDenied, requireActor, type Actor } from '../auth/actor';
import { notFound, succeeded, type MutationOutcome } from '../admin/outcome';
import { anyKind, isRecordKind, recordIdOf, type ReviewableEntity } from '../admin/record-kinds';
import type { Prisma } from '@/lib/generated/prisma/client';

type Tx = Prisma.TransactionClient;
const fieldErrorsOf = (error: z.ZodError) => Object.fromEntries(error.issues.map((issue) => [issue.path.join('.'), issue.message]));
const invalid = (fieldErrors: Record<string, string>) => ({ ok: false, error: 'invalid', fieldErrors }) as const;

/**
 * Submits a change to a record for review: the form as the editor posted it (it must pass the kind's
 * schema), over the version they edited. Nothing changes on the record. Their own earlier requests
 * for the same record (waiting or returned) are superseded by this one.
 */
export async function submitForReview(
  headers: Headers,
  entity: ReviewableEntity,
  entityId: string,
  version: number,
  form: Record<string, unknown>,
): Promise<MutationOutcome<{ requestId: number }>> {
  const actor = await requireActor(headers, 'editor');
  const kind = anyKind(entity);
  const id = recordIdOf(entity, entityId);
  if (id === null) return notFound;
  const input = kind.input.safeParse(form);
  if (!input.success) return invalid(fieldErrorsOf(input.error));
  return db().$transaction(async (tx) => {
    const current = await kind.snapshot(tx, id);
    if (!current || current.deletedAt !== null) return notFound;
    if (current.version !== version)
      return { ok: false, error: 'conflict', current: { version: Number(current.version), updatedAt: current.updatedAt as Date } } as const;
    await tx.reviewRequest.updateMany({
      where: { entityType: entity, entityId, submittedById: actor.id, state: { in: ['waiting', 'returned'] } },
      data: { state: 'superseded' },
    });
    const request = await tx.reviewRequest.create({
      data: { entityType: entity, entityId, form: form as Prisma.InputJsonObject, baseVersion: version, submittedById: actor.id },
      select: { id: true },
    });
    return succeeded({ requestId: request.id });
  });
}

/** A waiting request, decided by someone other than its submitter (admins included): checked here, not only in the page. */
async function waitingRequest(actor: Actor, requestId: number) {
  const request = await db().reviewRequest.findUnique({ where: { id: requestId } });
  if (!request || request.state !== 'waiting') return null;
  if (request.submittedById === actor.id) throw new AccessDenied('forbidden');
  return request;
}

const decided = (actor: Actor) => ({ reviewedById: actor.id, decidedAt: new Date() });

/**
 * Approves a waiting request: its form is saved through the kind's ordinary save, published now
 * (publishAt null) or scheduled for publishAt, over the version it was made over, so a record
 * changed since is a conflict and nothing is written. The audit entry is the approver's, linked to
 * the request (and so to who submitted it); the request is marked approved in the same transaction.
 */
export async function approveReview(headers: Headers, requestId: number, publishAt: Date | null): Promise<MutationOutcome<null>> {
  const actor = await requireActor(headers, 'editor');
  const request = await waitingRequest(actor, requestId);
  if (!request) return notFound;
  const entity = request.entityType;
  const id = isRecordKind(entity) ? recordIdOf(entity, request.entityId) : null;
  if (!isRecordKind(entity) || id === null) return notFound;
  const kind = anyKind(entity);
  const publication = publishAt ? { publicationStatus: 'scheduled', publishAt: publishAt.toISOString() } : { publicationStatus: 'published', publishAt: '' };
  const input = kind.input.safeParse({ ...(request.form as Record<string, unknown>), ...publication });
  // The rules may have changed since it was submitted (a partner it names was trashed): refused field by field.
  if (!input.success) return invalid(fieldErrorsOf(input.error));
  const saved = await kind.writes.update(headers, id, request.baseVersion, input.data, {
    review: {
      requestId,
      settle: async (tx: Tx) => {
        await tx.reviewRequest.update({ where: { id: requestId }, data: { state: 'approved', ...decided(actor) } });
      },
    },
  });
  return saved.ok ? succeeded(null) : saved;
}

/** Returns a waiting request to its submitter with a comment saying why; the record stays as it is. */
export async function returnReview(headers: Headers, requestId: number, comment: string): Promise<MutationOutcome<null>> {
  const actor = await requireActor(headers, 'editor');
  if (comment.trim() === '') return invalid({ comment: 'required' });
  const request = await waitingRequest(actor, requestId);
  if (!request) return notFound;
  const { count } = await db().reviewRequest.updateMany({
    where: { id: requestId, state: 'waiting' },
    data: { state: 'returned', comment: comment.trim(), ...decided(actor) },
  });
  return count === 1 ? succeeded(null) : notFound;
}
