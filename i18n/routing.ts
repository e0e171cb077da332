import { defineRouting } from 'next-intl/routing';

// URLs are lower case (/kk-latn/…); next-intl rewrites them to the locale's own code, so the
// [locale] segment and every lang/hreflang attribute read `kk-Latn`.
const URL_PREFIXES = { 'kk-Latn': '/kk-latn' } as const;

export const routing = defineRouting({
  // kk-Latn: Kazakh in the Latin alphabet of 2021, generated from kk (docs/decisions/049).
  locales: ['ru', 'kk', 'en', 'kk-Latn'],
  defaultLocale: 'ru',
  localePrefix: { mode: 'always', prefixes: URL_PREFIXES },
  // next-intl would send the hreflang alternates again in a Link header, built from the request's
  // Host: a forged Host then names another site (and a kept copy repeats it to everyone). The
  // pages carry them in their HTML, built from SITE_URL (lib/seo/alternates.ts).
  alternateLinks: false,
});

export type AppLocale = (typeof routing.locales)[number];
export const isAppLocale = (value: string): value is AppLocale => (routing.locales as readonly string[]).includes(value);

/** The first path segment of a locale's URLs: `kk-latn` for kk-Latn, the code itself for the others. */
export const localeSegment = (locale: AppLocale): string => (locale in URL_PREFIXES ? URL_PREFIXES[locale as keyof typeof URL_PREFIXES].slice(1) : locale);

/** The locale whose URLs start with `segment`, exactly as the site writes it; null for anything else. */
export const localeOfSegment = (segment: string): AppLocale | null => routing.locales.find((locale) => localeSegment(locale) === segment) ?? null;

/** The locales' URL segments, for matching paths before next-intl has rewritten them. */
export const LOCALE_SEGMENTS: readonly string[] = routing.locales.map(localeSegment);
