/**
 * Whether an If-None-Match header names this entity tag, or is `*`, by the weak comparison RFC 9110
 * §13.1.2 prescribes for it: `W/"x"` matches `"x"` and the reverse. A proxy that compresses a
 * response weakens its tag, and the cache behind it sends the weak one back. Shared by the
 * open-data answers (lib/open-data/http.ts) and the server's copies (scripts/lib/public-copies.ts).
 */
export function ifNoneMatchNames(header: string, etag: string): boolean {
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}
