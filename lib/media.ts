/**
 * The public URL of a stored media file (Media.storageKey). One place for the scheme, so the page
 * that shows a file and the route that will serve uploads agree on it.
 */
export const mediaUrl = (storageKey: string) => `/media/${storageKey.split('/').map(encodeURIComponent).join('/')}`;
