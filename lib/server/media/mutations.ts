import 'server-only';
import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { db } from '@/lib/server/db';
import { requireActor } from '@/lib/server/auth/actor';
import { writeAudit } from '@/lib/server/admin/audit';
import { isUniqueViolation, notFound, succeeded, type MutationOutcome } from '@/lib/server/admin/outcome';
import { fieldChanges, flattenTranslations } from '@/lib/audit/field-changes';
import { imageWidthsFor } from '@/lib/media';
import { storageKeyFor } from '@/lib/media/storage-key';
import { classifyUpload, sanitizeFileName, type UploadRejection } from '@/lib/media/upload-rules';
import type { MediaDetailsInput } from '@/lib/schemas/media';
import { uuidIdSchema } from '@/lib/schemas/record-ids';
import { STORED_LOCALES, type StoredLocale } from '@/lib/i18n/localized';
import { prepareImage, UnreadableImage } from './processing';
import { removeStoredFiles, storeFile } from './storage';

const LOCALES = STORED_LOCALES;
// file-type's own sample size: enough for every signature it knows.
const TYPE_SNIFF_BYTES = 4100;

type UploadError = UploadRejection | 'unreadableImage' | 'inTrash';
export type UploadOutcome = { ok: true; media: { id: string; storageKey: string }; duplicate: boolean } | { ok: false; error: UploadError };

// A file's id comes from its caller as it was sent: one that is no uuid names no file (PostgreSQL would refuse it, P2007).
const namesNoFile = (id: string) => !uuidIdSchema.safeParse(id).success;

const IMAGE_FORMATS = { 'image/jpeg': 'jpeg', 'image/png': 'png', 'image/webp': 'webp' } as const;

/**
 * Stores an uploaded photo or document. The type comes from the file's content (magic bytes),
 * never from its name or the browser's Content-Type; photos are re-encoded without metadata and
 * resized. Files are written before the row, so a row never points at a missing file; the same
 * content uploaded again (same SHA-256 of the stored bytes) returns the existing record.
 */
export async function uploadMedia(headers: Headers, file: File, details: MediaDetailsInput): Promise<UploadOutcome> {
  const actor = await requireActor(headers, 'editor');
  // The type is read from the first bytes alone, so an oversize file is refused without reading it.
  const head = new Uint8Array(await file.slice(0, TYPE_SNIFF_BYTES).arrayBuffer());
  const verdict = classifyUpload((await fileTypeFromBuffer(head))?.mime, file.size);
  if (!verdict.ok) return { ok: false, error: verdict.reason };
  const { kind, mimeType, extension } = verdict.upload;
  const uploaded = new Uint8Array(await file.arrayBuffer());

  let stored: Uint8Array = uploaded;
  let size: { width: number; height: number } | null = null;
  let variants: { width: number; bytes: Uint8Array }[] = [];
  if (kind === 'image') {
    try {
      const image = await prepareImage(uploaded, IMAGE_FORMATS[mimeType as keyof typeof IMAGE_FORMATS]);
      ({ bytes: stored, variants } = image);
      size = { width: image.width, height: image.height };
    } catch (error) {
      if (error instanceof UnreadableImage) return { ok: false, error: 'unreadableImage' };
      throw error;
    }
  }

  const sha256 = createHash('sha256').update(stored).digest('hex');
  const existing = await findBySha(sha256);
  if (existing)
    return existing.deletedAt ? { ok: false, error: 'inTrash' } : { ok: true, media: { id: existing.id, storageKey: existing.storageKey }, duplicate: true };

  const storageKey = storageKeyFor(sha256, extension);
  await storeFile(storageKey, stored);
  await Promise.all(variants.map((v) => storeFile(storageKey, v.bytes, v.width)));

  const row = {
    kind,
    mimeType,
    byteSize: stored.byteLength,
    width: size?.width ?? null,
    height: size?.height ?? null,
    sha256,
    storageKey,
    originalName: sanitizeFileName(file.name, extension),
    creditText: details.creditText,
    creditUrl: details.creditUrl,
  };
  const translations = LOCALES.flatMap((locale) => (details.alt[locale] ? [{ locale, alt: details.alt[locale] }] : []));
  try {
    const media = await db().$transaction(async (tx) => {
      const created = await tx.media.create({
        data: { ...row, createdById: actor.id, translations: { create: translations } },
        select: { id: true, storageKey: true },
      });
      await writeAudit(tx, {
        actor,
        action: 'create',
        entityType: 'media',
        entityId: created.id,
        changes: fieldChanges(null, { ...row, ...flattenTranslations(translations, ['alt']) }),
      });
      return created;
    });
    return { ok: true, media, duplicate: false };
  } catch (error) {
    // Two editors uploading the same file at once: the second finds the first's row.
    const winner = isUniqueViolation(error, 'sha256') ? await findBySha(sha256) : null;
    if (winner && !winner.deletedAt) return { ok: true, media: { id: winner.id, storageKey: winner.storageKey }, duplicate: true };
    throw error;
  }
}

const findBySha = (sha256: string) => db().media.findUnique({ where: { sha256 }, select: { id: true, storageKey: true, deletedAt: true } });

