import { Suspense } from 'react';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { getPathname, Link } from '@/i18n/navigation';
import { requestLocale } from '@/i18n/locale-param';
import type { AppLocale } from '@/i18n/routing';
import { LanguageLinks, LanguageSwitcher } from './language-switcher';
import { NavLinks, StaticNavLinks, type NavItem } from './nav-links';
import { SearchCombobox, type SearchComboboxText } from '@/components/search/search-combobox';
import { SUGGESTION_KINDS, SUGGESTIONS_PER_KIND } from '@/lib/search/suggestions';

/**
 * The current path and query are request data. Rendering the switcher per request (rather than
 * leaving the prerendered boundary to the browser) puts the page-preserving links into the HTML
 * stream itself; until they arrive, and without JavaScript, the shell's links find the page on the
 * server (docs/decisions/035).
 */
async function RequestTimeLanguageSwitcher(props: { label: string; current: AppLocale }) {
  await connection();
  return <LanguageSwitcher {...props} />;
}

const SECTIONS = ['partners', 'agreements', 'events', 'projects', 'proposals', 'about'] as const;

/** The header's search box; it suggests records as the visitor types once its script runs. */
async function SearchForm({ id, locale }: { id: string; locale: AppLocale }) {
  const t = await getTranslations('Layout');
  const text: SearchComboboxText = {
    label: t('searchLabel'),
    placeholder: t('searchPlaceholder'),
    button: t('searchButton'),
    listLabel: t('suggestions.listLabel'),
    groups: { partner: t('nav.partners'), agreement: t('nav.agreements'), event: t('nav.events'), project: t('nav.projects') },
    counts: Array.from({ length: SUGGESTION_KINDS.length * SUGGESTIONS_PER_KIND + 1 }, (_, count) => t('suggestions.count', { count })),
  };
  return <SearchCombobox id={id} locale={locale} text={text} />;
}

/** Per request, so the current section is marked in the HTML itself; the shell has plain links. */
async function RequestTimeNavLinks(props: { items: NavItem[]; vertical?: boolean }) {
  await connection();
  return <NavLinks {...props} />;
}

async function NavList({ locale, vertical }: { locale: AppLocale; vertical?: boolean }) {
  const t = await getTranslations('Layout');
  const items = SECTIONS.map((section) => ({ href: getPathname({ href: `/${section}`, locale }), label: t(`nav.${section}`) }));
  return (
    <Suspense fallback={<StaticNavLinks items={items} vertical={vertical} />}>
      <RequestTimeNavLinks items={items} vertical={vertical} />
    </Suspense>
  );
}

export async function SiteHeader() {
  const [t, meta, vision, current] = await Promise.all([getTranslations('Layout'), getTranslations('Metadata'), getTranslations('Vision'), requestLocale()]);
  const label = t('languageSwitcher');
  return (
    <header className="bg-brand-800 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 text-lg font-bold tracking-tight">
          <span aria-hidden="true" className="inline-block size-7 rounded-full border-2 border-accent-400 bg-brand-600" />
          {meta('siteName')}
        </Link>
        <Link href="/accessibility" className="text-sm font-semibold underline underline-offset-4 hover:no-underline">
          {vision('headerLink')}
        </Link>
        <div className="flex items-center gap-3">
          <div className="hidden lg:block">
            <SearchForm id="site-search" locale={current} />
          </div>
          <Suspense fallback={<LanguageLinks label={label} current={current} path={null} />}>
            <RequestTimeLanguageSwitcher label={label} current={current} />
          </Suspense>
          {/* The phone menu is a native disclosure: it opens by keyboard, touch or click with no script. */}
          <details className="group lg:hidden">
            <summary className="cursor-pointer list-none rounded border border-white/40 px-3 py-1 text-sm font-semibold [&::-webkit-details-marker]:hidden">
              <span className="group-open:hidden">{t('menu')}</span>
              <span className="hidden group-open:inline">{t('closeMenu')}</span>
            </summary>
            <div className="absolute inset-x-0 z-40 mt-3 space-y-3 border-t border-brand-700 bg-brand-800 px-4 py-4 shadow-lg">
              <SearchForm id="menu-search" locale={current} />
              <nav aria-label={t('mainNavigation')}>
                <NavList locale={current} vertical />
              </nav>
            </div>
          </details>
        </div>
      </div>
      {/* The sections have a row of their own on wide screens: seven of them do not fit beside the search and languages. */}
      <nav aria-label={t('mainNavigation')} className="hidden border-t border-brand-700 lg:block">
        <div className="mx-auto max-w-6xl px-4 py-2">
          <NavList locale={current} />
        </div>
      </nav>
    </header>
  );
}
