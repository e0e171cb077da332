import type { AppLocale } from '@/i18n/routing';

type QueryValue = string | number | boolean;
export type LocalizableHref = string | { pathname: string; query?: Record<string, QueryValue | readonly QueryValue[] | undefined> };

/**
 * The URL of `href` in `locale` under i18n/routing.ts (localePrefix 'always', no localized
 * pathnames): '/partners' → '/ru/partners', '/' → '/ru', '/?q=a' → '/ru?q=a'. What next-intl's
 * getPathname returns, as a plain function that client components can use without next-intl's
 * client runtime.
 */
export function localePath(locale: AppLocale, href: LocalizableHref): string {
  const query = new URLSearchParams();
  if (typeof href !== 'string') {
    for (const [key, value] of Object.entries(href.query ?? {})) {
      if (value === undefined) continue;
      for (const one of Array.isArray(value) ? value : [value]) query.append(key, String(one));
    }
  }
  const path = (typeof href === 'string' ? href : href.pathname).replace(/^\/(?=\?|$)/, '');
  return `/${locale}${path}${query.size > 0 ? `?${query}` : ''}`;
}

/** A pathname without its leading locale segment: '/ru/partners' → '/partners', '/ru' → '/'. */
export function withoutLocale(pathname: string): string {
  return pathname.replace(/^\/[^/?]+/, '') || '/';
}
