import type { MetadataRoute } from 'next';
import { connection } from 'next/server';
import { siteUrl } from '@/lib/server/env';

export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection(); // SITE_URL is read when served, so one build serves any address
  return {
    // Search result pages are endless; the admin is private.
    rules: { userAgent: '*', allow: '/', disallow: ['/*/search', '/*/admin'] },
    sitemap: new URL('/sitemap.xml', siteUrl()).toString(),
  };
}
