/**
 * The largest request body a page accepts: the largest upload (a 20 MB PDF, lib/media/upload-rules.ts)
 * with the rest of its form. next.config.ts gives Next.js the same limit for server actions.
 */
export const MAX_BODY_MEGABYTES = 21;
export const MAX_BODY_BYTES = MAX_BODY_MEGABYTES * 1024 * 1024;

/**
 * True when the request says it carries more than the limit. Refused at once with 413: past the
 * limit Next.js cuts the body short, and the server action then fails on a broken form as a 500.
 * A body without a declared length is counted as it streams, by the production server
 * (scripts/lib/request-guards.ts).
 */
export function bodyTooLarge(contentLength: string | null | undefined): boolean {
  const length = Number(contentLength ?? 0);
  return Number.isFinite(length) && length > MAX_BODY_BYTES;
}
