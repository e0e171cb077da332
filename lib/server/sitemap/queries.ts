import 'server-only';
import { cacheTag } from 'next/cache';
import { db } from '../db';
import { cacheUntilNextPublication } from '../publication-schedule';
import { cacheTags } from '../cache-tags';
import { publiclyVisible } from '../visibility';

export type SitemapPage = { path: string; lastModified: Date };

/** Every public detail page (partners, agreements, events, projects) with when it last changed. */
export async function listPublicDetailPages(): Promise<SitemapPage[]> {
  'use cache';
  await cacheUntilNextPublication();
  cacheTag(cacheTags.partners, cacheTags.agreements, cacheTags.events, cacheTags.projects);
  const now = new Date();
  const [partners, agreements, events, projects] = await Promise.all([
    db().partner.findMany({ where: publiclyVisible(now), select: { slug: true, updatedAt: true }, orderBy: { slug: 'asc' } }),
    db().agreement.findMany({
      where: { ...publiclyVisible(now), partner: publiclyVisible(now) },
      select: { id: true, updatedAt: true },
      orderBy: { id: 'asc' },
    }),
    db().event.findMany({ where: publiclyVisible(now), select: { slug: true, updatedAt: true }, orderBy: { slug: 'asc' } }),
    db().project.findMany({ where: publiclyVisible(now), select: { slug: true, updatedAt: true }, orderBy: { slug: 'asc' } }),
  ]);
  return [
    ...partners.map((p) => ({ path: `/partners/${p.slug}`, lastModified: p.updatedAt })),
    ...agreements.map((a) => ({ path: `/agreements/${a.id}`, lastModified: a.updatedAt })),
    ...events.map((e) => ({ path: `/events/${e.slug}`, lastModified: e.updatedAt })),
    ...projects.map((p) => ({ path: `/projects/${p.slug}`, lastModified: p.updatedAt })),
  ];
}
