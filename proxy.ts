import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { getSessionCookie } from 'better-auth/cookies';
import { LOCALE_SEGMENTS, localeOfSegment, routing, type AppLocale } from './i18n/routing';
import { isMalformedOnceDecoded } from './lib/http/request-target';
import { DETAIL_SECTIONS, publicRecordExists, type DetailSection } from './lib/server/routing/public-record';
import { currentPublicSlug } from './lib/server/routing/former-slug';
import { previewLinkIsLive } from './lib/server/previews/live-link';
import { siteUrl } from './lib/server/env';
import { createNonce, pageContentSecurityPolicy, STRICT_TRANSPORT_SECURITY, usesHttps } from './lib/security/headers';
import { bodyTooLarge } from './lib/security/request-limits';
import { isForeignSubmission } from './lib/security/foreign-origin';

const localeRouting = createMiddleware(routing);
// Paths as requested, before next-intl rewrites a URL segment (kk-latn) to its locale (kk-Latn).
const SEGMENT = `(${LOCALE_SEGMENTS.join('|')})`;
const DETAIL_PATH = new RegExp(`^/${SEGMENT}/(${DETAIL_SECTIONS.join('|')})/([^/]+)/?$`);
const PREVIEW_PATH = new RegExp(`^/${SEGMENT}/preview/([^/]*)/?$`);
const ADMIN_PATH = new RegExp(`^/${SEGMENT}/admin(?:/(?!sign-in|set-password)[^]*)?$`);
// The administration is in ru, kk and en only (docs/decisions/049): its Latin-script address leads to the Cyrillic one.
const LATIN_ADMIN_PATH = /^\/kk-latn(\/admin(?:\/[^]*)?)$/;

/**
 * Every page gets a Content-Security-Policy with a fresh nonce (docs/decisions/013). The policy is
 * also put on the request: Next.js reads the nonce from the request's CSP header and puts it on the
 * scripts it renders. The headers that are the same for every response come from next.config.ts.
 * A body over the upload limit, and a form posted from another site, are refused here,
 * before anything reads them.
 */
// Read once, on the first request: the environment does not change while the server runs.
let servedOverHttps: boolean | undefined;

export default async function proxy(request: NextRequest) {
  const https = (servedOverHttps ??= usesHttps(process.env.NODE_ENV, siteUrl()));
  const policy = pageContentSecurityPolicy(createNonce(), { development: process.env.NODE_ENV === 'development', https });
  // next-intl and the rewrite below forward these request headers to the render.
  request.headers.set('content-security-policy', policy);
  const response = bodyTooLarge(request.headers.get('content-length'))
    ? new NextResponse('Request body too large', { status: 413 })
    : isForeignSubmission(request.method, request.headers)
      ? new NextResponse('Cross-site form submission refused', { status: 403 })
      : await route(request);
  response.headers.set('Content-Security-Policy', policy);
  if (https) response.headers.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
  return response;
}

/**
 * Locale routing (`/` picks a locale from Accept-Language, unprefixed paths get one), a redirect to
 * sign-in for admin pages without a session cookie, a 301 from a record's former slug to its current
 * one (docs/decisions/040), and a 404
 * status for detail pages of records that do not exist or are not public. Next.js answers a page's
 * own notFound() with status 200 under Cache Components, so the status is decided here, before
 * rendering starts (docs/decisions/006).
 */
async function route(request: NextRequest): Promise<NextResponse> {
  const latinAdmin = LATIN_ADMIN_PATH.exec(request.nextUrl.pathname);
  if (latinAdmin) return NextResponse.redirect(new URL(`/kk${latinAdmin[1]}${request.nextUrl.search}`, request.url));
  // Optimistic only (the cookie is present, not checked): every admin page and data call verifies
  // the session itself. This just gives a signed-out visitor a real redirect instead of a page shell.
  const admin = ADMIN_PATH.exec(request.nextUrl.pathname);
  if (admin && !getSessionCookie(request, { cookiePrefix: 'portal' })) {
    return NextResponse.redirect(new URL(`/${admin[1]}/admin/sign-in`, request.url));
  }
  const preview = PREVIEW_PATH.exec(request.nextUrl.pathname);
  if (preview) return sharedPreview(request, localeOf(preview[1]!), preview[2]!);
  // next-intl decodes the path before it rewrites it (`%25zz` becomes the malformed `%zz`).
  if (isMalformedOnceDecoded(request.nextUrl.pathname)) {
    const [first = ''] = request.nextUrl.pathname.split('/').filter(Boolean);
    return notFoundPage(request, `/${localeOfSegment(first) ?? routing.defaultLocale}/not-found`);
  }
  const detail = DETAIL_PATH.exec(request.nextUrl.pathname);
  if (detail) {
    const [, segment, section, key] = detail as unknown as [string, string, DetailSection, string];
    const locale = localeOf(segment);
    const status = await detailStatus(section, key);
    if (status === 'missing') return notFoundPage(request, `/${locale}/${section}/${encodeURIComponent(key)}/not-found`);
    if (typeof status === 'object') {
      const current = `/${segment}/${section}/${encodeURIComponent(status.movedTo)}${request.nextUrl.search}`;
      return NextResponse.redirect(new URL(current, request.url), 301);
    }
  }
  return localeRouting(request);
}

/**
 * A preview link (docs/decisions/045): the page when its token is live, else the localized 404,
 * the same for every token that opens nothing. Whatever the answer, it is never indexed, cached or
 * announced as a referrer, so the token leaks nowhere. The token is matched as it came, undecoded.
 */
async function sharedPreview(request: NextRequest, locale: AppLocale, token: string): Promise<NextResponse> {
  const live = await previewLinkIsLive(token).catch(() => null); // the database cannot say: the page decides
  const response = live === false ? notFoundPage(request, `/${locale}/preview/-/not-found`) : await localeRouting(request);
  response.headers.set('X-Robots-Tag', 'noindex, nofollow');
  response.headers.set('Referrer-Policy', 'no-referrer');
  response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

/** The locale of a segment the path regexes matched. */
const localeOf = (segment: string): AppLocale => localeOfSegment(segment) ?? routing.defaultLocale;

/** Any path no route claims renders the localized not-found page: `path` is internal, under the locale's code (kk-Latn, not kk-latn). */
function notFoundPage(request: NextRequest, path: string): NextResponse {
  return NextResponse.rewrite(new URL(path, request.url), { status: 404, request: { headers: request.headers } });
}

/**
 * Whether a detail path names a public record, a former slug of one (moved), or nothing; 'unknown'
 * when the database cannot say (the page decides then).
 */
async function detailStatus(section: DetailSection, encodedKey: string): Promise<'public' | 'missing' | 'unknown' | { movedTo: string }> {
  let key: string;
  try {
    key = decodeURIComponent(encodedKey);
  } catch {
    return 'missing'; // a malformed escape names nothing
  }
  try {
    if (await publicRecordExists(section, key)) return 'public';
    const movedTo = section === 'agreements' ? null : await currentPublicSlug(section, key);
    return movedTo === null ? 'missing' : { movedTo };
  } catch {
    return 'unknown';
  }
}

export const config = {
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
};
