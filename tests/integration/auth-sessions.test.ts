import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth } from '@/lib/server/auth/auth';
import { actorFromHeaders } from '@/lib/server/auth/actor';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { cookieHeader, createUserWithPassword, TEST_PASSWORD } from '../support/auth';

// Session rotation and sign-out at better-auth's HTTP endpoints (the rest of sign-in is in
// auth.test.ts). Cross-site requests are tested against the real server in
// tests/e2e/security-headers.spec.ts: better-auth skips its origin check under NODE_ENV=test.
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
});
afterAll(() => database.drop());

const SITE = 'http://localhost:3000';
let address = 0;

/** A POST to /api/auth as a browser on `origin` would send it, each from its own client address. */
function post(path: string, body: object, { cookie = '', origin = SITE } = {}) {
  address += 1;
  return auth().handler(
    new Request(`${SITE}/api/auth${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin, cookie, 'x-forwarded-for': `192.0.2.${100 + address}` },
      body: JSON.stringify(body),
    }),
  );
}
const tokenOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .find((line) => line.startsWith('portal.session_token='))
    ?.split(';', 1)[0]
    ?.split('=')[1];

describe('sessions', () => {
  it('are new at every sign-in: a token the browser already had (planted or old) is never the one signed in', async () => {
    const user = await createUserWithPassword(database.prisma, { role: 'editor' });
    const first = await post('/sign-in/email', { email: user.email, password: TEST_PASSWORD });
    const firstToken = tokenOf(first);
    expect(firstToken).toBeTruthy();

    const planted = 'portal.session_token=planted-by-someone-else.c2lnbmF0dXJl';
    const second = await post('/sign-in/email', { email: user.email, password: TEST_PASSWORD }, { cookie: `${planted}; portal.session_token=${firstToken}` });
    const secondToken = tokenOf(second);
    expect(secondToken).toBeTruthy();
    expect(secondToken).not.toBe(firstToken);
    expect(decodeURIComponent(secondToken!)).not.toContain('planted');
    expect(await actorFromHeaders(new Headers({ cookie: planted }))).toBeNull();
    expect(await actorFromHeaders(new Headers({ cookie: cookieHeader(second.headers.getSetCookie()) }))).toMatchObject({ email: user.email });
  });

  it('end at sign-out: the row is deleted, so a copy of the cookie is worthless', async () => {
    const user = await createUserWithPassword(database.prisma, { role: 'editor' });
    const signedIn = await post('/sign-in/email', { email: user.email, password: TEST_PASSWORD });
    const cookie = cookieHeader(signedIn.headers.getSetCookie());
    expect(await database.prisma.session.count({ where: { userId: user.id } })).toBe(1);

    const signedOut = await post('/sign-out', {}, { cookie });
    expect(signedOut.status).toBe(200);
    expect(signedOut.headers.getSetCookie().find((line) => line.startsWith('portal.session_token='))).toMatch(/Max-Age=0/i);
    expect(await database.prisma.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await actorFromHeaders(new Headers({ cookie }))).toBeNull();
  });
});
