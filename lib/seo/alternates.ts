import { routing, type AppLocale } from '@/i18n/routing';
import { localePath } from '@/lib/i18n/locale-path';
import { regionalLocale } from '@/lib/i18n/regional-locale';

/** The same page in every language, for hreflang links and sitemap entries; x-default is Russian, the site's default. */
export function languageAlternates(path: string): Record<AppLocale | 'x-default', string> {
  const entries = routing.locales.map((locale) => [locale, localePath(locale, path)] as const);
  return { ...Object.fromEntries(entries), 'x-default': localePath(routing.defaultLocale, path) } as Record<AppLocale | 'x-default', string>;
}

/** Open Graph writes the regional locale with underscores: en_GB, kk_Latn_KZ. */
export const openGraphLocale = (locale: AppLocale) => regionalLocale(locale).replaceAll('-', '_');
export const otherOpenGraphLocales = (locale: AppLocale) => routing.locales.filter((l) => l !== locale).map(openGraphLocale);
