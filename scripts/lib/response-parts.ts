// What code wrapping a ServerResponse's writeHead, write and end receives, read the same way by
// the copies (public-copies.ts) and the whole compression (whole-compression.ts).
import type { OutgoingHttpHeaders } from 'node:http';

/** A chunk handed to write() or end() as bytes; null when there is none (nothing, or a callback in its place). */
export function chunkBytes(chunk: unknown, encoding: unknown): Buffer | null {
  if (chunk === undefined || chunk === null || typeof chunk === 'function') return null;
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk);
  return Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
}

/** The headers object handed to writeHead(status, [message], [headers]), if any. */
export const writeHeadHeaders = (args: readonly unknown[]): OutgoingHttpHeaders | undefined =>
  args.find((arg, index): arg is OutgoingHttpHeaders => index > 0 && typeof arg === 'object' && arg !== null && !Array.isArray(arg));
