import { isAppLocale, type AppLocale } from '@/i18n/routing';

/**
 * What a request is, as far as a database outage goes:
 * - `public-page`: a public page's document, the same for every visitor, so its last good copy
 *   can stand in for it (`key` names the copy);
 * - `page`: a document that needs the database and has no copy to fall back on (the admin, the
 *   router's own requests for page data): the "temporarily unavailable" page;
 * - `pass`: everything else goes to the application as usual. The API and feeds answer 503
 *   themselves, server actions report the outage in the form (keeping the input), and static
 *   files need no database.
 */
export type OutageRoute = { kind: 'public-page'; locale: AppLocale; key: string } | { kind: 'page'; locale: AppLocale } | { kind: 'pass' };

type HeaderValue = string | string[] | undefined;

// Headers the App Router sends when it fetches page data for a client-side navigation or a prefetch.
const ROUTER_HEADERS = ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch'];

export function outageRoute(method: string | undefined, rawUrl: string | undefined, headers: Record<string, HeaderValue>): OutageRoute {
  if (method !== 'GET' && method !== 'HEAD') return { kind: 'pass' };
  const url = new URL(rawUrl ?? '/', 'http://portal.invalid');
  const segments = url.pathname.split('/').filter(Boolean);
  const [first, second] = segments;
  // Unprefixed paths are redirects to a locale (no database); dotted paths are files and feeds.
  if (!first || !isAppLocale(first) || segments.some((segment) => segment.includes('.'))) return { kind: 'pass' };
  const locale = first;
  if (second === 'admin' || ROUTER_HEADERS.some((name) => headers[name] !== undefined) || url.searchParams.has('_rsc')) return { kind: 'page', locale };
  return { kind: 'public-page', locale, key: `${url.pathname}${url.search}` };
}
