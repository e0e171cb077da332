import 'server-only';
import { db } from '../db';
import { publiclyVisible } from '../visibility';
import { isSlug } from '@/lib/slug';

/** The kinds whose slug an editor may change; agreements' permalinks never change (docs/decisions/040). */
export type RenamableSection = 'partners' | 'events' | 'projects';

/**
 * The current slug of the public record that `formerSlug` used to name, or null. The database keeps
 * the former slugs itself (a trigger), and drops one as soon as a record takes it again, so a live
 * slug is never shadowed. A record the public may not see has no redirect: its new slug stays unsaid.
 */
export async function currentPublicSlug(section: RenamableSection, formerSlug: string): Promise<string | null> {
  // Only what could have been a slug reaches the database (a NUL byte, say, makes PostgreSQL throw).
  if (!isSlug(formerSlug)) return null;
  const now = new Date();
  switch (section) {
    case 'partners': {
      const row = await db().partnerFormerSlug.findFirst({
        where: { slug: formerSlug, partner: publiclyVisible(now) },
        select: { partner: { select: { slug: true } } },
      });
      return row?.partner.slug ?? null;
    }
    case 'events': {
      const row = await db().eventFormerSlug.findFirst({
        where: { slug: formerSlug, event: publiclyVisible(now) },
        select: { event: { select: { slug: true } } },
      });
      return row?.event.slug ?? null;
    }
    case 'projects': {
      const row = await db().projectFormerSlug.findFirst({
        where: { slug: formerSlug, project: publiclyVisible(now) },
        select: { project: { select: { slug: true } } },
      });
      return row?.project.slug ?? null;
    }
  }
}
