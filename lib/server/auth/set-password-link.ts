import 'server-only';
import { randomBytes } from 'node:crypto';
import { isAPIError } from 'better-auth/api';
import type { AppLocale } from '@/i18n/routing';
import { db } from '../db';
import { siteUrl } from '../env';
import { auth } from './auth';

/** How long a set-password link works: long enough for an admin to pass it on over a weekend. */
export const SET_PASSWORD_LINK_HOURS = 72;

// better-auth's own reset-password token format, so its /reset-password endpoint consumes our links.
const identifier = (token: string) => `reset-password:${token}`;

/**
 * A one-time link with which the user sets their password (there is no e-mail here: the admin
 * passes it on). Any earlier link of the user stops working. Callers check the admin's role.
 */
export async function issueSetPasswordLink(userId: string, locale: AppLocale): Promise<{ url: string; expiresAt: Date }> {
  const context = await auth().$context;
  // Only reset-password tokens carry a bare user id as their value.
  await db().verification.deleteMany({ where: { value: userId } });
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SET_PASSWORD_LINK_HOURS * 60 * 60 * 1000);
  await context.internalAdapter.createVerificationValue({ identifier: identifier(token), value: userId, expiresAt });
  const url = new URL(`/${locale}/admin/set-password`, siteUrl());
  url.searchParams.set('token', token);
  return { url: url.href, expiresAt };
}

/** Withdraws every unused link of the user (reset access, disable). */
export async function revokeSetPasswordLinks(userId: string): Promise<void> {
  await db().verification.deleteMany({ where: { value: userId } });
}

/** The e-mail of the enabled user the link is for, or null when the link is unknown, used or expired. */
export async function setPasswordLinkOwner(token: string): Promise<string | null> {
  const context = await auth().$context;
  const verification = await context.internalAdapter.findVerificationValue(identifier(token));
  if (!verification || verification.expiresAt < new Date()) return null;
  const user = await db().user.findUnique({ where: { id: verification.value }, select: { email: true, disabledAt: true } });
  return user && !user.disabledAt ? user.email : null;
}

/** Sets the password and spends the link (better-auth also revokes the user's sessions). False when the link does not work. */
export async function setPasswordWithLink(token: string, password: string): Promise<boolean> {
  if (!(await setPasswordLinkOwner(token))) return false;
  try {
    await auth().api.resetPassword({ body: { token, newPassword: password } });
    return true;
  } catch (error) {
    if (isAPIError(error) && error.statusCode === 400) return false;
    throw error;
  }
}
