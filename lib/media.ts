/**
 * The public URL of a stored media file (Media.storageKey). One place for the scheme, so the page
 * that shows a file and the route that serves uploads (app/media/[...key]) agree on it.
 */
export const mediaUrl = (storageKey: string, width?: number) =>
  `/media/${storageKey.split('/').map(encodeURIComponent).join('/')}${width ? `?w=${width}` : ''}`;

/** The widths (px) of the WebP copies made of every uploaded image, smallest first. */
export const IMAGE_WIDTHS = [480, 960, 1600] as const;
export type ImageWidth = (typeof IMAGE_WIDTHS)[number];

/** The resized copies an image of this width has: never enlarged, so a small image has fewer. */
export const imageWidthsFor = (width: number): ImageWidth[] => IMAGE_WIDTHS.filter((w) => w < width);

/** An `srcset` of the resized copies plus the stored original, for <img srcset sizes>. */
export function mediaSrcSet(storageKey: string, width: number): string {
  return [...imageWidthsFor(width).map((w) => `${mediaUrl(storageKey, w)} ${w}w`), `${mediaUrl(storageKey)} ${width}w`].join(', ');
}
