import { Suspense } from 'react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { LanguageLinks, LanguageSwitcher } from './language-switcher';

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
          {/* The path is request data on dynamic routes: until it streams in, link to each language's home. */}
          <Suspense fallback={<LanguageLinks label={label} href="/" />}>
            <LanguageSwitcher label={label} />
          </Suspense>
        </div>
      </div>
    </header>
  );
}
