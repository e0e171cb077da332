'use client';

import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { routing, type AppLocale } from '@/i18n/routing';
import { localePath, withoutLocale } from '@/lib/i18n/locale-path';

const NAMES: Record<AppLocale, { short: string; full: string }> = {
  ru: { short: 'РУС', full: 'Русский' },
  kk: { short: 'ҚАЗ', full: 'Қазақша' },
  en: { short: 'ENG', full: 'English' },
};

/**
 * next-intl's proxy keeps the visitor's language in its cookie (it picks the language for "/"), but
 * a switch that the client router answers from its cache never reaches the proxy. Set the cookie
 * here as next-intl's own Link did, with the attributes next-intl gives it.
 */
function rememberLocale(locale: AppLocale) {
  document.cookie = `NEXT_LOCALE=${locale}; path=/; samesite=lax`;
}

/** Links to `path` (without the locale prefix; a query may follow) in each language. */
export function LanguageLinks({ label, current, path }: { label: string; current: AppLocale; path: string }) {
  return (
    <nav aria-label={label}>
      <ul className="flex gap-1">
        {routing.locales.map((locale) => (
          <li key={locale}>
            <Link
              href={localePath(locale, path)}
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
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Keeps the current page and its filters (the query string) when switching language. */
export function LanguageSwitcher({ label, current }: { label: string; current: AppLocale }) {
  const path = withoutLocale(usePathname());
  const query = useSearchParams().toString();
  return <LanguageLinks label={label} current={current} path={query ? `${path}?${query}` : path} />;
}
