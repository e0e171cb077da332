import 'server-only';
import sharp from 'sharp';
import { imageWidthsFor } from '@/lib/media';
import { Slots } from '@/lib/concurrency/slots';

// Decompression-bomb guard: a 10 MB file can still declare a gigantic canvas. 60 megapixels
// covers any camera photo and stops sharp before it allocates memory for more.
const MAX_INPUT_PIXELS = 60_000_000;

// Six large photos uploaded at once took the server from 368 to 755 MB and kept it there. An
// image is processed only after the previous one is done, libvips keeps no decoded images between
// operations (its cache holds up to 50 MB and 100 operations by default) and works each image on
// one thread, so memory holds one image's pixels at most and libuv's thread pool stays free for
// the requests of everyone else.
sharp.cache(false);
sharp.concurrency(1);
const oneAtATime = new Slots(1);

export type PreparedImage = { bytes: Buffer; width: number; height: number; variants: { width: number; bytes: Buffer }[] };

/** Thrown when bytes that look like an image cannot be decoded (truncated, corrupt, too many pixels). */
export class UnreadableImage extends Error {}

/**
 * The image as we store it: turned upright by its EXIF orientation, with every metadata block
 * (EXIF with GPS position, camera serials, XMP, comments) removed, re-encoded in its own format —
 * which also drops any bytes appended after the image data (polyglot files) — plus WebP copies
 * for each responsive width narrower than the original.
 */
export function prepareImage(input: Uint8Array, format: 'jpeg' | 'png' | 'webp'): Promise<PreparedImage> {
  return oneAtATime.run(() => prepare(input, format));
}

async function prepare(input: Uint8Array, format: 'jpeg' | 'png' | 'webp'): Promise<PreparedImage> {
  try {
    const upright = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' }).autoOrient();
    const encoded =
      format === 'jpeg'
        ? upright.jpeg({ quality: 90, mozjpeg: true })
        : format === 'png'
          ? upright.png({ compressionLevel: 9 })
          : upright.webp({ quality: 90 });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    const variants: PreparedImage['variants'] = [];
    for (const width of imageWidthsFor(info.width)) {
      variants.push({ width, bytes: await sharp(data).resize({ width, withoutEnlargement: true }).webp({ quality: 80 }).toBuffer() });
    }
    return { bytes: data, width: info.width, height: info.height, variants };
  } catch (error) {
    throw new UnreadableImage(error instanceof Error ? error.message : String(error), { cause: error });
  }
}
