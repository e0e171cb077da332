import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { db } from '../db';
import { requireActor } from '../auth/actor';
import { parseAgreementId } from '@/lib/agreements/permalink-id';
import { localesFor, pickLocalized, type ContentLocale } from '@/lib/i18n/localized';
import { listPhotoChoices } from '../media/photos';
import { publicationSelect, requirePreviewAccess, type Preview, type PreviewAccess } from '../admin/preview';
import { publicState } from '@/lib/publication/public-state';
import { findEventDetail, type EventDetail } from './detail';
import { translationGaps } from '@/lib/translation-status';

/** Event ids are serial integers like agreement ids, with the same rule for what in a URL can be one. */
export const parseEventId = parseAgreementId;

/** Every event not in the trash, for the editors' list: drafts and scheduled ones included, newest first. */
export async function listEventsForEditing(headers: Headers, locale: ContentLocale) {
  await requireActor(headers, 'editor');
  const rows = await db().event.findMany({
    where: { deletedAt: null },
    orderBy: [{ startDate: 'desc' }, { id: 'desc' }],
    select: {
      id: true,
      slug: true,
      startDate: true,
      startPrecision: true,
      endDate: true,
      endPrecision: true,
      publicationStatus: true,
      publishAt: true,
      updatedAt: true,
      translations: { select: { locale: true, textChangedAt: true, title: true } },
      partners: {
        select: { partner: { select: { slug: true, translations: { where: { locale: { in: localesFor(locale) } }, select: { locale: true, name: true } } } } },
      },
    },
  });
  return rows.map(({ translations, partners, ...row }) => ({
    ...row,
    title: pickLocalized(translations, locale, 'title')?.text ?? row.slug,
    partners: partners
      .map(({ partner }) => pickLocalized(partner.translations, locale, 'name')?.text ?? partner.slug)
      .sort((a, b) => a.localeCompare(b, locale)),
    ...translationGaps(translations),
  }));
}

/** What the edit form shows of an event, and what an import reads to change only a row's columns. */
export const eventEditingInclude = {
  translations: true,
  partners: { select: { partnerId: true } },
  sources: { select: { sourceId: true } },
  photos: { orderBy: [{ position: 'asc' }, { mediaId: 'asc' }], select: { mediaId: true } },
} satisfies Prisma.EventInclude;

/** One event with every field, each language's text as stored, and its links, for its edit form. */
export async function getEventForEditing(headers: Headers, id: number) {
  await requireActor(headers, 'editor');
  return db().event.findFirst({
    where: { id, deletedAt: null },
    include: eventEditingInclude,
  });
}

export type EventForEditing = NonNullable<Awaited<ReturnType<typeof getEventForEditing>>>;

/**
 * What the event form offers: partners and images not in the trash (plus whatever this event
 * already links to, so saving never drops a link silently), and every source. Each image says
 * what it still lacks before the event can be published with it.
 */
export async function listEventFormChoices(headers: Headers, locale: ContentLocale, eventId?: number) {
  await requireActor(headers, 'editor');
  const linked = { some: { eventId: eventId ?? -1 } }; // a new event links to nothing yet
  const [partners, sources, images] = await Promise.all([
    db().partner.findMany({
      where: { OR: [{ deletedAt: null }, { events: linked }] },
      select: { id: true, slug: true, translations: { where: { locale: { in: localesFor(locale) } }, select: { locale: true, name: true } } },
    }),
    db().source.findMany({ orderBy: { id: 'asc' }, select: { id: true, title: true, publisher: true } }),
    listPhotoChoices(locale, { eventPhotos: linked }),
  ]);
  return {
    partners: partners
      .map((p) => ({ id: p.id, name: pickLocalized(p.translations, locale, 'name')?.text ?? p.slug }))
      .sort((a, b) => a.name.localeCompare(b.name, locale)),
    sources,
    images,
  };
}

/** The events in the trash, newest first: only admins restore or purge them. */
export async function listTrashedEvents(headers: Headers, locale: ContentLocale) {
  await requireActor(headers, 'admin');
  const rows = await db().event.findMany({
    where: { deletedAt: { not: null } },
    orderBy: { deletedAt: 'desc' },
    select: { id: true, slug: true, deletedAt: true, translations: { select: { locale: true, title: true } } },
  });
  return rows.map(({ translations, ...row }) => ({ ...row, title: pickLocalized(translations, locale, 'title')?.text ?? row.slug }));
}

/**
 * An event in any publication state, shaped like the public page's data (lib/server/events/detail.ts),
 * so the preview renders the very same components. Partners and photos are those the public would
 * see; never cached, since a draft changes with every save.
 */
export async function getEventPreview(access: PreviewAccess, locale: ContentLocale, id: number): Promise<Preview<EventDetail> | null> {
  await requirePreviewAccess(access, 'event', id);
  const where = { id, deletedAt: null };
  const now = new Date();
  const [page, state] = await Promise.all([findEventDetail(locale, where, now), db().event.findFirst({ where, select: publicationSelect })]);
  return page && state ? { page, state: publicState(now, state), version: state.version } : null;
}
