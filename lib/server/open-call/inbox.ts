import 'server-only';
import { calendarDayAt, localSolarOffset } from '@/lib/dates/twin-towns-day';
import { serialIdSchema } from '@/lib/schemas/record-ids';
import { pageNumberSchema } from '@/lib/schemas/page-number';
import { db } from '../db';
import { requireActor } from '../auth/actor';
import { writeAudit } from '../admin/audit';
import { notFound, succeeded, type MutationOutcome } from '../admin/outcome';
import { purgeExpiredSubmissions } from './retention';

// Never 'use cache': the inbox holds what strangers sent (names, e-mail addresses, messages), read
// by editors and admins only, per request, after the session is checked here.

const INBOX_PAGE_SIZE = 20;

/** The inbox, newest first, one page of it; what is past its retention period is deleted first. */
export async function listSubmissions(headers: Headers, page: unknown) {
  await requireActor(headers, 'editor');
  const pageNumber = pageNumberSchema.parse(page);
  return db().$transaction(async (tx) => {
    await purgeExpiredSubmissions(tx, new Date());
    const [total, rows] = await Promise.all([
      tx.cooperationSubmission.count(),
      tx.cooperationSubmission.findMany({
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        skip: (pageNumber - 1) * INBOX_PAGE_SIZE,
        take: INBOX_PAGE_SIZE,
        select: { id: true, createdAt: true, name: true, organization: true, countryCode: true, theme: true, proposalId: true },
      }),
    ]);
    return { total, page: pageNumber, pageCount: Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE)), items: rows };
  });
}

/** One submission, or null for an id that names none (or none any longer). */
export async function getSubmission(headers: Headers, id: unknown) {
  await requireActor(headers, 'editor');
  const parsed = serialIdSchema.safeParse(id);
  if (!parsed.success) return null;
  return db().$transaction(async (tx) => {
    await purgeExpiredSubmissions(tx, new Date());
    return tx.cooperationSubmission.findUnique({ where: { id: parsed.data } });
  });
}

/**
 * Makes an internal draft proposal of a submission, in one step: the proposed partner is the
 * organization (else the person), the rationale the message, at stage "initiative" dated today at
 * the home city; the submission links it. A submission already made into one leads to that one.
 * The audit entry names the proposal's facts and the submission's id, never what the person wrote:
 * the inbox's personal data stays out of the audit log.
 */
export async function createProposalFromSubmission(
  headers: Headers,
  submissionId: number,
  countryCode: string,
): Promise<MutationOutcome<{ proposalId: number }>> {
  const actor = await requireActor(headers, 'editor');
  const now = new Date();
  return db().$transaction(async (tx) => {
    await purgeExpiredSubmissions(tx, now);
    const [submission] = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "CooperationSubmission" WHERE id = ${submissionId} FOR UPDATE`;
    if (!submission) return notFound;
    const { name, organization, message, proposalId } = await tx.cooperationSubmission.findUniqueOrThrow({ where: { id: submissionId } });
    if (proposalId !== null) return succeeded({ proposalId });
    const home = await tx.homeCity.findUnique({ where: { id: 1 }, select: { longitude: true } });
    const today = calendarDayAt(now, localSolarOffset(home?.longitude ?? 0));
    const proposal = await tx.proposal.create({
      data: {
        countryCode,
        stage: 'initiative',
        visibility: 'internal',
        publicationStatus: 'draft',
        translations: { create: { locale: 'ru', partnerName: organization ?? name, initiator: name, rationale: message } },
        stages: { create: { position: 0, stage: 'initiative', date: today, precision: 'day' } },
      },
      select: { id: true },
    });
    await tx.cooperationSubmission.update({ where: { id: submissionId }, data: { proposalId: proposal.id } });
    await writeAudit(tx, {
      actor,
      action: 'create',
      entityType: 'proposal',
      entityId: String(proposal.id),
      changes: {
        countryCode: { before: null, after: countryCode },
        stage: { before: null, after: 'initiative' },
        visibility: { before: null, after: 'internal' },
        publicationStatus: { before: null, after: 'draft' },
        fromSubmission: { before: null, after: submissionId },
      },
    });
    return succeeded({ proposalId: proposal.id });
  });
}
