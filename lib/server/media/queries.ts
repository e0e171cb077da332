import 'server-only';
import { db } from '@/lib/server/db';
import { requireActor } from '@/lib/server/auth/actor';
import { parseStorageKey } from '@/lib/media/storage-key';

export const MEDIA_PAGE_SIZE = 24;

/** One page of the library as the admin page lists it, newest first, with every locale's alt text. */
export async function listMediaForAdmin(headers: Headers, page: number) {
  await requireActor(headers, 'editor');
  const where = { deletedAt: null };
  const [total, items] = await Promise.all([
    db().media.count({ where }),
    db().media.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      skip: (page - 1) * MEDIA_PAGE_SIZE,
      take: MEDIA_PAGE_SIZE,
      select: {
        id: true,
        kind: true,
        mimeType: true,
        byteSize: true,
        width: true,
        height: true,
        storageKey: true,
        originalName: true,
        creditText: true,
        creditUrl: true,
        createdAt: true,
        version: true,
        translations: { select: { locale: true, alt: true } },
      },
    }),
  ]);
  return { total, pageCount: Math.max(1, Math.ceil(total / MEDIA_PAGE_SIZE)), items };
}

export type AdminMediaItem = Awaited<ReturnType<typeof listMediaForAdmin>>['items'][number];

/**
 * What the media route needs to serve a key, or null when the key is malformed, unknown or
 * trashed. Public on purpose: keys are content hashes that only published pages reveal.
 */
export async function getServableMedia(storageKey: string) {
  if (!parseStorageKey(storageKey)) return null;
  return db().media.findFirst({
    where: { storageKey, deletedAt: null },
    select: { kind: true, mimeType: true, sha256: true, width: true, storageKey: true, originalName: true },
  });
}

/** Files in the trash, newest first: only admins restore or purge them. */
export async function listTrashedMedia(headers: Headers) {
  await requireActor(headers, 'admin');
  const rows = await db().media.findMany({
    where: { deletedAt: { not: null } },
    orderBy: { deletedAt: 'desc' },
    select: { id: true, originalName: true, storageKey: true, deletedAt: true },
  });
  return rows.map((row) => ({ id: row.id, name: row.originalName ?? row.storageKey, deletedAt: row.deletedAt }));
}
