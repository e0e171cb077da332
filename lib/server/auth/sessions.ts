import 'server-only';
import { isAPIError } from 'better-auth/api';
import { auth } from './auth';

/** A refused early attempt says how long to wait; the same for unknown e-mail addresses. */
export type SignInResult = 'ok' | 'invalid' | { retryAfterSeconds: number };

/**
 * Signs in with e-mail and password; the session cookie is set through Next's cookies() (the
 * nextCookies plugin), so call this from a server action. The request headers carry the client's
 * address for the sign-in throttle. Every failure but a delay is the same 'invalid'.
 */
export async function signIn(headers: Headers, email: string, password: string): Promise<SignInResult> {
  try {
    await auth().api.signInEmail({ body: { email, password }, headers });
    return 'ok';
  } catch (error) {
    if (!isAPIError(error)) throw error;
    const retryAfter = Number(new Headers(error.headers).get('retry-after'));
    return error.statusCode === 429 && retryAfter > 0 ? { retryAfterSeconds: retryAfter } : 'invalid';
  }
}

/** Ends the session behind these headers (the row is deleted) and clears its cookie. */
export async function signOut(headers: Headers): Promise<void> {
  try {
    await auth().api.signOut({ headers });
  } catch (error) {
    // Without a session there is nothing to end; signing out twice is not an error.
    if (!isAPIError(error)) throw error;
  }
}
