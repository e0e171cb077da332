import type { AppLocale } from '@/i18n/routing';

/**
 * The regional variant of each site language, in one place: Intl formats dates with it and Open
 * Graph names it. English is British English: "4 December 2026", never "December 4, 2026".
 */
const REGIONAL_LOCALES: Record<AppLocale, string> = { ru: 'ru-RU', kk: 'kk-KZ', en: 'en-GB', 'kk-Latn': 'kk-Latn-KZ' };

/** The BCP 47 tag Intl formats a site language's dates with; another tag passes through unchanged. */
export const regionalLocale = (locale: string): string => REGIONAL_LOCALES[locale as AppLocale] ?? locale;