/**
 * Sets the alt texts (blank removes one) and the credit over version `version`; each change is
 * audited field by field. If someone saved in between, nothing is written and the caller learns
 * the current version.
 */
export async function updateMediaDetails(
  headers: Headers,
  id: string,
  version: number,
  details: MediaDetailsInput,
): Promise<MutationOutcome<{ version: number }>> {
  const actor = await requireActor(headers, 'editor');
  if (namesNoFile(id)) return notFound;
  return db().$transaction(async (tx) => {
    const before = await tx.media.findFirst({
      where: { id, deletedAt: null },
      select: { creditText: true, creditUrl: true, translations: { select: { locale: true, alt: true, caption: true } } },
    });
    if (!before) return notFound;
    // A caption lives in the same row as its alt text, which the database wants non-blank
    // (MediaTranslation_alt_not_blank): clearing the alt of a captioned photo used to fail the save
    // with a 500. It is refused as a field error instead, before anything is written.
    const captioned = LOCALES.filter((locale) => !details.alt[locale] && before.translations.find((t) => t.locale === locale)?.caption);
    if (captioned.length > 0)
      return { ok: false, error: 'invalid', fieldErrors: Object.fromEntries(captioned.map((locale) => [`alt.${locale}`, 'altKeepsCaption'])) } as const;
    const { count } = await tx.media.updateMany({
      where: { id, version, deletedAt: null },
      data: { creditText: details.creditText, creditUrl: details.creditUrl, version: { increment: 1 } },
    });
    if (count === 0) {
      const current = await tx.media.findUniqueOrThrow({ where: { id }, select: { version: true, updatedAt: true } });
      return { ok: false, error: 'conflict', current } as const;
    }
    for (const locale of LOCALES) {
      const alt = details.alt[locale];
      const current = before.translations.find((t) => t.locale === locale);
      const where = { mediaId_locale: { mediaId: id, locale } };
      if (alt) await tx.mediaTranslation.upsert({ where, create: { mediaId: id, locale, alt }, update: { alt } });
      else if (current) await tx.mediaTranslation.delete({ where }); // no caption here: refused above
    }
    const snapshot = (credit: { creditText: string | null; creditUrl: string | null }, alts: { locale: StoredLocale; alt: string | null }[]) => ({
      creditText: credit.creditText,
      creditUrl: credit.creditUrl,
      ...Object.fromEntries(LOCALES.map((l) => [`alt.${l}`, alts.find((t) => t.locale === l)?.alt || null])),
    });
    const after = snapshot(
      details,
      LOCALES.map((locale) => ({ locale, alt: details.alt[locale] })),
    );
    const changes = fieldChanges(snapshot(before, before.translations), after);
    if (Object.keys(changes).length > 0) await writeAudit(tx, { actor, action: 'update', entityType: 'media', entityId: id, changes });
    return succeeded({ version: version + 1 });
  });
}

/** Moves a file to the trash: it stops being served, and an admin can restore or purge it. */
export async function trashMedia(headers: Headers, id: string): Promise<MutationOutcome<{ id: string }>> {
  const actor = await requireActor(headers, 'editor');
  return setDeletedAt(actor, id, new Date());
}

export async function restoreMedia(headers: Headers, id: string): Promise<MutationOutcome<{ id: string }>> {
  const actor = await requireActor(headers, 'admin');
  return setDeletedAt(actor, id, null);
}

async function setDeletedAt(actor: Awaited<ReturnType<typeof requireActor>>, id: string, deletedAt: Date | null): Promise<MutationOutcome<{ id: string }>> {
  if (namesNoFile(id)) return notFound;
  return db().$transaction(async (tx) => {
    const { count } = await tx.media.updateMany({ where: { id, deletedAt: deletedAt ? null : { not: null } }, data: { deletedAt } });
    if (count === 0) return notFound;
    await writeAudit(tx, {
      actor,
      action: deletedAt ? 'delete' : 'restore',
      entityType: 'media',
      entityId: id,
      changes: { deletedAt: { before: deletedAt ? null : 'trash', after: deletedAt ? deletedAt.toISOString() : null } },
    });
    return succeeded({ id });
  });
}

/**
 * Deletes a trashed file for good: the row (an event still showing it keeps it: the foreign key
 * refuses), then its files once the deletion is committed.
 */
export async function purgeMedia(headers: Headers, id: string): Promise<MutationOutcome<{ id: string }> | { ok: false; error: 'inUse' }> {
  const actor = await requireActor(headers, 'admin');
  if (namesNoFile(id)) return notFound;
  const media = await db().media.findFirst({
    where: { id, deletedAt: { not: null } },
    select: { storageKey: true, width: true, _count: { select: { eventPhotos: true } } },
  });
  if (!media) return notFound;
  if (media._count.eventPhotos > 0) return { ok: false, error: 'inUse' };
  await db().$transaction(async (tx) => {
    await tx.media.delete({ where: { id } });
    await writeAudit(tx, { actor, action: 'purge', entityType: 'media', entityId: id, changes: { storageKey: { before: media.storageKey, after: null } } });
  });
  await removeStoredFiles(media.storageKey, media.width ? imageWidthsFor(media.width) : []);
  return succeeded({ id });
}
