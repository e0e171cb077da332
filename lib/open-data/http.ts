import { createHash } from 'node:crypto';
import { ifNoneMatchNames } from '@/lib/http/entity-tags';
import type { ErrorResponse } from '@/lib/schemas/open-data/common';

// The HTTP rules every open-data answer follows, as plain functions the route plumbing
// (lib/server/open-data/route.ts) applies: validators, conditional requests and CORS.

/** A strong validator of the exact bytes sent: any change to the data, a deletion included, changes it. */
export function entityTag(body: string | readonly Uint8Array[]): string {
  const hash = createHash('sha256');
  for (const chunk of typeof body === 'string' ? [body] : body) hash.update(chunk);
  return `"${hash.digest('base64url').slice(0, 32)}"`;
}

/**
 * Whether the client's copy is current (RFC 9110 §13.2.2): If-None-Match decides when present (weak
 * comparison, as for GET); otherwise If-Modified-Since against Last-Modified, at HTTP's one-second grain.
 */
export function isNotModified(headers: Headers, etag: string, lastModified: Date | null): boolean {
  const ifNoneMatch = headers.get('if-none-match');
  if (ifNoneMatch !== null) return ifNoneMatchNames(ifNoneMatch, etag);
  const ifModifiedSince = headers.get('if-modified-since');
  if (ifModifiedSince === null || lastModified === null) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';

/** Open data is for everyone: any site may read it from a browser, validators included. */
export const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Last-Modified, Content-Disposition',
} as const;

/** The answer to a preflight: conditional headers are not CORS-safelisted, so browsers ask first. */
export const PREFLIGHT_HEADERS = {
  ...CORS_HEADERS,
  'Access-Control-Allow-Methods': ALLOWED_METHODS,
  'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since',
  'Access-Control-Max-Age': '86400',
  Allow: ALLOWED_METHODS,
} as const;

// Data changes when the press office publishes: five minutes in caches, then a cheap 304 check.
export const PUBLIC_CACHE = 'public, max-age=300';
// A 404 becomes a 200 when the record is published, and a 400 is a mistake to fix, not to keep.
export const ERROR_CACHE = 'no-store';

/**
 * The API's refusal of a read it will not do now, in its Error shape, for the production server
 * to send without the application: too many reads from one address (429), or too many waiting
 * for their turn (503). Both say when to try again.
 */
export function apiRefusal(status: 429 | 503, retryAfterSeconds: number): { status: number; headers: Record<string, string>; body: string } {
  const body: ErrorResponse =
    status === 429
      ? { error: { code: 'rate_limited', message: 'Too many requests from this address. Try again after Retry-After seconds.' } }
      : { error: { code: 'unavailable', message: 'The server is busy. Try again after Retry-After seconds.' } };
  return {
    status,
    headers: {
      ...CORS_HEADERS,
      'Content-Type': 'application/json',
      'Cache-Control': ERROR_CACHE,
      'X-Content-Type-Options': 'nosniff',
      'Retry-After': String(retryAfterSeconds),
    },
    body: JSON.stringify(body),
  };
}
