import 'server-only';
import { createHmac } from 'node:crypto';
import { vouchedAddress } from '@/lib/http/client-address';
import type { CooperationSubmissionInput } from '@/lib/schemas/cooperation';
import { db } from '../db';
import { env } from '../env';
import { purgeExpiredSubmissions } from './retention';

/** At most this many submissions from one client address in an hour (docs/decisions/033). */
export const SUBMISSIONS_PER_HOUR = 5;
const HOUR_MS = 3_600_000;

/** Accepted (stored, or a robot's and silently dropped), or over the limit with the wait. */
export type SubmissionResult = 'received' | { retryAfterMinutes: number };

/**
 * The address as a keyed hash: the table never holds an address, and the hashes cannot be reversed
 * by trying all four billion IPv4 addresses without the server's secret. Requests without an
 * address the server vouched for share one count.
 */
const addressKey = (address: string | null) =>
  createHmac('sha256', env().AUTH_SECRET)
    .update(`open-call|${address ?? 'unknown'}`)
    .digest('base64url');

/**
 * Stores one submission to the open call, from anyone: no session is needed, which is the point.
 * The count per address lives in the database, so every server instance applies the same limit;
 * its row is locked while it is checked and counted, so parallel posts cannot slip past it.
 */
export async function submitToOpenCall(headers: Headers, input: CooperationSubmissionInput): Promise<SubmissionResult> {
  // A robot's post (the hidden field filled) looks accepted and leaves nothing behind.
  if (input.website) return 'received';
  const { website: _honeypot, ...fields } = input;
  const addressHash = addressKey(vouchedAddress(headers));
  const now = new Date();
  return db().$transaction(async (tx) => {
    await purgeExpiredSubmissions(tx, now);
    await tx.openCallThrottle.deleteMany({ where: { windowStart: { lte: new Date(now.getTime() - HOUR_MS) } } });
    await tx.openCallThrottle.createMany({ data: [{ addressHash, windowStart: now, count: 0 }], skipDuplicates: true });
    const [row] = await tx.$queryRaw<{ count: number; windowStart: Date }[]>`
      SELECT "count", "windowStart" FROM "OpenCallThrottle" WHERE "addressHash" = ${addressHash} FOR UPDATE`;
    if (!row) throw new Error('the open call throttle row vanished inside its transaction');
    if (row.count >= SUBMISSIONS_PER_HOUR) return { retryAfterMinutes: Math.max(1, Math.ceil((row.windowStart.getTime() + HOUR_MS - now.getTime()) / 60_000)) };
    await tx.openCallThrottle.update({ where: { addressHash }, data: { count: { increment: 1 } } });
    await tx.cooperationSubmission.create({ data: { ...fields, createdAt: now }, select: { id: true } });
    return 'received';
  });
}
