import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { isAPIError } from 'better-auth/api';
import { auth } from '@/lib/server/auth/auth';
import { AccessDenied, actorFromHeaders, requireActor } from '@/lib/server/auth/actor';
import { issueSetPasswordLink, setPasswordLinkOwner, setPasswordWithLink } from '@/lib/server/auth/set-password-link';
import { ACCOUNT_DELAYS, ADDRESS_DELAYS } from '@/lib/security/sign-in-delay';
import { listSignInFailures, listUsers } from '@/lib/server/users/queries';
import { inviteUser, resetUserAccess, setUserDisabled } from '@/lib/server/users/mutations';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { cookieHeader, createUserWithPassword, signedInHeaders, TEST_PASSWORD } from '../support/auth';

let database: TestDatabase;
let adminHeaders: Headers;
let editorHeaders: Headers;

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url; // the data layer's own client connects here on first use
  adminHeaders = await signedInHeaders(database.prisma, { role: 'admin' });
  editorHeaders = await signedInHeaders(database.prisma, { role: 'editor' });
});
afterAll(() => database.drop());

/** auth.api.signInEmail as the sign-in page calls it, from a given client address; a delay answers how long. */
async function signIn(email: string, password: string, address = '192.0.2.1') {
  try {
    await auth().api.signInEmail({ body: { email, password }, headers: new Headers({ 'x-forwarded-for': address }) });
    return 'ok';
  } catch (error) {
    if (!isAPIError(error)) throw error;
    return error.statusCode === 429 ? { wait: Number(new Headers(error.headers).get('retry-after')) } : error.statusCode;
  }
}

const denied = (promise: Promise<unknown>) =>
  promise.then(
    () => 'allowed',
    (error: unknown) => (error instanceof AccessDenied ? error.reason : error),
  );

