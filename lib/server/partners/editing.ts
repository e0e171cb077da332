import 'server-only';
import { db } from '../db';
import { requireActor } from '../auth/actor';
import { pickLocalized, type ContentLocale } from '@/lib/i18n/localized';
import { publicationSelect, requirePreviewAccess, type Preview, type PreviewAccess } from '../admin/preview';
import { publicState } from '@/lib/publication/public-state';
import { findPartnerProfile, PROFILE_EVENTS, type PartnerProfile } from './profile';
import { translationGaps } from '@/lib/translation-status';

/** Partner ids are UUIDs; anything else in the URL names nothing (and must not reach a uuid column). */
const isPartnerId = (id: string) => /^[0-9a-f-]{36}$/.test(id);

/** Every partner not in the trash, for the editors' list: drafts and scheduled ones included. */
export async function listPartnersForEditing(headers: Headers, locale: ContentLocale) {
  await requireActor(headers, 'editor');
  const rows = await db().partner.findMany({
    where: { deletedAt: null },
    orderBy: { updatedAt: 'desc' },
    select: {
      id: true,
      slug: true,
      countryCode: true,
      publicationStatus: true,
      publishAt: true,
      updatedAt: true,
      translations: { select: { locale: true, textChangedAt: true, name: true } },
    },
  });
  return rows.map(({ translations, ...row }) => ({
    ...row,
    name: pickLocalized(translations, locale, 'name')?.text ?? row.slug,
    ...translationGaps(translations),
  }));
}

/** One partner with every field and each language's text as stored, for its edit form. */
export async function getPartnerForEditing(headers: Headers, id: string) {
  await requireActor(headers, 'editor');
  if (!isPartnerId(id)) return null;
  return db().partner.findFirst({ where: { id, deletedAt: null }, include: { translations: true } });
}

export type PartnerForEditing = NonNullable<Awaited<ReturnType<typeof getPartnerForEditing>>>;

/** The partners in the trash, newest first: only admins restore or purge them. */
export async function listTrashedPartners(headers: Headers, locale: ContentLocale) {
  await requireActor(headers, 'admin');
  const rows = await db().partner.findMany({
    where: { deletedAt: { not: null } },
    orderBy: { deletedAt: 'desc' },
    select: { id: true, slug: true, deletedAt: true, translations: { select: { locale: true, name: true } } },
  });
  return rows.map(({ translations, ...row }) => ({ ...row, name: pickLocalized(translations, locale, 'name')?.text ?? row.slug }));
}

/**
 * A partner in any publication state as its public profile would show it, so the preview renders
 * the very same components; its agreements and events are those the public would see. Never
 * cached, since a draft changes with every save.
 */
export async function getPartnerPreview(access: PreviewAccess, locale: ContentLocale, id: string): Promise<Preview<PartnerProfile> | null> {
  await requirePreviewAccess(access, 'partner', id);
  if (!isPartnerId(id)) return null;
  const where = { id, deletedAt: null };
  const now = new Date();
  const [page, state] = await Promise.all([
    findPartnerProfile(locale, where, now, PROFILE_EVENTS),
    db().partner.findFirst({ where, select: publicationSelect }),
  ]);
  return page && state ? { page, state: publicState(now, state), version: state.version } : null;
}
