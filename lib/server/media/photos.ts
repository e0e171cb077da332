import 'server-only';
import { db } from '../db';
import { pickLocalized, type ContentLocale } from '@/lib/i18n/localized';
import { missingForPublication } from '@/lib/media/publishable';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { PublicationStatus } from '@/lib/generated/prisma/enums';

/**
 * The images a record's photo picker offers (events, projects): those not in the trash, and those
 * `kept` (already its photos, so saving never drops one silently). Each says what it still lacks
 * before the record can be published with it. The caller has checked the editor's role.
 */
export async function listPhotoChoices(locale: ContentLocale, kept: Prisma.MediaWhereInput) {
  const images = await db().media.findMany({
    where: { kind: 'image', OR: [{ deletedAt: null }, kept] },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      kind: true,
      storageKey: true,
      width: true,
      originalName: true,
      creditText: true,
      translations: { select: { locale: true, alt: true } },
    },
  });
  return images.map(({ translations, ...image }) => ({
    id: image.id,
    storageKey: image.storageKey,
    width: image.width,
    name: image.originalName ?? image.id,
    alt: pickLocalized(translations, locale, 'alt')?.text ?? null,
    missing: missingForPublication({ ...image, translations }),
  }));
}

/**
 * The chosen photos exist as images, and a record about to go public (published or scheduled)
 * shows none that still lacks its alt texts or credit. A photo's error sits on `photos.<id>`,
 * where the form shows it beside that photo.
 */
export async function photoErrors(tx: Prisma.TransactionClient, photos: string[], publicationStatus: PublicationStatus): Promise<Record<string, string>> {
  const rows = await tx.media.findMany({
    where: { id: { in: photos }, kind: 'image' },
    select: { id: true, kind: true, creditText: true, translations: { select: { locale: true, alt: true } } },
  });
  const errors: Record<string, string> = {};
  if (rows.length !== photos.length) errors.photos = 'unknownChoice';
  if (publicationStatus !== 'draft') {
    for (const photo of rows) if (missingForPublication(photo).length > 0) errors[`photos.${photo.id}`] = 'photoNotReady';
  }
  return errors;
}