describe('requireActor', () => {
  it('refuses a request without a session cookie, or with a forged one', async () => {
    expect(await denied(requireActor(new Headers(), 'editor'))).toBe('unauthenticated');
    expect(await denied(requireActor(new Headers({ cookie: 'portal.session_token=forged.value' }), 'editor'))).toBe('unauthenticated');
    // A real token without the server's signature is as good as none.
    const session = await database.prisma.session.findFirstOrThrow();
    expect(await denied(requireActor(new Headers({ cookie: `portal.session_token=${session.token}` }), 'editor'))).toBe('unauthenticated');
  });

  it('refuses an editor where an admin is required, and lets an admin do what an editor may', async () => {
    expect(await denied(requireActor(editorHeaders, 'admin'))).toBe('forbidden');
    expect(await requireActor(editorHeaders, 'editor')).toMatchObject({ role: 'editor' });
    expect(await requireActor(adminHeaders, 'editor')).toMatchObject({ role: 'admin' });
    expect(await requireActor(adminHeaders, 'admin')).toMatchObject({ role: 'admin', name: 'Test admin' });
  });

  it('refuses an expired session', async () => {
    const headers = await signedInHeaders(database.prisma, { role: 'admin' });
    const actor = await requireActor(headers, 'admin');
    await database.prisma.session.updateMany({ where: { userId: actor.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await denied(requireActor(headers, 'editor'))).toBe('unauthenticated');
  });

  it('refuses a disabled user even while a session row survives', async () => {
    const headers = await signedInHeaders(database.prisma, { role: 'editor' });
    const actor = await requireActor(headers, 'editor');
    await database.prisma.user.update({ where: { id: actor.id }, data: { disabledAt: new Date() } });
    expect(await actorFromHeaders(headers)).toBeNull();
  });
});

describe('user management', () => {
  it('is refused without a session and to editors', async () => {
    const target = (await database.prisma.user.findFirstOrThrow({ where: { role: 'editor' } })).id;
    const input = { email: 'new@example.org', name: 'New', role: 'editor' as const };
    for (const headers of [new Headers(), editorHeaders]) {
      const reason = headers === editorHeaders ? 'forbidden' : 'unauthenticated';
      expect(await denied(listUsers(headers))).toBe(reason);
      expect(await denied(inviteUser(headers, input, 'ru'))).toBe(reason);
      expect(await denied(resetUserAccess(headers, target, 'ru'))).toBe(reason);
      expect(await denied(setUserDisabled(headers, target, true))).toBe(reason);
    }
    expect(await database.prisma.user.count({ where: { email: input.email } })).toBe(0);
    expect(await database.prisma.user.count({ where: { id: target, disabledAt: { not: null } } })).toBe(0);
  });

  it('invites an editor, whose one-time link sets a password that signs in', async () => {
    const outcome = await inviteUser(adminHeaders, { email: 'aigerim@example.org', name: 'Айгерим', role: 'editor' }, 'kk');
    expect(outcome.ok).toBe(true);
    const link = outcome.ok ? outcome.link : undefined;
    expect(link?.url).toMatch(/^http:\/\/localhost:3000\/kk\/admin\/set-password\?token=[\w-]{40,}$/);
    expect(link!.expiresAt.getTime() - Date.now()).toBeGreaterThan(71 * 60 * 60 * 1000);
    const token = new URL(link!.url).searchParams.get('token')!;

    expect(await signIn('aigerim@example.org', 'anything at all 1')).toBe(401); // no password yet
    // The token is stored hashed: the database alone cannot produce a working link.
    expect(await database.prisma.verification.count({ where: { identifier: { contains: token } } })).toBe(0);
    expect(await setPasswordLinkOwner(token)).toBe('aigerim@example.org');
    expect(await setPasswordWithLink(token, 'a long new password')).toBe(true);
    expect(await setPasswordWithLink(token, 'another long password')).toBe(false); // spent
    expect(await signIn('aigerim@example.org', 'a long new password')).toBe('ok');

    const users = await listUsers(adminHeaders);
    expect(users.find((u) => u.email === 'aigerim@example.org')).toMatchObject({ name: 'Айгерим', role: 'editor', disabled: false, hasPassword: true });
    expect(await inviteUser(adminHeaders, { email: 'aigerim@example.org', name: 'Again', role: 'editor' }, 'ru')).toEqual({ ok: false, error: 'emailTaken' });
    expect(await database.prisma.auditLog.count({ where: { entityType: 'user', action: 'create' } })).toBe(1);
  });

  it('stores a password only as a scrypt hash', async () => {
    const user = await createUserWithPassword(database.prisma, { role: 'editor' });
    const { passwordHash } = await database.prisma.account.findFirstOrThrow({ where: { userId: user.id } });
    expect(passwordHash).not.toContain(TEST_PASSWORD);
    expect(passwordHash).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/); // better-auth's scrypt: salt:key
  });

  it('resets access: the old password and sessions stop working, a new link works', async () => {
    const headers = await signedInHeaders(database.prisma, { role: 'editor', email: 'reset-me@example.org' });
    const { id } = await requireActor(headers, 'editor');
    const outcome = await resetUserAccess(adminHeaders, id, 'en');
    expect(await actorFromHeaders(headers)).toBeNull();
    expect(await signIn('reset-me@example.org', TEST_PASSWORD, '192.0.2.50')).toBe(401);
    const token = new URL(outcome.ok ? outcome.link!.url : 'http://x/').searchParams.get('token')!;
    expect(await setPasswordWithLink(token, 'a brand new password')).toBe(true);
    expect(await signIn('reset-me@example.org', 'a brand new password', '192.0.2.50')).toBe('ok');
    const self = await requireActor(adminHeaders, 'admin');
    expect(await resetUserAccess(adminHeaders, self.id, 'en')).toEqual({ ok: false, error: 'self' });
  });

  it('disables a user (signed out, cannot sign in, links withdrawn) and enables them again', async () => {
    const headers = await signedInHeaders(database.prisma, { role: 'editor', email: 'disable-me@example.org' });
    const { id } = await requireActor(headers, 'editor');
    const pending = await issueSetPasswordLink(id, 'ru');
    const pendingToken = new URL(pending.url).searchParams.get('token')!;
    expect(await setUserDisabled(adminHeaders, id, true)).toEqual({ ok: true });
    expect(await database.prisma.session.count({ where: { userId: id } })).toBe(0);
    expect(await actorFromHeaders(headers)).toBeNull();
    expect(await setPasswordLinkOwner(pendingToken)).toBeNull();
    expect(await signIn('disable-me@example.org', TEST_PASSWORD, '192.0.2.60')).toBe(401);

    expect(await setUserDisabled(adminHeaders, id, false)).toEqual({ ok: true });
    expect(await signIn('disable-me@example.org', TEST_PASSWORD, '192.0.2.60')).toBe('ok');
    const self = await requireActor(adminHeaders, 'admin');
    expect(await setUserDisabled(adminHeaders, self.id, true)).toEqual({ ok: false, error: 'self' });
  });
});

describe('sign-in throttling', () => {
  // Only the clock is faked: the database driver's timers stay real.
  const later = (seconds: number) => vi.setSystemTime(Date.now() + seconds * 1000);
  beforeAll(() => vi.useFakeTimers({ toFake: ['Date'], now: Date.now() }));
  afterEach(() => later(24 * 60 * 60)); // every test starts with forgotten counts
  afterAll(() => vi.useRealTimers());

  it('delays an account after five failures from any addresses, by at most a minute, and lets its owner in while another address keeps failing', async () => {
    await createUserWithPassword(database.prisma, { role: 'editor', email: 'owner@example.org' });
    for (let i = 0; i < ACCOUNT_DELAYS.freeFailures; i++) expect(await signIn('owner@example.org', 'wrong password!', `198.51.100.${i}`)).toBe(401);
    // Even the right password waits its turn, from anywhere: that is what keeps guessing slow.
    expect(await signIn('owner@example.org', TEST_PASSWORD, '198.51.100.99')).toEqual({ wait: 1 });

    // One address keeps guessing as fast as it is let: the account's wait stops at a minute, the
    // address's own wait grows past it.
    const waits: number[] = [];
    for (let guesses = 0; guesses < 40;) {
      const answer = await signIn('owner@example.org', 'wrong password!', '203.0.113.66');
      if (typeof answer === 'object') {
        waits.push(answer.wait);
        later(answer.wait);
      } else guesses++;
    }
    expect(Math.max(...waits)).toBe(ADDRESS_DELAYS.capSeconds);
    expect(waits).toContain(ACCOUNT_DELAYS.capSeconds);

    // The owner, from a clean address, waits at most the account's cap, then gets in even though
    // the attacker tries again at that very moment.
    const ownerWait = await signIn('owner@example.org', TEST_PASSWORD, '192.0.2.140');
    expect(ownerWait).toEqual({ wait: expect.any(Number) });
    const seconds = typeof ownerWait === 'object' ? ownerWait.wait : Infinity;
    expect(seconds).toBeLessThanOrEqual(ACCOUNT_DELAYS.capSeconds);
    later(seconds);
    expect(await signIn('owner@example.org', 'wrong password!', '203.0.113.66')).toEqual({ wait: expect.any(Number) });
    expect(await signIn('owner@example.org', TEST_PASSWORD, '192.0.2.140')).toBe('ok');
  });

  it('holds many addresses together to one guess a minute, but never the addresses the owner signed in from', async () => {
    await createUserWithPassword(database.prisma, { role: 'editor', email: 'target@example.org' });
    expect(await signIn('target@example.org', TEST_PASSWORD, '192.0.2.141')).toBe('ok');
    let address = 0;
    const attacker = () => signIn('target@example.org', 'wrong password!', `198.18.${Math.floor(address / 250)}.${address++ % 250}`);
    // A botnet, each guess from a fresh address, for ten minutes.
    let guesses = 0;
    for (let elapsed = 0; elapsed < 600;) {
      const answer = await attacker();
      if (typeof answer === 'object') {
        later(answer.wait);
        elapsed += answer.wait;
      } else guesses++;
    }
    // 5 at once, 6 more in 63 seconds, then one a minute.
    expect(guesses).toBe(19);
    expect(await attacker()).toBe(401);
    expect(await attacker()).toEqual({ wait: ACCOUNT_DELAYS.capSeconds });
    // The owner's own address is not held back by the account's delay; a typo there counts like any.
    expect(await signIn('target@example.org', 'my old password!', '192.0.2.141')).toBe(401);
    expect(await signIn('target@example.org', TEST_PASSWORD, '192.0.2.141')).toBe('ok');
  });

  it('answers an unknown e-mail exactly as a known one', async () => {
    await createUserWithPassword(database.prisma, { role: 'editor', email: 'exists@example.org' });
    const answers = [];
    for (const email of ['exists@example.org', 'nobody-here@example.org']) {
      const attempts = [];
      for (let i = 0; i <= ACCOUNT_DELAYS.freeFailures + 1; i++) {
        attempts.push(
          await auth()
            .api.signInEmail({ body: { email, password: 'wrong password!' }, headers: new Headers({ 'x-forwarded-for': `198.51.101.${i}` }) })
            .then(
              () => 'ok',
              (error: unknown) =>
                isAPIError(error) ? { status: error.statusCode, body: error.body, retryAfter: new Headers(error.headers).get('retry-after') } : error,
            ),
        );
      }
      answers.push(attempts);
    }
    expect(answers[0]!.at(-1)).toMatchObject({ status: 429, retryAfter: '1' });
    expect(answers[1]).toEqual(answers[0]);
  });

  it("forgives the owner's own failures once they sign in, but not others'", async () => {
    await createUserWithPassword(database.prisma, { role: 'editor', email: 'typos@example.org' });
    for (let i = 0; i < ACCOUNT_DELAYS.freeFailures; i++) expect(await signIn('typos@example.org', 'wrong password!', '192.0.2.150')).toBe(401);
    later(1);
    expect(await signIn('typos@example.org', TEST_PASSWORD, '192.0.2.150')).toBe('ok');
    expect(await database.prisma.signInThrottle.findUniqueOrThrow({ where: { key: 'account:typos@example.org' } })).toMatchObject({ failures: 0 });

    for (let i = 0; i < ACCOUNT_DELAYS.freeFailures; i++) expect(await signIn('typos@example.org', 'wrong password!', `198.51.102.${i}`)).toBe(401);
    later(1);
    expect(await signIn('typos@example.org', TEST_PASSWORD, '192.0.2.150')).toBe('ok');
    // Someone else's failures stay counted: signing in hands them no fresh free guesses.
    expect(await signIn('typos@example.org', 'wrong password!', '198.51.102.9')).toEqual({ wait: expect.any(Number) });
  });

  it('slows a client address that tries many accounts, and no other', async () => {
    await createUserWithPassword(database.prisma, { role: 'editor', email: 'victim@example.org' });
    for (let i = 0; i < ADDRESS_DELAYS.freeFailures; i++) expect(await signIn(`guess${i}@example.org`, 'wrong password!', '203.0.113.7')).toBe(401);
    expect(await signIn('victim@example.org', TEST_PASSWORD, '203.0.113.7')).toEqual({ wait: 1 });
    expect(await signIn('victim@example.org', TEST_PASSWORD, '203.0.113.8')).toBe('ok');
  });

  it('shows admins, and only admins, the e-mail addresses under attack', async () => {
    await createUserWithPassword(database.prisma, { role: 'editor', email: 'attacked@example.org' });
    for (let i = 0; i < 6; i++) {
      if (i === ACCOUNT_DELAYS.freeFailures) later(1);
      expect(await signIn('attacked@example.org', 'wrong password!', `198.51.103.${i % 3}`)).toBe(401);
    }
    expect(await signIn('no-such-person@example.org', 'wrong password!', '198.51.103.9')).toBe(401);
    // Sessions of this moment: the faked clock has run past the file's own.
    const [admin, editor] = [await signedInHeaders(database.prisma, { role: 'admin' }), await signedInHeaders(database.prisma, { role: 'editor' })];
    expect(await denied(listSignInFailures(editor))).toBe('forbidden');
    expect(await denied(listSignInFailures(new Headers()))).toBe('unauthenticated');
    const rows = await listSignInFailures(admin);
    expect(rows.find((row) => row.email === 'attacked@example.org')).toMatchObject({ failures: 6, addressCount: 3, hasAccount: true, retryAfterSeconds: 2 });
    expect(rows.find((row) => row.email === 'no-such-person@example.org')).toMatchObject({
      failures: 1,
      addressCount: 1,
      hasAccount: false,
      retryAfterSeconds: 0,
    });
  });

  it('rate-limits the HTTP sign-in endpoint per address, and refuses sign-up', async () => {
    const post = (path: string, body: object, address: string) =>
      auth().handler(
        new Request(`http://localhost:3000/api/auth${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: 'http://localhost:3000', 'x-forwarded-for': address },
          body: JSON.stringify(body),
        }),
      );
    const user = await createUserWithPassword(database.prisma, { role: 'editor' });
    const ok = await post('/sign-in/email', { email: user.email, password: TEST_PASSWORD }, '192.0.2.200');
    expect(ok.status).toBe(200);
    const cookie = ok.headers.getSetCookie().find((line) => line.startsWith('portal.session_token='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(await actorFromHeaders(new Headers({ cookie: cookieHeader(ok.headers.getSetCookie()) }))).toMatchObject({ email: user.email });

    const statuses = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await post('/sign-in/email', { email: `x${i}@example.org`, password: 'wrong password!' }, '192.0.2.201')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    expect((await post('/sign-in/email', { email: user.email, password: TEST_PASSWORD }, '192.0.2.201')).status).toBe(429);

    const signUp = await post('/sign-up/email', { email: 'intruder@example.org', password: 'a long enough password', name: 'X' }, '192.0.2.202');
    expect(signUp.status).toBeGreaterThanOrEqual(400);
    expect(await database.prisma.user.count({ where: { email: 'intruder@example.org' } })).toBe(0);
  });

  it("grants nothing through better-auth's own endpoints: no raised role, no e-mail change, no self-deletion, no mailed reset", async () => {
    const user = await createUserWithPassword(database.prisma, { role: 'editor' });
    const send = async (path: string, body: object, cookie = '') =>
      auth().handler(
        new Request(`http://localhost:3000/api/auth${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: 'http://localhost:3000', 'x-forwarded-for': '192.0.2.210', cookie },
          body: JSON.stringify(body),
        }),
      );
    const cookie = cookieHeader((await send('/sign-in/email', { email: user.email, password: TEST_PASSWORD })).headers.getSetCookie());
    const attempts: [string, object][] = [
      ['/update-user', { role: 'admin' }],
      ['/update-user', { name: 'Administrator' }],
      ['/change-email', { newEmail: 'elsewhere@example.org' }],
      ['/delete-user', {}],
      ['/change-password', { currentPassword: TEST_PASSWORD, newPassword: 'another long password' }],
      ['/request-password-reset', { email: user.email }],
      ['/reset-password', { token: 'guess', newPassword: 'another long password' }],
    ];
    for (const [path, body] of attempts) expect((await send(path, body, cookie)).status, path).toBe(404);
    expect(await database.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ role: 'editor', email: user.email, name: user.name });
    expect(await database.prisma.verification.count({ where: { value: user.id } })).toBe(0);
    // What the portal does use still works: the session, and signing out.
    expect(await actorFromHeaders(new Headers({ cookie }))).toMatchObject({ email: user.email });
    expect((await send('/sign-out', {}, cookie)).status).toBe(200);
    expect(await actorFromHeaders(new Headers({ cookie }))).toBeNull();
  });
});
