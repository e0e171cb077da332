import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['ru', 'kk', 'en'],
  defaultLocale: 'ru',
  localePrefix: 'always',
});

export type AppLocale = (typeof routing.locales)[number];
export const isAppLocale = (value: string): value is AppLocale => (routing.locales as readonly string[]).includes(value);
