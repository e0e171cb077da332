import 'server-only';
import { db } from '../db';
import { requireActor } from '../auth/actor';

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
