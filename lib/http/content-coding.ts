import { brotliCompress, brotliCompressSync, constants as zlib, gzip, gzipSync } from 'node:zlib';
import { promisify } from 'node:util';

// How the server compresses what it compresses itself (docs/decisions/017 and 052): the copies of
// public responses, and small JSON answers of the open-data API.

export const CODINGS = ['br', 'gzip'] as const;
export type ContentCoding = (typeof CODINGS)[number];

/**
 * The coding to send a body in, from the request's Accept-Encoding (RFC 9110 §12.5.3): of those
 * `offered` (brotli and gzip unless told), whichever the client weighs more, the first on a tie,
 * never one it refuses with q=0; null for none.
 */
export function preferredCoding(acceptEncoding: string | null | undefined, offered: readonly ContentCoding[] = CODINGS): ContentCoding | null {
  const weights = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (name !== '') weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  let preferred: ContentCoding | null = null;
  let best = 0;
  for (const coding of offered) {
    const weight = weights.get(coding) ?? weights.get('*') ?? 0;
    if (weight > best) [preferred, best] = [coding, weight];
  }
  return preferred;
}

// A 1 MB brotli window instead of the default 4 MB: bodies are at most a few MB, and each
// compression in flight holds its window in memory.
const OPTIONS = { gzip: { level: 6 }, br: { params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_LGWIN]: 20 } } };
const compressAsync = { gzip: promisify(gzip), br: promisify(brotliCompress) };

/** The body in the coding, off the event loop: for bodies of any size. */
export const compressed = (coding: ContentCoding, body: Buffer): Promise<Buffer> => compressAsync[coding](body, OPTIONS[coding]);

/** The body in the coding, at once: only for small bodies, which take microseconds. */
export const compressedNow = (coding: ContentCoding, body: Uint8Array): Buffer =>
  coding === 'br' ? brotliCompressSync(body, OPTIONS.br) : gzipSync(body, OPTIONS.gzip);
