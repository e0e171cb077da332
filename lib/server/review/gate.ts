import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * The field error a save gets when two-person review is on and the save would leave the record
 * public or scheduled: the edit form submits it for review instead (docs/decisions/044).
 */
export const REVIEW_REQUIRED = { publicationStatus: 'reviewRequired' } as const;

/** Whether a save that leaves the record in this state must wait for someone else's approval. */
export async function needsApproval(tx: Prisma.TransactionClient, publicationStatus: string): Promise<boolean> {
  if (publicationStatus === 'draft') return false; // taking a record off the site never waits
  const settings = await tx.homeCity.findUnique({ where: { id: 1 }, select: { twoPersonReview: true } });
  return settings?.twoPersonReview ?? false;
}

/** Whether a write was refused only because it needs review. */
export const wantsReview = (outcome: { ok: boolean; error?: string; fieldErrors?: Record<string, string> }): boolean =>
  !outcome.ok && outcome.error === 'invalid' && outcome.fieldErrors?.publicationStatus === REVIEW_REQUIRED.publicationStatus;
