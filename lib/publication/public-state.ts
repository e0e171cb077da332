import type { PublicationStatus } from '@/lib/generated/prisma/enums';

export type Publication = { publicationStatus: PublicationStatus; publishAt: Date | null; unpublishAt: Date | null };

/**
 * Whether visitors see a record now, will from a set moment, or not until an editor publishes it;
 * `until` is the moment it goes off the site, and `withdrawn` says it went off at `at` (docs/decisions/046).
 */
export type PublicState =
  { kind: 'draft' } | { kind: 'scheduled'; at: Date; until?: Date } | { kind: 'public'; until?: Date } | { kind: 'withdrawn'; at: Date };

/**
 * What the public sees of a record that is shown only while every one of `publications` is public
 * (an agreement with its partner): the same rule as the public queries (lib/server/visibility.ts),
 * read from the records themselves.
 */
export function publicState(now: Date, ...publications: Publication[]): PublicState {
  let due: Date | null = null;
  let until: Date | null = null;
  let gone: Date | null = null;
  for (const { publicationStatus, publishAt, unpublishAt } of publications) {
    if (publicationStatus === 'draft' || (publicationStatus === 'scheduled' && !publishAt)) return { kind: 'draft' };
    if (publicationStatus === 'scheduled' && publishAt && publishAt > now && (!due || publishAt > due)) due = publishAt;
    if (unpublishAt && unpublishAt <= now && (!gone || unpublishAt < gone)) gone = unpublishAt;
    if (unpublishAt && unpublishAt > now && (!until || unpublishAt < until)) until = unpublishAt;
  }
  if (gone) return { kind: 'withdrawn', at: gone };
  const end = until ? { until } : {};
  return due ? { kind: 'scheduled', at: due, ...end } : { kind: 'public', ...end };
}
