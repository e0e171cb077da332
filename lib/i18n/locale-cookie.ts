import type { AppLocale } from '@/i18n/routing';

/**
 * next-intl's proxy keeps the visitor's language in this cookie (it picks the language for "/").
 * Written with the attributes next-intl gives it, by the language links wherever a switch does not
 * pass through the proxy.
 */
export const localeCookie = (locale: AppLocale) => `NEXT_LOCALE=${locale}; Path=/; SameSite=Lax`;
