import { localeOfSegment, type AppLocale } from '@/i18n/routing';

/**
 * What a request is to the production server's copies of public responses (scripts/lib/public-copies.ts):
 * - `public-page`: a public page's document, the same for every visitor. Its last whole copy stands
 *   in for it while the database is down; while it is up, a current copy is sent instead of
 *   rendering the page again (`reuse`), except for search, whose queries are too many to keep;
 * - `public-data`: a read of the open-data API, the same for every caller: a current copy is sent
 *   while the database is up (`reuse`), except to a conditional request, which the application
 *   answers with its validators; while it is down the API answers 503 itself. `small` marks the
 *   answers that are small by construction (the header's suggestions), which the server compresses
 *   whole (scripts/lib/whole-compression.ts);
 * - `page`: a document that needs the database and has no copy to fall back on (the admin, a
 *   preview link's page, the low-vision settings, the router's own requests for page data): the "temporarily unavailable" page during an outage.
 *   `search` marks the router's requests for search results, rate-limited like the search page;
 * - `pass`: everything else goes to the application as usual. Server actions report an outage in
 *   the form (keeping the input), and static files need no database.
 */
export type PublicRoute =
  | { kind: 'public-page'; locale: AppLocale; key: string; reuse: boolean }
  | { kind: 'public-data'; key: string; reuse: boolean; small: boolean }
  | { kind: 'page'; locale: AppLocale; search: boolean }
  | { kind: 'pass' };

type HeaderValue = string | string[] | undefined;

// Headers the App Router sends when it fetches page data for a client-side navigation or a prefetch.
const ROUTER_HEADERS = ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch'];
// A conditional or partial request is the application's to answer (If-None-Match is answered from the copy).
const NOT_FROM_COPY_HEADERS = ['range', 'if-modified-since', 'if-match', 'if-unmodified-since', 'if-range'];
const NOT_KEPT = new Set(['search']);
// At most a few dozen suggestions, a few kilobytes (lib/search/suggestions.ts).
const SMALL_API_ANSWERS = new Set(['/api/v1/search']);
const PER_VISITOR = new Set(['admin', 'preview', 'accessibility']);

export function publicRoute(method: string | undefined, rawUrl: string | undefined, headers: Record<string, HeaderValue>): PublicRoute {
  if (method !== 'GET' && method !== 'HEAD') return { kind: 'pass' };
  // Appended to an origin, never resolved against one: URL reads a target such as `//` or `//x` as
  // a host (and throws on an empty one). A path with an empty segment is Next's to redirect.
  const url = URL.parse(`http://portal.invalid${rawUrl ?? '/'}`);
  if (url === null || url.pathname.includes('//')) return { kind: 'pass' };
  const key = `${url.pathname}${url.search}`;
  const segments = url.pathname.split('/').filter(Boolean);
  const [first, second] = segments;
  const conditional = NOT_FROM_COPY_HEADERS.some((name) => headers[name] !== undefined);
  if (first === 'api' && second === 'v1') return { kind: 'public-data', key, reuse: !conditional, small: SMALL_API_ANSWERS.has(url.pathname) };
  // Unprefixed paths are redirects to a locale (no database); dotted paths are files and feeds.
  const locale = localeOfSegment(first ?? '');
  if (locale === null || segments.some((segment) => segment.includes('.'))) return { kind: 'pass' };
  // A preview link's page is for its holder alone and may be revoked at any moment (docs/decisions/045);
  // the low-vision settings page shows the visitor's own choices (docs/decisions/047).
  if (PER_VISITOR.has(second ?? '') || ROUTER_HEADERS.some((name) => headers[name] !== undefined) || url.searchParams.has('_rsc'))
    return { kind: 'page', locale, search: second === 'search' };
  return { kind: 'public-page', locale, key, reuse: !conditional && !NOT_KEPT.has(second ?? '') };
}
