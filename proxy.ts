import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { DETAIL_SECTIONS, publicRecordExists, type DetailSection } from './lib/server/routing/public-record';

const localeRouting = createMiddleware(routing);
const DETAIL_PATH = new RegExp(`^/(${routing.locales.join('|')})/(${DETAIL_SECTIONS.join('|')})/([^/]+)/?$`);

/**
 * Locale routing (`/` picks a locale from Accept-Language, unprefixed paths get one), and a 404
 * status for detail pages of records that do not exist or are not public. Pages stream after a
 * prerendered shell whose status is already 200, so the status can only be decided here, before
 * rendering starts (as the Next.js streaming guide advises).
 */
export default async function proxy(request: NextRequest) {
  const detail = DETAIL_PATH.exec(request.nextUrl.pathname);
  if (detail) {
    const [, locale, section, key] = detail as unknown as [string, string, DetailSection, string];
    if ((await recordIsMissing(section, key)) === true) {
      // Any path no route claims renders the localized not-found page.
      return NextResponse.rewrite(new URL(`/${locale}/${section}/${encodeURIComponent(key)}/not-found`, request.url), { status: 404 });
    }
  }
  return localeRouting(request);
}

/** True when the record is certainly missing; null when the database cannot say (the page decides then). */
async function recordIsMissing(section: DetailSection, encodedKey: string): Promise<boolean | null> {
  let key: string;
  try {
    key = decodeURIComponent(encodedKey);
  } catch {
    return true; // a malformed escape names nothing
  }
  try {
    return !(await publicRecordExists(section, key));
  } catch {
    return null;
  }
}

export const config = {
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
};
