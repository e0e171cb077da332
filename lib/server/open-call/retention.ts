import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';

const DAY_MS = 86_400_000;
const DEFAULT_RETENTION_DAYS = 365; // the schema's default, before the settings exist

/**
 * Deletes the submissions older than the settings' retention period. Run inside every write to and
 * read of the inbox, so nothing past its period is ever shown, on any instance, and no scheduler is
 * needed: an inbox nobody opens and nobody writes to holds only what it already held.
 */
export async function purgeExpiredSubmissions(tx: Prisma.TransactionClient, now: Date): Promise<void> {
  const settings = await tx.homeCity.findUnique({ where: { id: 1 }, select: { submissionRetentionDays: true } });
  const days = settings?.submissionRetentionDays ?? DEFAULT_RETENTION_DAYS;
  await tx.cooperationSubmission.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - days * DAY_MS) } } });
}
