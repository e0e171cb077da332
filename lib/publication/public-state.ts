import type { PublicationStatus } from '@/lib/generated/prisma/enums';

export type Publication = { publicationStatus: PublicationStatus; publishAt: Date | null };

/** Whether visitors see a record now, will from a set moment, or not until an editor publishes it. */
export type PublicState = { kind: 'draft' } | { kind: 'scheduled'; at: Date } | { kind: 'public' };

/**
 * What the public sees of a record that is shown only while every one of `publications` is public
 * (an agreement with its partner): the same rule as the public queries (lib/server/visibility.ts),
 * read from the records themselves.
 */
export function publicState(now: Date, ...publications: Publication[]): PublicState {
  let due: Date | null = null;
  for (const { publicationStatus, publishAt } of publications) {
    if (publicationStatus === 'draft' || (publicationStatus === 'scheduled' && !publishAt)) return { kind: 'draft' };
    if (publicationStatus === 'scheduled' && publishAt && publishAt > now && (!due || publishAt > due)) due = publishAt;
  }
  return due ? { kind: 'scheduled', at: due } : { kind: 'public' };
}
