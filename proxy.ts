import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

// Locale routing only: `/` picks a locale from Accept-Language, unprefixed paths get one.
export default createMiddleware(routing);

export const config = {
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
};
