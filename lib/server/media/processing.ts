import 'server-only';
import sharp from 'sharp';
import { imageWidthsFor } from '@/lib/media';

// Decompression-bomb guard: a 10 MB file can still declare a gigantic canvas. 60 megapixels
// covers any camera photo and stops sharp before it allocates memory for more.
const MAX_INPUT_PIXELS = 60_000_000;

export type PreparedImage = { bytes: Buffer; width: number; height: number; variants: { width: number; bytes: Buffer }[] };

/** Thrown when bytes that look like an image cannot be decoded (truncated, corrupt, too many pixels). */
export class UnreadableImage extends Error {}

/**
 * The image as we store it: turned upright by its EXIF orientation, with every metadata block
 * (EXIF with GPS position, camera serials, XMP, comments) removed, re-encoded in its own format —
 * which also drops any bytes appended after the image data (polyglot files) — plus WebP copies
 * for each responsive width narrower than the original.
 */
export async function prepareImage(input: Uint8Array, format: 'jpeg' | 'png' | 'webp'): Promise<PreparedImage> {
  try {
    const upright = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' }).autoOrient();
    const encoded =
      format === 'jpeg' ? upright.jpeg({ quality: 90, mozjpeg: true }) : format === 'png' ? upright.png({ compressionLevel: 9 }) : upright.webp({ quality: 90 });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    const variants = await Promise.all(
      imageWidthsFor(info.width).map(async (width) => ({
        width,
        bytes: await sharp(data).resize({ width, withoutEnlargement: true }).webp({ quality: 80 }).toBuffer(),
      })),
    );
    return { bytes: data, width: info.width, height: info.height, variants };
  } catch (error) {
    throw new UnreadableImage(error instanceof Error ? error.message : String(error), { cause: error });
  }
}
