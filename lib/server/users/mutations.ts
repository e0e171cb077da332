import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import type { InviteUserInput } from '@/lib/schemas/users';
import { db } from '../db';
import { requireActor } from '../auth/actor';
import { issueSetPasswordLink, revokeSetPasswordLinks } from '../auth/set-password-link';
import { writeAudit } from '../admin/audit';
import { isUniqueViolation } from '../admin/outcome';

export type SetPasswordLink = { email: string; url: string; expiresAt: Date };
export type UserOutcome = { ok: true; link?: SetPasswordLink } | { ok: false; error: 'emailTaken' | 'notFound' | 'self' };

/**
 * Creates an account without a usable password and returns its one-time set-password link, which
 * the admin passes on. Admins only.
 */
export async function inviteUser(headers: Headers, input: InviteUserInput, locale: AppLocale): Promise<UserOutcome> {
  const actor = await requireActor(headers, 'admin');
  let userId: string;
  try {
    userId = await db().$transaction(async (tx) => {
      const user = await tx.user.create({ data: input, select: { id: true } });
      await writeAudit(tx, {
        actor,
        action: 'create',
        entityType: 'user',
        entityId: user.id,
        changes: { email: { before: null, after: input.email }, name: { before: null, after: input.name }, role: { before: null, after: input.role } },
      });
      return user.id;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'email')) return { ok: false, error: 'emailTaken' };
    throw error;
  }
  return { ok: true, link: { email: input.email, ...(await issueSetPasswordLink(userId, locale)) } };
}

/**
 * For a user who lost their password (or whose password may be known to someone else): the old
 * password and sessions stop working and a new set-password link is issued. Admins only, and not
 * on themselves (that would lock them out; `npm run admin:create` is the way back).
 */
export async function resetUserAccess(headers: Headers, userId: string, locale: AppLocale): Promise<UserOutcome> {
  const actor = await requireActor(headers, 'admin');
  if (actor.id === userId) return { ok: false, error: 'self' };
  const user = await db().$transaction(async (tx) => {
    const found = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
    if (!found) return null;
    await tx.account.deleteMany({ where: { userId, providerId: 'credential' } });
    await tx.session.deleteMany({ where: { userId } });
    await writeAudit(tx, { actor, action: 'update', entityType: 'user', entityId: userId, changes: { access: { before: 'password', after: 'reset' } } });
    return found;
  });
  if (!user) return { ok: false, error: 'notFound' };
  return { ok: true, link: { email: user.email, ...(await issueSetPasswordLink(userId, locale)) } };
}

/** Disables (signed out at once, links withdrawn, sign-in refused) or re-enables an account. Admins only, not themselves. */
export async function setUserDisabled(headers: Headers, userId: string, disabled: boolean): Promise<UserOutcome> {
  const actor = await requireActor(headers, 'admin');
  if (actor.id === userId) return { ok: false, error: 'self' };
  const found = await db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { disabledAt: true } });
    if (!user) return false;
    if ((user.disabledAt !== null) === disabled) return true; // already so: nothing to change or log
    await tx.user.update({ where: { id: userId }, data: { disabledAt: disabled ? new Date() : null } });
    if (disabled) await tx.session.deleteMany({ where: { userId } });
    await writeAudit(tx, { actor, action: 'update', entityType: 'user', entityId: userId, changes: { disabled: { before: !disabled, after: disabled } } });
    return true;
  });
  if (!found) return { ok: false, error: 'notFound' };
  if (disabled) await revokeSetPasswordLinks(userId);
  return { ok: true };
}
