import { routing, type AppLocale } from '@/i18n/routing';

const OPEN_GRAPH_LOCALES: Record<AppLocale, string> = { ru: 'ru_RU', kk: 'kk_KZ', en: 'en_GB' };

/** `/kk` + `/partners/izmir`: the public URL of a page in a locale (the home page has no trailing slash). */
export const localizedPath = (locale: AppLocale, path: string) => `/${locale}${path === '/' ? '' : path}`;

/** The same page in every language, for hreflang links and sitemap entries; x-default is Russian, the site's default. */
export function languageAlternates(path: string): Record<AppLocale | 'x-default', string> {
  const entries = routing.locales.map((locale) => [locale, localizedPath(locale, path)] as const);
  return { ...Object.fromEntries(entries), 'x-default': localizedPath(routing.defaultLocale, path) } as Record<AppLocale | 'x-default', string>;
}

export const openGraphLocale = (locale: AppLocale) => OPEN_GRAPH_LOCALES[locale];
export const otherOpenGraphLocales = (locale: AppLocale) => routing.locales.filter((l) => l !== locale).map(openGraphLocale);
