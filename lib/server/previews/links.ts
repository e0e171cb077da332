import 'server-only';
import { randomBytes } from 'node:crypto';
import { db } from '../db';
import { siteUrl } from '../env';
import { requireActor } from '../auth/actor';
import { notFound, succeeded, type MutationOutcome } from '../admin/outcome';
import { getPartnerPreview } from '../partners/editing';
import { getAgreementPreview } from '../agreements/editing';
import { getEventPreview } from '../events/editing';
import { getProjectPreview } from '../projects/editing';
import { getProposalPreview } from '../proposals/editing';
import { issuePreviewGrant, type PreviewGrant, type PreviewKind } from './grant';
import { currentVersion, hashToken, liveLink } from './live-link';
import { parseAgreementId } from '@/lib/agreements/permalink-id';
import { uuidIdSchema } from '@/lib/schemas/record-ids';
import type { ContentLocale } from '@/lib/i18n/localized';

/** The record a link shows: its kind and its id as text (a partner's uuid, another kind's serial id). */
export type PreviewRecord = { kind: PreviewKind; recordId: string };

const DAY_MS = 24 * 60 * 60 * 1000;

/** The record's id as the links store it, or null when it cannot name a record of that kind. */
function canonicalId({ kind, recordId }: PreviewRecord): string | null {
  if (kind === 'partner') return uuidIdSchema.safeParse(recordId).success ? recordId.toLowerCase() : null;
  const id = parseAgreementId(recordId);
  return id === null ? null : String(id);
}

/**
 * Makes a link to a record's preview, for its current version, living `days` days. Editors only.
 * The link, in the page language chosen, is in the answer and nowhere else: it cannot be shown again.
 */
export async function createPreviewLink(
  headers: Headers,
  record: PreviewRecord,
  { days, locale }: { days: number; locale: ContentLocale },
): Promise<MutationOutcome<{ url: string; expiresAt: Date }>> {
  const actor = await requireActor(headers, 'editor');
  const recordId = canonicalId(record);
  const version = recordId === null ? null : await currentVersion(record.kind, recordId);
  if (recordId === null || version === null) return notFound;
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  const expiresAt = new Date(now.getTime() + days * DAY_MS);
  await db().previewLink.create({
    data: { tokenHash: hashToken(token), kind: record.kind, recordId, version, createdById: actor.id, createdAt: now, expiresAt },
  });
  return succeeded({ url: new URL(`/${locale}/preview/${token}`, siteUrl()).href, expiresAt });
}

/** A record's links, newest first, with who made each, for its edit page. Editors only. */
export async function listPreviewLinks(headers: Headers, record: PreviewRecord) {
  await requireActor(headers, 'editor');
  const recordId = canonicalId(record);
  if (recordId === null) return [];
  return db().previewLink.findMany({
    where: { kind: record.kind, recordId },
    orderBy: { createdAt: 'desc' },
    select: { id: true, version: true, createdAt: true, expiresAt: true, revokedAt: true, createdBy: { select: { name: true } } },
  });
}

/** Ends a link at once; revoking one already revoked changes nothing. Editors only. */
export async function revokePreviewLink(headers: Headers, linkId: string): Promise<MutationOutcome<null>> {
  await requireActor(headers, 'editor');
  if (!uuidIdSchema.safeParse(linkId).success) return notFound;
  const { count } = await db().previewLink.updateMany({ where: { id: linkId, revokedAt: null }, data: { revokedAt: new Date() } });
  if (count > 0) return succeeded(null);
  return (await db().previewLink.count({ where: { id: linkId } })) > 0 ? succeeded(null) : notFound;
}

/** The record a live link shows, as each kind's preview reads it, under the link's grant. */
async function previewOf(grant: PreviewGrant, locale: ContentLocale) {
  const serial = Number(grant.recordId);
  switch (grant.kind) {
    case 'partner':
      return { kind: grant.kind, preview: await getPartnerPreview(grant, locale, grant.recordId) } as const;
    case 'agreement':
      return { kind: grant.kind, preview: await getAgreementPreview(grant, locale, serial) } as const;
    case 'event':
      return { kind: grant.kind, preview: await getEventPreview(grant, locale, serial) } as const;
    case 'project':
      return { kind: grant.kind, preview: await getProjectPreview(grant, locale, serial) } as const;
    case 'proposal':
      return { kind: grant.kind, preview: await getProposalPreview(grant, locale, serial) } as const;
  }
}

type Shown = Awaited<ReturnType<typeof previewOf>>;
type WithPreview<T> = T extends { preview: infer P } ? Omit<T, 'preview'> & { preview: NonNullable<P> } : never;

/**
 * What a preview link shows: its record's preview as the record is now, the version the link was
 * made for, and whether the record was saved since. Needs no session, only a live token; null
 * for any token that opens nothing, and for a record trashed or purged since (docs/decisions/045).
 */
export async function getSharedPreview(
  locale: ContentLocale,
  token: string,
): Promise<(WithPreview<Shown> & { madeForVersion: number; newerVersion: boolean; expiresAt: Date }) | null> {
  const link = await liveLink(token, new Date());
  if (!link) return null;
  const shown = await previewOf(issuePreviewGrant(link.kind, link.recordId), locale);
  if (!shown.preview) return null;
  return {
    ...(shown as WithPreview<Shown>),
    madeForVersion: link.version,
    newerVersion: shown.preview.version > link.version,
    expiresAt: link.expiresAt,
  };
}
