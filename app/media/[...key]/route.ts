import fs from 'node:fs';
import { Readable } from 'node:stream';
import { connection } from 'next/server';
import { imageWidthsFor } from '@/lib/media';
import { contentDisposition } from '@/lib/media/upload-rules';
import { MEDIA_CONTENT_SECURITY_POLICY } from '@/lib/security/headers';
import { getServableMedia } from '@/lib/server/media/queries';
import { storedFilePath } from '@/lib/server/media/storage';

// Keys are content hashes: a file under one never changes, so browsers and proxies may keep it.
const IMMUTABLE = 'public, max-age=31536000, immutable';
const notFound = () =>
  new Response('Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' },
  });

/**
 * Serves an upload by its storage key (`/media/ab/ab12…ef.jpg`, `?w=960` for a resized copy).
 * The key is matched against a strict pattern and an existing, untrashed row before any file is
 * opened, and the path comes from that row, not from the request.
 */
export async function GET(request: Request, { params }: RouteContext<'/media/[...key]'>) {
  await connection();
  const { key } = await params;
  const media = await getServableMedia(key.join('/'));
  if (!media) return notFound();

  const widthParam = new URL(request.url).searchParams.get('w');
  let width: number | undefined;
  if (widthParam !== null) {
    width = imageWidthsFor(media.width ?? 0).find((w) => String(w) === widthParam);
    if (media.kind !== 'image' || width === undefined) return notFound();
  }

  const etag = `"${media.sha256}${width ? `-w${width}` : ''}"`;
  const headers = new Headers({
    'Content-Type': width ? 'image/webp' : media.mimeType,
    'Content-Disposition': contentDisposition(media.kind, media.originalName ?? 'document.pdf'),
    'X-Content-Type-Options': 'nosniff',
    // Also set for every /media response by next.config.ts; here so that a direct call carries it too.
    'Content-Security-Policy': MEDIA_CONTENT_SECURITY_POLICY,
    'Cache-Control': IMMUTABLE,
    ETag: etag,
  });
  const ifNoneMatch = request.headers.get('if-none-match');
  if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) return new Response(null, { status: 304, headers });

  // Read through one open handle: the bytes are those of the file found, whatever happens to its
  // name meanwhile (Node's openAsBlob opens the path again when read, and fails if it changed).
  let file: fs.promises.FileHandle;
  try {
    file = await fs.promises.open(storedFilePath(media.storageKey, width));
  } catch (error) {
    // The row exists but its file does not (a restored backup without the media folder).
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return notFound();
    throw error;
  }
  const { size } = await file.stat().catch(async (error: unknown) => {
    await file.close();
    throw error;
  });
  headers.set('Content-Length', String(size));
  // Next calls GET for HEAD too and then drops the body unread: the handle would stay open.
  if (request.method === 'HEAD') {
    await file.close();
    return new Response(null, { status: 200, headers });
  }
  return new Response(Readable.toWeb(file.createReadStream()) as ReadableStream<Uint8Array>, { status: 200, headers });
}
