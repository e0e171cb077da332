'use client';

import { useLocale } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { Link, usePathname } from '@/i18n/navigation';
import { routing, type AppLocale } from '@/i18n/routing';

const NAMES: Record<AppLocale, { short: string; full: string }> = {
  ru: { short: 'РУС', full: 'Русский' },
  kk: { short: 'ҚАЗ', full: 'Қазақша' },
  en: { short: 'ENG', full: 'English' },
};

/** Links to `href` in each language. */
export function LanguageLinks({ label, href }: { label: string; href: string }) {
  const current = useLocale();
  return (
    <nav aria-label={label}>
      <ul className="flex gap-1">
        {routing.locales.map((locale) => (
          <li key={locale}>
            <Link
              href={href}
              locale={locale}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === current ? 'true' : undefined}
              className="block rounded px-2 py-1 text-sm font-semibold text-white hover:bg-brand-700 aria-[current=true]:bg-white aria-[current=true]:text-brand-800"
            >
              <abbr title={NAMES[locale].full} className="no-underline">{NAMES[locale].short}</abbr>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Keeps the current page and its filters (the query string) when switching language. */
export function LanguageSwitcher({ label }: { label: string }) {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  return <LanguageLinks label={label} href={query ? `${pathname}?${query}` : pathname} />;
}
