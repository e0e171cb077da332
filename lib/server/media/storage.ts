import 'server-only';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { mediaDir } from '@/lib/server/env';
import { parseStorageKey, variantKeyFor } from '@/lib/media/storage-key';

// `.ab12…ef.jpg.<uuid>.tmp` beside its target: hidden, and never a storage key, so never served.
const TEMPORARY_NAME = /^\..+\.[0-9a-f-]{36}\.tmp$/;
// Older than any write in progress on any instance: a file this old was left by a crash.
const STALE_AFTER_MS = 60 * 60 * 1000;

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
 * Writes a file so that every instance sharing the media folder sees either nothing or all of it:
 * a temporary file in the target's own folder, flushed, then linked into place. A link, not a
 * rename, because it never replaces: when another instance stored the same upload first, its
 * file (the same bytes: the name is their hash) stays, and nobody reading it is cut off.
 * See docs/decisions/009-media-storage.md.
 */
export async function storeFile(storageKey: string, bytes: Uint8Array, width?: number): Promise<void> {
  const target = storedFilePath(storageKey, width);
  const folder = path.dirname(target);
  const created = await fs.mkdir(folder, { recursive: true });
  const temporary = path.join(folder, `.${path.basename(target)}.${randomUUID()}.tmp`);
  try {
    const handle = await fs.open(temporary, 'wx', 0o644);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await fs.link(temporary, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    // The new name must outlive a power cut before the database row that points at it is written.
    await syncFolder(folder);
    if (created) await syncFolder(path.dirname(folder));
  } finally {
    await fs.rm(temporary, { force: true });
  }
}

async function syncFolder(folder: string) {
  const handle = await fs.open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Removes the temporary files an instance that crashed while storing left behind (run when a
 * server starts). Recent ones are left alone: another instance may be writing them right now.
 * The `.tmp` folder is where versions before this one wrote them.
 */
export async function removeStaleTemporaryFiles(now = Date.now()): Promise<void> {
  const root = mediaDir();
  const folders = await fs.readdir(root, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []; // nothing uploaded yet
    throw error;
  });
  for (const folder of folders.filter((entry) => entry.isDirectory())) {
    const legacy = folder.name === '.tmp';
    for (const name of await fs.readdir(path.join(root, folder.name))) {
      if (!legacy && !TEMPORARY_NAME.test(name)) continue;
      const file = path.join(root, folder.name, name);
      const stats = await fs.stat(file).catch(() => null); // gone already: another instance's sweep or write
      if (stats && now - stats.mtimeMs > STALE_AFTER_MS) await fs.rm(file, { force: true });
    }
  }
}

/** Removes a file and its resized copies (for purging from the trash). */
export async function removeStoredFiles(storageKey: string, widths: readonly number[]): Promise<void> {
  await Promise.all([storedFilePath(storageKey), ...widths.map((w) => storedFilePath(storageKey, w))].map((file) => fs.rm(file, { force: true })));
}
