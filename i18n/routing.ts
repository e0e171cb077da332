import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['ru', 'kk', 'en'],
  defaultLocale: 'ru',
  localePrefix: 'always',
  // next-intl would send the hreflang alternates again in a Link header, built from the request's
  // Host: a forged Host then names another site (and a kept copy repeats it to everyone). The
  // pages carry them in their HTML, built from SITE_URL (lib/seo/alternates.ts).
  alternateLinks: false,
});

export type AppLocale = (typeof routing.locales)[number];
export const isAppLocale = (value: string): value is AppLocale => (routing.locales as readonly string[]).includes(value);
