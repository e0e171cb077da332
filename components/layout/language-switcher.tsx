'use client';

import type { ComponentProps } from 'react';
import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { routing, type AppLocale } from '@/i18n/routing';
import { localeCookie } from '@/lib/i18n/locale-cookie';
import { localePath, withoutLocale } from '@/lib/i18n/locale-path';

const NAMES: Record<AppLocale, { short: string; full: string }> = {
  ru: { short: 'РУС', full: 'Русский' },
  kk: { short: 'ҚАЗ', full: 'Қазақша' },
  en: { short: 'ENG', full: 'English' },
  'kk-Latn': { short: 'QAZ', full: 'Qazaqşa (latyn)' },
};

/** A switch that the client router answers from its cache never reaches the proxy that would remember it. */
function rememberLocale(locale: AppLocale) {
  document.cookie = localeCookie(locale);
}

/**
 * Links to `path` (without the locale prefix; a query may follow) in each language. With no path
 * (the page is not known yet), each link asks the server for the page the visitor is on
 * (app/api/language), as a full navigation so that the browser sends that page as the referer.
 */
export function LanguageLinks({ label, current, path }: { label: string; current: AppLocale; path: string | null }) {
  return (
    <nav aria-label={label}>
      <ul className="flex gap-1">
        {routing.locales.map((locale) => (
          <li key={locale}>
            <LanguageLink
              href={path === null ? `/api/language/${locale}` : localePath(locale, path)}
              known={path !== null}
              // As with next-intl's Link: a language switch is fetched on click, after the cookie is set.
              prefetch={locale === current ? undefined : false}
              onClick={locale === current ? undefined : () => rememberLocale(locale)}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === current ? 'true' : undefined}
              className="block rounded px-2 py-1 text-sm font-semibold text-white hover:bg-brand-700 aria-[current=true]:bg-white aria-[current=true]:text-brand-800"
            >
              <abbr title={NAMES[locale].full} className="no-underline">
                {NAMES[locale].short}
              </abbr>
            </LanguageLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function LanguageLink({ known, prefetch, ...props }: ComponentProps<'a'> & { href: string; known: boolean; prefetch: false | undefined }) {
  return known ? <Link prefetch={prefetch} {...props} /> : <a {...props} />;
}

/** Keeps the current page and its filters (the query string) when switching language. */
export function LanguageSwitcher({ label, current }: { label: string; current: AppLocale }) {
  const path = withoutLocale(usePathname());
  const query = useSearchParams().toString();
  return <LanguageLinks label={label} current={current} path={query ? `${path}?${query}` : path} />;
}
