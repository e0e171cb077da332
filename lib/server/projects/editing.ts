import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { db } from '../db';
import { requireActor } from '../auth/actor';
import { localesFor, pickLocalized, type ContentLocale, type StoredLocale } from '@/lib/i18n/localized';
import { listPhotoChoices } from '../media/photos';
import { serialIdSchema } from '@/lib/schemas/record-ids';
import { listAgreementsToLink } from '../agreements/editing';
import { publicationSelect, requirePreviewAccess, type Preview, type PreviewAccess } from '../admin/preview';
import { publicState } from '@/lib/publication/public-state';
import { findProjectDetail, type ProjectDetail } from './detail';
import { translationGaps } from '@/lib/translation-status';

const nameIn = (locale: ContentLocale) => ({ translations: { where: { locale: { in: localesFor(locale) } }, select: { locale: true, name: true } } }) as const;
const partnerName = (partner: { slug: string; translations: { locale: StoredLocale; name: string }[] }, locale: ContentLocale) =>
  pickLocalized(partner.translations, locale, 'name')?.text ?? partner.slug;

/** Every project not in the trash, for the editors' list: drafts and scheduled ones included, last changed first. */
export async function listProjectsForEditing(headers: Headers, locale: ContentLocale) {
  await requireActor(headers, 'editor');
  const rows = await db().project.findMany({
    where: { deletedAt: null },
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    select: {
      id: true,
      slug: true,
      status: true,
      publicationStatus: true,
      publishAt: true,
      updatedAt: true,
      translations: { select: { locale: true, textChangedAt: true, title: true } },
      partners: { select: { partner: { select: { slug: true, ...nameIn(locale) } } } },
    },
  });
  return rows.map(({ translations, partners, ...row }) => ({
    ...row,
    title: pickLocalized(translations, locale, 'title')?.text ?? row.slug,
    partners: partners.map(({ partner }) => partnerName(partner, locale)).sort((a, b) => a.localeCompare(b, locale)),
    ...translationGaps(translations),
  }));
}

/** What the edit form shows of a project, and what an import reads to change only a row's columns. */
export const projectEditingInclude = {
  translations: true,
  statusHistory: { orderBy: [{ date: 'asc' }, { id: 'asc' }] },
  partners: { select: { partnerId: true } },
  agreements: { select: { agreementId: true } },
  organizations: { orderBy: [{ position: 'asc' }, { id: 'asc' }], include: { translations: true } },
  sources: { select: { sourceId: true } },
  photos: { orderBy: [{ position: 'asc' }, { mediaId: 'asc' }], select: { mediaId: true } },
} satisfies Prisma.ProjectInclude;

/** One project with every field, each language's text as stored, its history, links and organizations, for its edit form. */
export async function getProjectForEditing(headers: Headers, id: number) {
  await requireActor(headers, 'editor');
  if (!serialIdSchema.safeParse(id).success) return null; // not an id the database can hold
  return db().project.findFirst({
    where: { id, deletedAt: null },
    include: projectEditingInclude,
  });
}

export type ProjectForEditing = NonNullable<Awaited<ReturnType<typeof getProjectForEditing>>>;

/**
 * What the project form offers: partners, agreements and images not in the trash (plus whatever
 * this project already links to, so saving never drops a link silently), and every source. Each
 * agreement carries its partner, so the form can say whose it is; each image what it still lacks.
 */
export async function listProjectFormChoices(headers: Headers, locale: ContentLocale, projectId?: number) {
  await requireActor(headers, 'editor');
  const linked = { some: { projectId: projectId ?? -1 } }; // a new project links to nothing yet
  const [partners, agreements, sources, images] = await Promise.all([
    db().partner.findMany({ where: { OR: [{ deletedAt: null }, { projects: linked }] }, select: { id: true, slug: true, ...nameIn(locale) } }),
    listAgreementsToLink(headers, locale, { projects: linked }),
    db().source.findMany({ orderBy: { id: 'asc' }, select: { id: true, title: true, publisher: true } }),
    listPhotoChoices(locale, { projectPhotos: linked }),
  ]);
  return {
    partners: partners.map((p) => ({ id: p.id, name: partnerName(p, locale) })).sort((a, b) => a.name.localeCompare(b.name, locale)),
    agreements,
    sources,
    images,
  };
}

/** The projects an event may belong to, for the event form's select: those not in the trash, and the one it already belongs to. */
export async function listProjectChoices(headers: Headers, locale: ContentLocale, currentId: number | null) {
  await requireActor(headers, 'editor');
  const rows = await db().project.findMany({
    where: { OR: [{ deletedAt: null }, ...(currentId === null ? [] : [{ id: currentId }])] },
    select: { id: true, slug: true, translations: { where: { locale: { in: localesFor(locale) } }, select: { locale: true, title: true } } },
  });
  return rows
    .map((p) => ({ id: p.id, title: pickLocalized(p.translations, locale, 'title')?.text ?? p.slug }))
    .sort((a, b) => a.title.localeCompare(b.title, locale));
}

/** The projects in the trash, newest first: only admins restore or purge them. */
export async function listTrashedProjects(headers: Headers, locale: ContentLocale) {
  await requireActor(headers, 'admin');
  const rows = await db().project.findMany({
    where: { deletedAt: { not: null } },
    orderBy: { deletedAt: 'desc' },
    select: { id: true, slug: true, deletedAt: true, translations: { select: { locale: true, title: true } } },
  });
  return rows.map(({ translations, ...row }) => ({ ...row, title: pickLocalized(translations, locale, 'title')?.text ?? row.slug }));
}

/**
 * A project in any publication state as its public page would show it, so the preview renders the
 * very same component; linked records are those the public would see. Never cached, since a draft
 * changes with every save.
 */
export async function getProjectPreview(access: PreviewAccess, locale: ContentLocale, id: number): Promise<Preview<ProjectDetail> | null> {
  await requirePreviewAccess(access, 'project', id);
  if (!serialIdSchema.safeParse(id).success) return null;
  const where = { id, deletedAt: null };
  const now = new Date();
  const [page, own] = await Promise.all([findProjectDetail(locale, where, now), db().project.findFirst({ where, select: publicationSelect })]);
  return page && own ? { page, state: publicState(now, own), version: own.version } : null;
}
