import 'server-only';
import { auth } from './auth';

export type Role = 'admin' | 'editor';
export type Actor = { id: string; email: string; name: string; role: Role };

export class AccessDenied extends Error {
  constructor(readonly reason: 'unauthenticated' | 'forbidden') {
    super(reason === 'unauthenticated' ? 'Sign-in required' : 'Not allowed for this role');
    this.name = 'AccessDenied';
  }
}

const isRole = (value: unknown): value is Role => value === 'admin' || value === 'editor';

/** The signed-in, enabled user behind these request headers (the session cookie), or null. */
export async function actorFromHeaders(headers: Headers): Promise<Actor | null> {
  // Each call reads the session from the database (no cookie cache), so a revoked session or a
  // disabled user is refused on the very next request.
  const session = await auth().api.getSession({ headers });
  if (!session) return null;
  const { id, email, name, role, disabledAt } = session.user;
  if (disabledAt || !isRole(role)) return null;
  return { id, email, name, role };
}

/** That user when their role allows (admin ⊇ editor); otherwise throws AccessDenied. */
export async function requireActor(headers: Headers, role: Role): Promise<Actor> {
  const actor = await actorFromHeaders(headers);
  if (!actor) throw new AccessDenied('unauthenticated');
  if (role === 'admin' && actor.role !== 'admin') throw new AccessDenied('forbidden');
  return actor;
}
