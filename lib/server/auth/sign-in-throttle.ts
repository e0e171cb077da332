import 'server-only';
import { db } from '../db';

/**
 * Failed sign-ins per account and per client address, counted in the database so that a lock holds
 * across restarts and server processes. Unknown e-mail addresses are counted like known ones, so a
 * lock reveals nothing about which accounts exist.
 */
export const SIGN_IN_LIMITS = {
  /** Failures of one e-mail address within the window before it is locked. */
  perAccount: 5,
  /** Failures from one client address (any e-mail) within the window before it is locked. */
  perAddress: 20,
  windowMs: 15 * 60 * 1000,
  lockMs: 15 * 60 * 1000,
} as const;

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const addressKey = (address: string) => `address:${address}`;

/** The latest time until which any of these keys is locked, or null when none is. */
export async function lockedUntil(keys: string[], now = new Date()): Promise<Date | null> {
  const rows = await db().signInThrottle.findMany({ where: { key: { in: keys }, lockedUntil: { gt: now } }, select: { lockedUntil: true } });
  const times = rows.flatMap((row) => (row.lockedUntil ? [row.lockedUntil.getTime()] : []));
  return times.length ? new Date(Math.max(...times)) : null;
}

/** Counts one failure against the key (in one statement, so parallel attempts all count); locks it at the limit. */
export async function recordFailure(key: string, limit: number, now = new Date()): Promise<void> {
  const windowStart = new Date(now.getTime() - SIGN_IN_LIMITS.windowMs);
  const [row] = await db().$queryRaw<{ failures: number }[]>`
    INSERT INTO "SignInThrottle" ("key", "failures", "windowStart") VALUES (${key}, 1, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "SignInThrottle"."windowStart" < ${windowStart} THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
      "windowStart" = CASE WHEN "SignInThrottle"."windowStart" < ${windowStart} THEN ${now} ELSE "SignInThrottle"."windowStart" END
    RETURNING "failures"`;
  if (row && row.failures >= limit) {
    await db().signInThrottle.update({
      where: { key },
      data: { failures: 0, windowStart: now, lockedUntil: new Date(now.getTime() + SIGN_IN_LIMITS.lockMs) },
    });
  }
}

/** A successful sign-in forgives the account's earlier failures (not the address's). */
export async function clearFailures(key: string): Promise<void> {
  await db().signInThrottle.deleteMany({ where: { key } });
}
