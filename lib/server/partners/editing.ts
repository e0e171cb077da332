import 'server-only';
import { db } from '../db';
import { requireActor } from '../auth/actor';
import { pickLocalized, type ContentLocale } from '@/lib/i18n/localized';

/** Every partner not in the trash, for the editors' list: drafts and scheduled ones included. */
export async function listPartnersForEditing(headers: Headers, locale: ContentLocale) {
  await requireActor(headers, 'editor');
  const rows = await db().partner.findMany({
    where: { deletedAt: null },
    orderBy: { updatedAt: 'desc' },
    select: {
      id: true, slug: true, countryCode: true, publicationStatus: true, publishAt: true, updatedAt: true,
      translations: { select: { locale: true, name: true } },
    },
  });
  return rows.map(({ translations, ...row }) => ({
    ...row,
    name: pickLocalized(translations, locale, 'name')?.text ?? row.slug,
    missingLocales: (['kk', 'en'] as const).filter((l) => !translations.some((t) => t.locale === l)),
  }));
}

/** One partner with every field and each language's text as stored, for its edit form. */
export async function getPartnerForEditing(headers: Headers, id: string) {
  await requireActor(headers, 'editor');
  if (!/^[0-9a-f-]{36}$/.test(id)) return null; // partner ids are UUIDs; anything else names nothing
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
