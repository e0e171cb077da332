import 'server-only';
import { db } from '../db';
import { requireActor } from '../auth/actor';
import { pickLocalized, type ContentLocale } from '@/lib/i18n/localized';
import { serialIdSchema } from '@/lib/schemas/record-ids';
import { publicState, type Publication, type PublicState } from '@/lib/publication/public-state';
import type { ProposalVisibility } from '@/lib/generated/prisma/enums';
import { publicationSelect, requirePreviewAccess, type Preview, type PreviewAccess } from '../admin/preview';
import { findProposals, type PublicProposal } from './public-list';
import { translationGaps } from '@/lib/translation-status';

const names = { translations: { select: { locale: true, textChangedAt: true, partnerName: true } } } as const;

/** Every proposal not in the trash, for the editors' list: internal ones, drafts and scheduled ones included, last changed first. */
export async function listProposalsForEditing(headers: Headers, locale: ContentLocale) {
  await requireActor(headers, 'editor');
  const rows = await db().proposal.findMany({
    where: { deletedAt: null },
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    select: { id: true, countryCode: true, stage: true, visibility: true, publicationStatus: true, publishAt: true, updatedAt: true, ...names },
  });
  return rows.map(({ translations, ...row }) => ({
    ...row,
    partnerName: pickLocalized(translations, locale, 'partnerName')?.text ?? String(row.id),
    ...translationGaps(translations),
  }));
}

/** One proposal with every field, each language's text as stored and its stages in order, for its edit form. */
export async function getProposalForEditing(headers: Headers, id: number) {
  await requireActor(headers, 'editor');
  if (!serialIdSchema.safeParse(id).success) return null; // not an id the database can hold
  return db().proposal.findFirst({
    where: { id, deletedAt: null },
    include: { translations: true, stages: { orderBy: { position: 'asc' } } },
  });
}

export type ProposalForEditing = NonNullable<Awaited<ReturnType<typeof getProposalForEditing>>>;

/** The proposals in the trash, newest first: only admins restore or purge them. */
export async function listTrashedProposals(headers: Headers, locale: ContentLocale) {
  await requireActor(headers, 'admin');
  const rows = await db().proposal.findMany({
    where: { deletedAt: { not: null } },
    orderBy: { deletedAt: 'desc' },
    select: { id: true, deletedAt: true, ...names },
  });
  return rows.map(({ translations, ...row }) => ({ ...row, title: pickLocalized(translations, locale, 'partnerName')?.text ?? String(row.id) }));
}

/**
 * A proposal in any state as the public page would show it, so the preview renders the very same
 * component. Never cached, since a draft changes with every save.
 */
export async function getProposalPreview(access: PreviewAccess, locale: ContentLocale, id: number): Promise<Preview<PublicProposal> | null> {
  await requirePreviewAccess(access, 'proposal', id);
  if (!serialIdSchema.safeParse(id).success) return null;
  const where = { id, deletedAt: null };
  const now = new Date();
  const [[page], own] = await Promise.all([
    findProposals(locale, where, now),
    db().proposal.findFirst({ where, select: { ...publicationSelect, visibility: true } }),
  ]);
  return page && own ? { page, state: proposalPublicState(now, own), version: own.version } : null;
}

/** Whether visitors see a proposal: an internal one never, whatever its publication status (decision 029). */
export const proposalPublicState = (now: Date, p: Publication & { visibility: ProposalVisibility }): PublicState =>
  p.visibility === 'internal' ? { kind: 'draft' } : publicState(now, p);
