import 'server-only';
import { db } from '../db';
import { publiclyVisible } from '../visibility';

export const DETAIL_SECTIONS = ['partners', 'agreements', 'events'] as const;
export type DetailSection = (typeof DETAIL_SECTIONS)[number];

/**
 * Whether /{section}/{key} names something the public may see. A unique-key lookup, cheap enough
 * for every request to a detail page; the proxy uses it to answer 404 before streaming starts.
 */
export async function publicRecordExists(section: DetailSection, key: string): Promise<boolean> {
  const now = new Date();
  switch (section) {
    case 'partners':
      return (await db().partner.count({ where: { slug: key, ...publiclyVisible(now) } })) > 0;
    case 'events':
      return (await db().event.count({ where: { slug: key, ...publiclyVisible(now) } })) > 0;
    case 'agreements': {
      if (!/^[1-9]\d{0,9}$/.test(key) || Number(key) > 2 ** 31 - 1) return false; // ids are PostgreSQL integers
      return (await db().agreement.count({ where: { id: Number(key), ...publiclyVisible(now), partner: publiclyVisible(now) } })) > 0;
    }
  }
}
