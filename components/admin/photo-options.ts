import 'server-only';
import { IMAGE_WIDTHS, imageWidthsFor, mediaUrl } from '@/lib/media';
import type { listPhotoChoices } from '@/lib/server/media/photos';
import type { PhotoOption } from './photo-picker';

/** The photo picker's images with their thumbnails at the smallest stored size. */
export function photoOptions(images: Awaited<ReturnType<typeof listPhotoChoices>>): PhotoOption[] {
  const thumbnailWidth = IMAGE_WIDTHS[0];
  return images.map((image) => ({
    id: image.id,
    name: image.name,
    alt: image.alt,
    // Images narrower than the smallest copy have none: the original is the thumbnail then.
    src: image.width && imageWidthsFor(image.width).includes(thumbnailWidth) ? mediaUrl(image.storageKey, thumbnailWidth) : mediaUrl(image.storageKey),
    missing: image.missing,
  }));
}
