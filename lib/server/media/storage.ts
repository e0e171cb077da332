import 'server-only';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { mediaDir } from '@/lib/server/env';
import { parseStorageKey, variantKeyFor } from '@/lib/media/storage-key';

/**
 * The absolute path of a stored file. Only well-formed keys (see lib/media/storage-key.ts) get
 * one, and the result is checked to stay inside the media folder, so no request text can name
 * another file.
 */
export function storedFilePath(storageKey: string, width?: number): string {
  if (!parseStorageKey(storageKey)) throw new Error(`Not a storage key: ${JSON.stringify(storageKey)}`);
  const root = mediaDir();
  const file = path.resolve(root, width ? variantKeyFor(storageKey, width) : storageKey);
  if (!file.startsWith(root + path.sep)) throw new Error(`Storage key outside the media folder: ${storageKey}`);
  return file;
}

/**
 * Writes a file so that readers see either nothing or all of it: a temporary file in the same
 * folder tree (so rename is atomic on one file system), flushed, then renamed into place. The
 * content is addressed by its hash, so an existing file already holds these bytes.
 */
export async function storeFile(storageKey: string, bytes: Uint8Array, width?: number): Promise<void> {
  const target = storedFilePath(storageKey, width);
  const tmpDir = path.join(mediaDir(), '.tmp');
  await Promise.all([fs.mkdir(path.dirname(target), { recursive: true }), fs.mkdir(tmpDir, { recursive: true })]);
  const tmp = path.join(tmpDir, randomUUID());
  try {
    const handle = await fs.open(tmp, 'wx', 0o644);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, target);
  } catch (error) {
    await fs.rm(tmp, { force: true });
    throw error;
  }
}

/** Removes a file and its resized copies (for purging from the trash). */
export async function removeStoredFiles(storageKey: string, widths: readonly number[]): Promise<void> {
  await Promise.all([storedFilePath(storageKey), ...widths.map((w) => storedFilePath(storageKey, w))].map((file) => fs.rm(file, { force: true })));
}
