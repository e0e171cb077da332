// Checks on what a request names, made by the production server (scripts/server.ts) before
// Next.js sees the request. Pure, so that they are unit-tested here.

/**
 * True when the path of a request target holds a %-escape that does not decode to UTF-8: a lone
 * `%`, `%%`, `%G0`, or bytes that are no UTF-8 character (`%FF`, the overlong `%C0%AF`, the
 * surrogate `%ED%A0%80`). Such a path names nothing on this site, and Next.js fails on it with a
 * 500 wherever it is (pages, files, the API), so it is answered 400 first. The query string is
 * the application's: each parameter is checked where it is read.
 */
export function hasMalformedPathEscape(target: string): boolean {
  const query = target.indexOf('?');
  try {
    decodeURIComponent(query === -1 ? target : target.slice(0, query));
    return false;
  } catch {
    return true;
  }
}

/**
 * True when the path decodes, but holds a malformed escape once decoded again (`%25zz` is `%zz`).
 * next-intl decodes the path before it rewrites or redirects it to its locale, so such a path
 * reached Next.js malformed, and failed there with a 500 (found by the property test of
 * tests/integration/bad-input-http.test.ts). It names nothing on this site either.
 */
export function isMalformedOnceDecoded(path: string): boolean {
  try {
    return hasMalformedPathEscape(decodeURI(path));
  } catch {
    return true;
  }
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Whether a request's Host names the site (SITE_URL). Behind the documented reverse proxy Host is
 * the public host; on a developer's machine `localhost` and `127.0.0.1` are the same site when
 * the port is. A response to any other Host was rendered for a name that is not ours: it is
 * served, but never kept to answer others (scripts/lib/public-copies.ts).
 */
export function namesSite(host: string | undefined, site: URL): boolean {
  if (!host) return false;
  let requested: URL;
  try {
    requested = new URL(`${site.protocol}//${host}`);
  } catch {
    return false;
  }
  if (requested.host === site.host) return true;
  return LOOPBACK_NAMES.has(site.hostname) && LOOPBACK_NAMES.has(requested.hostname) && requested.port === site.port;
}
