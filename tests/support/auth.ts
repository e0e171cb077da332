import { randomBytes } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { auth } from '@/lib/server/auth/auth';

export const TEST_PASSWORD = 'correct horse battery staple';

/** A user with a password (better-auth's scrypt hash), ready to sign in. */
export async function createUserWithPassword(
  prisma: PrismaClient,
  { role, email, password = TEST_PASSWORD }: { role: 'admin' | 'editor'; email?: string; password?: string },
) {
  const address = email ?? `${role}-${randomBytes(4).toString('hex')}@example.org`;
  const user = await prisma.user.create({ data: { email: address, name: `Test ${role}`, role } });
  await prisma.account.create({ data: { userId: user.id, providerId: 'credential', accountId: user.id, passwordHash: await hashPassword(password) } });
  return user;
}

/** The Cookie header a browser would send back after these Set-Cookie headers. */
export function cookieHeader(setCookies: string[]): string {
  return setCookies.map((line) => line.split(';', 1)[0]).join('; ');
}

/**
 * Request headers of a real signed-in user: creates the user, signs in through better-auth (a real
 * session row and a signed session cookie) and returns headers carrying that cookie. The data
 * layer under test must use the same database (process.env.DATABASE_URL).
 */
export async function signedInHeaders(prisma: PrismaClient, options: { role: 'admin' | 'editor'; email?: string }): Promise<Headers> {
  const user = await createUserWithPassword(prisma, options);
  const { headers } = await auth().api.signInEmail({
    body: { email: user.email, password: TEST_PASSWORD },
    // Its own client address, so the sign-in throttle of one test never touches another's.
    headers: new Headers({ 'x-forwarded-for': `10.9.${randomBytes(1)[0]}.${randomBytes(1)[0]}` }),
    returnHeaders: true,
  });
  return new Headers({ cookie: cookieHeader(headers.getSetCookie()) });
}
