import type { CSSProperties } from 'react';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/i18n/locale-param';
import { routing, isAppLocale } from '@/i18n/routing';
import { SiteHeader } from '@/components/layout/site-header';
import { SiteFooter } from '@/components/layout/site-footer';
import { ErrorStringsProvider } from '@/components/layout/error-strings';
import { VisionBar } from '@/components/layout/vision-bar';
import { siteUrl } from '@/lib/server/env';
import { interFamily } from '../fonts';
import '../globals.css';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isAppLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return {
    metadataBase: siteUrl(),
    title: { default: t('siteName'), template: `%s — ${t('siteName')}` },
    description: t('description'),
    // The SVG for browsers that draw one; public/'s fixed-name files for those that do not (decision 023).
    icons: {
      icon: [
        { url: '/favicon.ico', sizes: '16x16 32x32 48x48' },
        { url: '/icon.svg', type: 'image/svg+xml' },
      ],
      apple: [{ url: '/apple-touch-icon.png', sizes: '180x180' }],
    },
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const locale = await localeFromParams(params);
  const [t, error] = await Promise.all([getTranslations({ locale, namespace: 'Layout' }), getTranslations({ locale, namespace: 'Error' })]);
  // The digest is known only in the browser: the placeholder goes through formatting as itself.
  const errorStrings = { title: error('title'), lead: error('lead'), reference: error('reference', { digest: '{digest}' }), retry: error('retry') };
  return (
    <html lang={locale} style={{ '--font-inter': interFamily } as CSSProperties}>
      <head>
        {/* Render-blocking, and the same address on every page: the low-vision settings come from
            the visitor's cookie through this stylesheet, never through the page (docs/decisions/047). */}
        {/* eslint-disable-next-line @next/next/no-css-tags -- not a build asset: a route handler's answer per visitor */}
        <link rel="stylesheet" href="/vision.css" />
      </head>
      <body className="flex min-h-dvh flex-col font-sans">
        <a href="#main" className="sr-only z-50 rounded bg-white px-4 py-2 text-brand-800 focus:not-sr-only focus:absolute focus:left-4 focus:top-4">
          {t('skipToContent')}
        </a>
        {/* Client components get their strings as props, the error page through its own provider:
            the catalogue, and next-intl's client runtime, stay on the server. */}
        <ErrorStringsProvider strings={errorStrings}>
          <VisionBar locale={locale} />
          <SiteHeader />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
            {children}
          </main>
          <SiteFooter />
        </ErrorStringsProvider>
      </body>
    </html>
  );
}
