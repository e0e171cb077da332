import { localeOfSegment, localeSegment, type AppLocale } from '@/i18n/routing';

type QueryValue = string | number | boolean;
export type LocalizableHref = string | { pathname: string; query?: Record<string, QueryValue | readonly QueryValue[] | undefined> };

/**
 * The URL of `href` in `locale` under i18n/routing.ts (localePrefix 'always', no localized
 * pathnames): '/partners' → '/ru/partners', '/' → '/ru', '/?q=a' → '/ru?q=a', '/' in kk-Latn → '/kk-latn'. What next-intl's
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
  return `/${localeSegment(locale)}${path}${query.size > 0 ? `?${query}` : ''}`;
}

/** A pathname without its leading locale segment: '/ru/partners' → '/partners', '/ru' → '/'. */
export function withoutLocale(pathname: string): string {
  return pathname.replace(/^\/[^/?]+/, '') || '/';
}

/**
 * Where a language link that did not know its page leads (the header's links before the page's own
 * arrive, or without JavaScript): the page the visitor came from (`referer`), in `locale`. Only the
 * path and query of a page of ours are kept, so another site's address can never become the target.
 */
export function samePageIn(locale: AppLocale, referer: string | null): string {
  let from: URL;
  try {
    from = new URL(referer ?? '');
  } catch {
    return localePath(locale, '/');
  }
  const [, first = ''] = from.pathname.split('/');
  if (localeOfSegment(first) === null) return localePath(locale, '/');
  return localePath(locale, `${withoutLocale(from.pathname)}${from.search}`);
}
