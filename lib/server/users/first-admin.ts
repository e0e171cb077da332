import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import { db } from '../db';
import { auth } from '../auth/auth';
import { issueSetPasswordLink } from '../auth/set-password-link';

export type AdminAccess = { created: boolean; link: { url: string; expiresAt: Date } | null };

/**
 * The command line's way in (`npm run admin:create`): whoever can reach the database is trusted, so
 * no session is asked for. Creates the admin, or, for an existing account, makes it an enabled
 * admin again with its old password and sessions revoked — the way back when every admin is locked
 * out. With a password the account is ready at once; without one a set-password link is returned.
 */
export async function grantAdminAccess(input: { email: string; name: string; password?: string; locale: AppLocale }): Promise<AdminAccess> {
  const email = input.email.trim().toLowerCase();
  const existing = await db().user.findUnique({ where: { email }, select: { id: true } });
  const passwordHash = input.password === undefined ? null : await (await auth().$context).password.hash(input.password);
  const userId = await db().$transaction(async (tx) => {
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data: { role: 'admin', disabledAt: null }, select: { id: true } })
      : await tx.user.create({ data: { email, name: input.name, role: 'admin' }, select: { id: true } });
    await tx.session.deleteMany({ where: { userId: user.id } });
    await tx.account.deleteMany({ where: { userId: user.id, providerId: 'credential' } });
    if (passwordHash) await tx.account.create({ data: { userId: user.id, providerId: 'credential', accountId: user.id, passwordHash } });
    await tx.auditLog.create({
      data: {
        actorId: null,
        action: existing ? 'update' : 'create',
        entityType: 'user',
        entityId: user.id,
        changes: { role: { before: null, after: 'admin' }, access: { before: null, after: 'admin:create' } },
      },
    });
    return user.id;
  });
  return { created: !existing, link: passwordHash ? null : await issueSetPasswordLink(userId, input.locale) };
}
