import type { MetadataRoute } from 'next';
import { connection } from 'next/server';
import { routing } from '@/i18n/routing';
import { languageAlternates } from '@/lib/seo/alternates';
import { localePath } from '@/lib/i18n/locale-path';
import { siteUrl } from '@/lib/server/env';
import { listPublicDetailPages } from '@/lib/server/sitemap/queries';

const SECTIONS = ['/', '/partners', '/agreements', '/events', '/projects', '/proposals', '/cooperate', '/about', '/open-data', '/accessibility'];

/** Every public page in every language, each entry naming its translations (hreflang). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection(); // built from the database on request, never at build time
  const base = siteUrl();
  const absolute = (path: string) => new URL(path, base).toString();
  const pages = [...SECTIONS.map((path) => ({ path, lastModified: undefined })), ...(await listPublicDetailPages())];
  return pages.flatMap(({ path, lastModified }) => {
    const languages = Object.fromEntries(Object.entries(languageAlternates(path)).map(([lang, href]) => [lang, absolute(href)]));
    return routing.locales.map((locale) => ({ url: absolute(localePath(locale, path)), lastModified, alternates: { languages } }));
  });
}
