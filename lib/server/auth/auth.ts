import 'server-only';
import { randomUUID } from 'node:crypto';
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { APIError, createAuthMiddleware, getIP, isAPIError } from 'better-auth/api';
import { nextCookies } from 'better-auth/next-js';
import { db } from '../db';
import { env, siteUrl } from '../env';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/schemas/users';
import { admitAttempt, recordSignIn } from './sign-in-throttle';

const SIGN_IN_PATH = '/sign-in/email';
/** Lifetime of a session; each use after `SESSION_REFRESH_SECONDS` extends it again. */
const SESSION_SECONDS = 12 * 60 * 60;
const SESSION_REFRESH_SECONDS = 60 * 60;

/** better-auth endpoints the portal offers no use of; `/api/auth` answers them 404. */
const UNUSED_AUTH_PATHS = [
  '/update-user',
  '/change-email',
  '/delete-user',
  '/change-password',
  '/set-password',
  '/request-password-reset',
  '/reset-password',
  '/send-verification-email',
  '/verify-email',
  '/list-accounts',
  '/unlink-account',
  '/link-social',
  '/account-info',
  '/refresh-token',
  '/get-access-token',
];

/** The same answer for a wrong e-mail, a wrong password, a user without a password and a disabled user. */
const invalidCredentials = () => APIError.from('UNAUTHORIZED', { message: 'Invalid email or password', code: 'INVALID_EMAIL_OR_PASSWORD' });

function createAuth() {
  const { AUTH_SECRET, NODE_ENV } = env();
  const origin = siteUrl().origin;
  return betterAuth({
    appName: 'Sister-city portal',
    secret: AUTH_SECRET,
    baseURL: origin,
    basePath: '/api/auth',
    trustedOrigins: [origin],
    telemetry: { enabled: false },
    // The portal's own pages call auth.api on the server. Over HTTP, nothing a signed-in editor could
    // use to rename themselves, change their e-mail, delete their account or reset a password
    // outside the admins' one-time links.
    disabledPaths: UNUSED_AUTH_PATHS,
    // Each failed sign-in is already counted by the throttle; tests would drown in warnings.
    logger: { level: NODE_ENV === 'test' ? 'error' : 'warn' },
    database: prismaAdapter(db(), { provider: 'postgresql', transaction: true }),
    emailAndPassword: {
      enabled: true,
      // Invite-only: admins create accounts; a person sets a password through a one-time link.
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      revokeSessionsOnPasswordReset: true,
      // No sendResetPassword: there is no self-service reset (nor any mail); an admin issues links.
    },
    user: {
      additionalFields: {
        role: { type: 'string', required: false, input: false, defaultValue: 'editor' },
        disabledAt: { type: 'date', required: false, input: false },
      },
    },
    session: { expiresIn: SESSION_SECONDS, updateAge: SESSION_REFRESH_SECONDS },
    account: { fields: { password: 'passwordHash' } },
    // A stolen database copy must not hold usable set-password links.
    verification: { storeIdentifier: 'hashed' },
    rateLimit: {
      // On in every environment (better-auth's default is production only), so tests see it too.
      enabled: true,
      storage: 'database',
      window: 60,
      max: 100,
      customRules: { [SIGN_IN_PATH]: { window: 60, max: 5 } },
    },
    advanced: {
      cookiePrefix: 'portal',
      useSecureCookies: NODE_ENV === 'production',
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
      // Our ids are UUID columns. The schema check is off because it demands the OAuth token columns
      // of Account, which an e-mail-and-password installation never fills; the integration tests
      // run every flow against the real schema instead.
      database: { generateId: () => randomUUID(), validateSchema: false },
    },
    databaseHooks: {
      session: {
        create: {
          // Whatever path creates a session (sign-in, a set-password link), a disabled user gets none.
          async before(session) {
            const user = await db().user.findUnique({ where: { id: session.userId }, select: { disabledAt: true } });
            if (!user || user.disabledAt) throw invalidCredentials();
          },
        },
      },
    },
    hooks: {
      // better-auth's rateLimit only guards HTTP requests to /api/auth; the sign-in page calls
      // auth.api directly. These hooks delay an account, and an address, after repeated failures
      // on either path: an attempt that comes too early is refused before any password is checked.
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== SIGN_IN_PATH) return;
        const admission = await admitAttempt(emailOf(ctx.body), getIP(ctx.request ?? ctx.headers ?? new Headers(), ctx.context.options));
        if (!admission.admitted) {
          const seconds = admission.retryAfterSeconds;
          throw new APIError(
            'TOO_MANY_REQUESTS',
            { message: `Too many failed sign-ins. Try again in ${seconds} seconds.`, code: 'SIGN_IN_DELAYED', retryAfter: seconds },
            { 'Retry-After': String(seconds) },
          );
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== SIGN_IN_PATH || isAPIError(ctx.context.returned)) return;
        await recordSignIn(emailOf(ctx.body), getIP(ctx.request ?? ctx.headers ?? new Headers(), ctx.context.options));
      }),
    },
    plugins: [nextCookies()], // must stay last: it copies the Set-Cookie headers of auth.api calls into Next's cookies()
  });
}

const emailOf = (body: unknown) => (typeof body === 'object' && body !== null && 'email' in body && typeof body.email === 'string' ? body.email : '');

export type Auth = ReturnType<typeof createAuth>;
let instance: Auth | undefined;

/** The better-auth instance, created on first use (`next build` imports this without a database). */
export function auth(): Auth {
  instance ??= createAuth();
  return instance;
}
