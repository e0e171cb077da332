import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { ACCOUNT_DELAYS, ADDRESS_DELAYS, delayAfter, type DelaySchedule } from '@/lib/security/sign-in-delay';
import { db } from '../db';

/**
 * Sign-in attempts per account and per client address, in the database so that every server
 * process behind a load balancer applies one schedule. Unknown e-mail addresses are counted like
 * known ones, so a delay reveals nothing about which accounts exist.
 */
export const ACCOUNT_KEY_PREFIX = 'account:';
const accountKey = (email: string) => `${ACCOUNT_KEY_PREFIX}${email.trim().toLowerCase()}`;
const addressKey = (address: string) => `address:${address}`;

/** Enough to tell a few addresses from a botnet, while a row stays small. */
const MAX_LISTED_ADDRESSES = 1000;
const MAX_KNOWN_ADDRESSES = 10;

type ThrottleRow = { key: string; failures: number; lastFailureAt: Date; nextAttemptAt: Date; addresses: string[] | null; knownAddresses: string[] | null };
type Counter = { key: string; schedule: DelaySchedule; isAccount: boolean };

type Admission = { admitted: true } | { admitted: false; retryAfterSeconds: number };

const forgotten = (row: ThrottleRow, schedule: DelaySchedule, now: Date) => now.getTime() - row.lastFailureAt.getTime() >= schedule.forgetAfterSeconds * 1000;

/**
 * Admits one attempt, or says how long to wait. An admitted attempt counts as a failure at once
 * (the rows stay locked until it is counted), so parallel attempts cannot all slip through one
 * opening; a sign-in withdraws it (`recordSignIn`). An account's own delay does not hold back the
 * addresses it last signed in from: an attacker elsewhere cannot keep its owner out even for the cap.
 */
export async function admitAttempt(email: string, address: string | null, now = new Date()): Promise<Admission> {
  const counters: Counter[] = [
    { key: accountKey(email), schedule: ACCOUNT_DELAYS, isAccount: true },
    ...(address ? [{ key: addressKey(address), schedule: ADDRESS_DELAYS, isAccount: false }] : []),
  ].sort((a, b) => a.key.localeCompare(b.key)); // one lock order for every transaction
  return db().$transaction(async (tx) => {
    const never = new Date(0);
    await tx.signInThrottle.createMany({ data: counters.map(({ key }) => ({ key, lastFailureAt: never, nextAttemptAt: never })), skipDuplicates: true });
    const rows = await tx.$queryRaw<ThrottleRow[]>`
      SELECT "key", "failures", "lastFailureAt", "nextAttemptAt", "addresses", "knownAddresses" FROM "SignInThrottle"
      WHERE "key" IN (${Prisma.join(counters.map((c) => c.key))}) ORDER BY "key" FOR UPDATE`;
    const rowOf = new Map(rows.map((row) => [row.key, row]));
    let waitMs = 0;
    for (const { key, schedule, isAccount } of counters) {
      const row = rowOf.get(key)!;
      const exempt = isAccount && address !== null && (row.knownAddresses ?? []).includes(address);
      if (!exempt && !forgotten(row, schedule, now)) waitMs = Math.max(waitMs, row.nextAttemptAt.getTime() - now.getTime());
    }
    if (waitMs > 0) return { admitted: false, retryAfterSeconds: Math.ceil(waitMs / 1000) };
    for (const { key, schedule, isAccount } of counters) {
      const row = rowOf.get(key)!;
      const fresh = forgotten(row, schedule, now);
      const failures = (fresh ? 0 : row.failures) + 1;
      const listed = fresh ? [] : (row.addresses ?? []);
      const addresses = isAccount && address && !listed.includes(address) && listed.length < MAX_LISTED_ADDRESSES ? [...listed, address] : listed;
      await tx.signInThrottle.update({
        where: { key },
        data: {
          failures,
          lastFailureAt: now,
          nextAttemptAt: new Date(now.getTime() + delayAfter(failures, schedule) * 1000),
          addresses,
          ...(fresh && { windowStart: now }),
        },
      });
    }
    return { admitted: true };
  });
}

/**
 * A sign-in withdraws its own attempt from the counts. The account's failures are forgiven when they
 * all came from this address (the owner's typos); when other addresses failed too, the count stays,
 * so signing in hands an attacker no fresh free guesses, and this address joins the known ones.
 */
export async function recordSignIn(email: string, address: string | null): Promise<void> {
  await db().$transaction(async (tx) => {
    const key = accountKey(email);
    const account = await tx.signInThrottle.findUnique({ where: { key }, select: { addresses: true, knownAddresses: true } });
    if (account) {
      const onlyHere = account.addresses.every((a) => a === address);
      const knownAddresses = address ? [address, ...account.knownAddresses.filter((a) => a !== address)].slice(0, MAX_KNOWN_ADDRESSES) : account.knownAddresses;
      await tx.signInThrottle.update({
        where: { key },
        // A decrement, not a value read earlier, so an attempt counted meanwhile stays counted.
        data: onlyHere ? { failures: 0, addresses: [], nextAttemptAt: new Date(), knownAddresses } : { failures: { decrement: 1 }, knownAddresses },
      });
    }
    if (address) await tx.signInThrottle.updateMany({ where: { key: addressKey(address), failures: { gt: 0 } }, data: { failures: { decrement: 1 } } });
  });
}
