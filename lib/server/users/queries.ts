import 'server-only';
import { db } from '../db';
import { requireActor } from '../auth/actor';
import { ACCOUNT_KEY_PREFIX } from '../auth/sign-in-throttle';

export type UserRow = {
  id: string;
  email: string;
  name: string;
  role: 'admin' | 'editor';
  disabled: boolean;
  /** False until the user has set a password through their link. */
  hasPassword: boolean;
  createdAt: Date;
};

/** Every account, admins first, for the users page. Admins only. */
export async function listUsers(headers: Headers): Promise<UserRow[]> {
  await requireActor(headers, 'admin');
  const users = await db().user.findMany({
    orderBy: [{ role: 'asc' }, { email: 'asc' }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabledAt: true,
      createdAt: true,
      // Counted in the same query (no N+1), and the hash itself never leaves the database.
      _count: { select: { accounts: { where: { providerId: 'credential', passwordHash: { not: null } } } } },
    },
  });
  return users.map(({ _count, disabledAt, ...user }) => ({ ...user, disabled: disabledAt !== null, hasPassword: _count.accounts > 0 }));
}

export type SignInFailureRow = {
  email: string;
  failures: number;
  lastAttemptAt: Date;
  /** Distinct client addresses behind the failures (counted up to 1000). */
  addressCount: number;
  /** Seconds until an attempt from an address the account never signed in from is admitted. */
  retryAfterSeconds: number;
  hasAccount: boolean;
};

const RECENT_FAILURES_MS = 24 * 60 * 60 * 1000;
const LISTED_FAILURES = 50;

/** E-mail addresses with failed sign-ins in the last day, latest first: the accounts under attack. Admins only. */
export async function listSignInFailures(headers: Headers, now = new Date()): Promise<SignInFailureRow[]> {
  await requireActor(headers, 'admin');
  const rows = await db().signInThrottle.findMany({
    where: { key: { startsWith: ACCOUNT_KEY_PREFIX }, failures: { gt: 0 }, lastFailureAt: { gt: new Date(now.getTime() - RECENT_FAILURES_MS) } },
    orderBy: { lastFailureAt: 'desc' },
    take: LISTED_FAILURES,
    select: { key: true, failures: true, lastFailureAt: true, nextAttemptAt: true, addresses: true },
  });
  const emails = rows.map((row) => row.key.slice(ACCOUNT_KEY_PREFIX.length));
  const existing = new Set(
    (await db().user.findMany({ where: { email: { in: emails, mode: 'insensitive' } }, select: { email: true } })).map((user) => user.email.toLowerCase()),
  );
  return rows.map((row, index) => ({
    email: emails[index]!,
    failures: row.failures,
    lastAttemptAt: row.lastFailureAt,
    addressCount: row.addresses.length,
    retryAfterSeconds: Math.max(0, Math.ceil((row.nextAttemptAt.getTime() - now.getTime()) / 1000)),
    hasAccount: existing.has(emails[index]!),
  }));
}
