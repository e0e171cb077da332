import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localePath } from '@/lib/i18n/locale-path';
import { languageAlternates, openGraphLocale, otherOpenGraphLocales } from './alternates';
import type { AppLocale } from '@/i18n/routing';

/**
 * A page's title, description, canonical URL, hreflang alternates and Open Graph card. `path` is
 * the page's path without the locale ('/', '/partners/izmir'); absolute URLs come from the
 * layout's metadataBase (SITE_URL).
 */
export async function pageMetadata(locale: AppLocale, path: string, { title, description }: { title: string; description: string }): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  const url = localePath(locale, path);
  return {
    title,
    description,
    alternates: { canonical: url, languages: languageAlternates(path) },
    openGraph: {
      type: 'website',
      siteName: t('siteName'),
      title,
      description,
      url,
      locale: openGraphLocale(locale),
      alternateLocale: otherOpenGraphLocales(locale),
    },
  };
}

/** The page's metadata naming an Atom feed (<link rel="alternate">), so feed readers find it from the page, beside the hreflang links. */
export function withAtomFeed(metadata: Metadata, feed: { url: string; title: string }): Metadata {
  return { ...metadata, alternates: { ...metadata.alternates, types: { 'application/atom+xml': [feed] } } };
}
