import 'server-only';
import { createHash } from 'node:crypto';
import { db } from '../db';
import { isPreviewTokenShaped } from '@/lib/schemas/preview-links';
import type { PreviewKind } from './grant';

// Only this hash is stored: a copy of the table (a backup, a log) opens no preview. The token has
// 256 random bits, so a plain hash suffices (no salt or slow hash: there is nothing to guess), and
// the lookup is one unique-index probe whatever the token.
export const hashToken = (token: string) => createHash('sha256').update(token).digest();

/** The version of a record not in the trash, or null when there is no such record. */
export async function currentVersion(kind: PreviewKind, recordId: string): Promise<number | null> {
  const where = { deletedAt: null };
  const select = { version: true } as const;
  const serial = Number(recordId);
  switch (kind) {
    case 'partner':
      return (await db().partner.findFirst({ where: { ...where, id: recordId }, select }))?.version ?? null;
    case 'agreement':
      return (await db().agreement.findFirst({ where: { ...where, id: serial }, select }))?.version ?? null;
    case 'event':
      return (await db().event.findFirst({ where: { ...where, id: serial }, select }))?.version ?? null;
    case 'project':
      return (await db().project.findFirst({ where: { ...where, id: serial }, select }))?.version ?? null;
    case 'proposal':
      return (await db().proposal.findFirst({ where: { ...where, id: serial }, select }))?.version ?? null;
  }
}

/** The link a token opens, if it is live (not expired, not revoked). Anything else is null, alike. */
export async function liveLink(token: string, now: Date) {
  if (!isPreviewTokenShaped(token)) return null;
  return db().previewLink.findFirst({
    where: { tokenHash: hashToken(token), revokedAt: null, expiresAt: { gt: now } },
    select: { kind: true, recordId: true, version: true, expiresAt: true },
  });
}

/** Whether a token opens a preview now: the proxy answers 404 before rendering when it does not. */
export async function previewLinkIsLive(token: string): Promise<boolean> {
  const link = await liveLink(token, new Date());
  return link !== null && (await currentVersion(link.kind, link.recordId)) !== null;
}
