import { Suspense } from 'react';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { LanguageLinks, LanguageSwitcher } from './language-switcher';

/**
 * The current path and query are request data. Rendering the switcher per request (rather than
 * leaving the prerendered boundary to the browser) puts the page-preserving links into the HTML
 * stream itself, so they work before hydration and without JavaScript; the static fallback
 * (each language's home) only stands in the shell until they arrive.
 */
async function RequestTimeLanguageSwitcher({ label }: { label: string }) {
  await connection();
  return <LanguageSwitcher label={label} />;
}

export async function SiteHeader() {
  const t = await getTranslations('Layout');
  const meta = await getTranslations('Metadata');
  const label = t('languageSwitcher');
  return (
    <header className="bg-brand-800 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 text-lg font-bold tracking-tight">
          <span aria-hidden="true" className="inline-block size-7 rounded-full border-2 border-accent-400 bg-brand-600" />
          {meta('siteName')}
        </Link>
        <div className="flex items-center gap-4">
          <nav aria-label={t('mainNavigation')}>
            <ul className="flex gap-4 text-sm font-medium">
              <li><Link href="/" className="hover:underline">{t('nav.home')}</Link></li>
              <li><Link href="/partners" className="hover:underline">{t('nav.partners')}</Link></li>
            </ul>
          </nav>
          <Suspense fallback={<LanguageLinks label={label} href="/" />}>
            <RequestTimeLanguageSwitcher label={label} />
          </Suspense>
        </div>
      </div>
    </header>
  );
}
