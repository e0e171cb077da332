import 'server-only';
import { db } from '../db';
import { publiclyVisible } from '../visibility';
import { parseAgreementId } from '@/lib/agreements/permalink-id';

export const DETAIL_SECTIONS = ['partners', 'agreements', 'events', 'projects'] as const;
export type DetailSection = (typeof DETAIL_SECTIONS)[number];

/**
 * Whether /{section}/{key} names something the public may see. A unique-key lookup, cheap enough
 * for every request to a detail page; the proxy uses it to answer 404 before the page renders.
 */
export async function publicRecordExists(section: DetailSection, key: string): Promise<boolean> {
  const now = new Date();
  switch (section) {
    case 'partners':
      return (await db().partner.count({ where: { slug: key, ...publiclyVisible(now) } })) > 0;
    case 'events':
      return (await db().event.count({ where: { slug: key, ...publiclyVisible(now) } })) > 0;
    case 'projects':
      return (await db().project.count({ where: { slug: key, ...publiclyVisible(now) } })) > 0;
    case 'agreements': {
      const id = parseAgreementId(key);
      return id !== null && (await db().agreement.count({ where: { id, ...publiclyVisible(now), partner: publiclyVisible(now) } })) > 0;
    }
  }
}
