import { createElement, type ComponentProps } from 'react';
import NextLink from 'next/link';
import { redirect as nextRedirect } from 'next/navigation';
import { localePath, type LocalizableHref } from '@/lib/i18n/locale-path';
import { requestLocale } from './locale-param';
import type { AppLocale } from './routing';

// The portal's own navigation helpers (next-intl's createNavigation computes the same URLs). Merely
// importing createNavigation makes its Link's client component part of every page, and that
// component needs next-intl's client provider: the two put the whole use-intl runtime (about
// 12 KB gzip) into every public page's first load.

/** `href` in `locale`: '/partners' → '/ru/partners'. */
export function getPathname({ href, locale }: { href: LocalizableHref; locale: AppLocale }): string {
  return localePath(locale, href);
}

/** next/navigation's redirect, to `href` in `locale`. */
export function redirect(args: { href: LocalizableHref; locale: AppLocale }): never {
  return nextRedirect(localePath(args.locale, args.href));
}

/** next/link to `href` in the request's language. Server components only (it reads the request). */
export async function Link({ href, ...rest }: Omit<ComponentProps<typeof NextLink>, 'href'> & { href: LocalizableHref }) {
  return createElement(NextLink, { ...rest, href: localePath(await requestLocale(), href) });
}
