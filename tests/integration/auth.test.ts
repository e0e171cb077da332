import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAPIError } from 'better-auth/api';
import { auth } from '@/lib/server/auth/auth';
import { AccessDenied, actorFromHeaders, requireActor } from '@/lib/server/auth/actor';
import { issueSetPasswordLink, setPasswordLinkOwner, setPasswordWithLink } from '@/lib/server/auth/set-password-link';
import { SIGN_IN_LIMITS } from '@/lib/server/auth/sign-in-throttle';
import { listUsers } from '@/lib/server/users/queries';
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

/** auth.api.signInEmail as the sign-in page calls it, from a given client address. */
async function signIn(email: string, password: string, address = '192.0.2.1') {
  try {
    await auth().api.signInEmail({ body: { email, password }, headers: new Headers({ 'x-forwarded-for': address }) });
    return 'ok';
  } catch (error) {
    if (isAPIError(error)) return error.statusCode;
    throw error;
  }
}

const denied = (promise: Promise<unknown>) => promise.then(() => 'allowed', (error: unknown) => (error instanceof AccessDenied ? error.reason : error));

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
  it('locks an account after repeated failures, even for the right password, and from any address', async () => {
    await createUserWithPassword(database.prisma, { role: 'editor', email: 'locked@example.org' });
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) expect(await signIn('locked@example.org', 'wrong password!', `198.51.100.${i}`)).toBe(401);
    expect(await signIn('locked@example.org', TEST_PASSWORD, '198.51.100.99')).toBe(429);
    // Time passes: the lock ends.
    await database.prisma.signInThrottle.updateMany({ data: { lockedUntil: new Date(Date.now() - 1) } });
    expect(await signIn('locked@example.org', TEST_PASSWORD, '198.51.100.99')).toBe('ok');
  });

  it('locks a client address that tries many accounts', async () => {
    await createUserWithPassword(database.prisma, { role: 'editor', email: 'victim@example.org' });
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i++) expect(await signIn(`guess${i}@example.org`, 'wrong password!', '203.0.113.7')).toBe(401);
    expect(await signIn('victim@example.org', TEST_PASSWORD, '203.0.113.7')).toBe(429);
    expect(await signIn('victim@example.org', TEST_PASSWORD, '203.0.113.8')).toBe('ok');
  });

  it('rate-limits the HTTP sign-in endpoint per address, and refuses sign-up', async () => {
    const post = (path: string, body: object, address: string) =>
      auth().handler(new Request(`http://localhost:3000/api/auth${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'http://localhost:3000', 'x-forwarded-for': address },
        body: JSON.stringify(body),
      }));
    const user = await createUserWithPassword(database.prisma, { role: 'editor' });
    const ok = await post('/sign-in/email', { email: user.email, password: TEST_PASSWORD }, '192.0.2.200');
    expect(ok.status).toBe(200);
    const cookie = ok.headers.getSetCookie().find((line) => line.startsWith('portal.session_token='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(await actorFromHeaders(new Headers({ cookie: cookieHeader(ok.headers.getSetCookie()) }))).toMatchObject({ email: user.email });

    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await post('/sign-in/email', { email: `x${i}@example.org`, password: 'wrong password!' }, '192.0.2.201')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    expect((await post('/sign-in/email', { email: user.email, password: TEST_PASSWORD }, '192.0.2.201')).status).toBe(429);

    const signUp = await post('/sign-up/email', { email: 'intruder@example.org', password: 'a long enough password', name: 'X' }, '192.0.2.202');
    expect(signUp.status).toBeGreaterThanOrEqual(400);
    expect(await database.prisma.user.count({ where: { email: 'intruder@example.org' } })).toBe(0);
  });

  it("grants nothing through better-auth's own endpoints: no raised role, no e-mail change, no self-deletion, no mailed reset", async () => {
    const user = await createUserWithPassword(database.prisma, { role: 'editor' });
    const send = async (path: string, body: object, cookie = '') =>
      auth().handler(new Request(`http://localhost:3000/api/auth${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'http://localhost:3000', 'x-forwarded-for': '192.0.2.210', cookie },
        body: JSON.stringify(body),
      }));
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
