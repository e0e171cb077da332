import 'server-only';
import { db } from '../db';
import { requireActor } from '../auth/actor';
import { pickLocalized, type ContentLocale, type StoredLocale } from '@/lib/i18n/localized';
import { publicationSelect, requirePreviewAccess, type Preview, type PreviewAccess } from '../admin/preview';
import { publicState } from '@/lib/publication/public-state';
import { findAgreementPermalink, type AgreementPermalink } from './permalink';
import { serialIdSchema } from '@/lib/schemas/record-ids';
import type { Prisma } from '@/lib/generated/prisma/client';
import { translationGaps } from '@/lib/translation-status';

const partnerName = { select: { slug: true, translations: { select: { locale: true, name: true } } } } as const;
const nameOf = (partner: { slug: string; translations: { locale: StoredLocale; name: string }[] }, locale: ContentLocale) =>
  pickLocalized(partner.translations, locale, 'name')?.text ?? partner.slug;

/** Every agreement not in the trash, for the editors' list: drafts and scheduled ones included. */
export async function listAgreementsForEditing(headers: Headers, locale: ContentLocale) {
  await requireActor(headers, 'editor');
  const rows = await db().agreement.findMany({
    where: { deletedAt: null },
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    select: {
      id: true,
      type: true,
      signedOn: true,
      signedPrecision: true,
      publicationStatus: true,
      publishAt: true,
      updatedAt: true,
      translations: { select: { locale: true, textChangedAt: true, title: true } },
      partner: partnerName,
    },
  });
  return rows.map(({ translations, partner, ...row }) => ({
    ...row,
    title: pickLocalized(translations, locale, 'title')?.text ?? null,
    partnerName: nameOf(partner, locale),
    ...translationGaps(translations),
  }));
}

/** What the edit form shows of an agreement, and what an import reads to change only a row's columns. */
export const agreementEditingInclude = {
  translations: true,
  statusHistory: { orderBy: [{ date: 'asc' }, { id: 'asc' }] },
  linksFrom: { orderBy: [{ kind: 'asc' }, { toId: 'asc' }] },
  // The public sees the agreement only while its partner is public too.
  partner: { select: { ...partnerName.select, ...publicationSelect } },
} satisfies Prisma.AgreementInclude;

/** One agreement with every field, each language's text, its status history and its links, for its edit form. */
export async function getAgreementForEditing(headers: Headers, id: number) {
  await requireActor(headers, 'editor');
  if (!serialIdSchema.safeParse(id).success) return null; // not an id the database can hold
  return db().agreement.findFirst({
    where: { id, deletedAt: null },
    include: agreementEditingInclude,
  });
}

export type AgreementForEditing = NonNullable<Awaited<ReturnType<typeof getAgreementForEditing>>>;

/** The agreements in the trash, newest first: only admins restore or purge them. */
export async function listTrashedAgreements(headers: Headers, locale: ContentLocale) {
  await requireActor(headers, 'admin');
  const rows = await db().agreement.findMany({
    where: { deletedAt: { not: null } },
    orderBy: { deletedAt: 'desc' },
    select: { id: true, type: true, deletedAt: true, translations: { select: { locale: true, title: true } }, partner: partnerName },
  });
  return rows.map(({ translations, partner, ...row }) => {
    const [title, partnerName] = [pickLocalized(translations, locale, 'title')?.text, nameOf(partner, locale)];
    return { ...row, partnerName, name: title ? `${title} (${partnerName})` : partnerName };
  });
}

/**
 * What the agreement form's selects offer: partners, sources, uploaded PDF documents, other
 * agreements to link to, and the languages already used for signed texts. Trashed records are left
 * out unless the agreement being edited (`current`) already points at them.
 */
export async function agreementChoices(
  headers: Headers,
  locale: ContentLocale,
  current: { id?: number; partnerId?: string; documentId?: string | null; linkIds?: number[] } = {},
) {
  await requireActor(headers, 'editor');
  const [partners, sources, documents, agreements, languages] = await Promise.all([
    db().partner.findMany({
      where: { OR: [{ deletedAt: null }, ...(current.partnerId ? [{ id: current.partnerId }] : [])] },
      select: { id: true, ...partnerName.select },
    }),
    db().source.findMany({ orderBy: { id: 'asc' }, select: { id: true, title: true, publisher: true, publishedOn: true } }),
    db().media.findMany({
      where: { kind: 'document', OR: [{ deletedAt: null }, ...(current.documentId ? [{ id: current.documentId }] : [])] },
      orderBy: { createdAt: 'desc' },
      select: { id: true, originalName: true, byteSize: true, createdAt: true },
    }),
    listAgreementsToLink(headers, locale, { id: { in: current.linkIds ?? [] } }),
    db().$queryRaw<{ code: string }[]>`SELECT DISTINCT unnest("textLanguages") AS code FROM "Agreement"`,
  ]);
  return {
    partners: partners.map((p) => ({ id: p.id, name: nameOf(p, locale) })),
    sources,
    documents,
    // An agreement never links to itself.
    agreements: agreements.filter((a) => a.id !== current.id),
    languages: languages.map((l) => l.code),
  };
}

/**
 * An agreement in any publication state (its partner's too) as its permalink would show it, so the
 * preview renders the very same components; linked agreements are those the public would see.
 * Never cached, since a draft changes with every save.
 */
export async function getAgreementPreview(access: PreviewAccess, locale: ContentLocale, id: number): Promise<Preview<AgreementPermalink> | null> {
  await requirePreviewAccess(access, 'agreement', id);
  const where = { id, deletedAt: null };
  const now = new Date();
  const [page, own] = await Promise.all([
    findAgreementPermalink(locale, where, now),
    db().agreement.findFirst({ where, select: { ...publicationSelect, partner: { select: publicationSelect } } }),
  ]);
  return page && own ? { page, state: publicState(now, own, own.partner), version: own.version } : null;
}

/**
 * The agreements another record (a project, a proposal) may link, oldest first, each with its
 * partner: those not in the trash, and those `kept` (already linked), so saving never drops a link silently.
 */
export async function listAgreementsToLink(headers: Headers, locale: ContentLocale, kept: Prisma.AgreementWhereInput) {
  await requireActor(headers, 'editor');
  const rows = await db().agreement.findMany({
    where: { OR: [{ deletedAt: null }, kept] },
    orderBy: [{ signedOn: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
    select: {
      id: true,
      type: true,
      signedOn: true,
      signedPrecision: true,
      partnerId: true,
      translations: { select: { locale: true, title: true } },
      partner: partnerName,
    },
  });
  return rows.map(({ translations, partner, ...a }) => ({
    ...a,
    title: pickLocalized(translations, locale, 'title')?.text ?? null,
    partnerName: nameOf(partner, locale),
  }));
}
