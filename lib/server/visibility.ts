import 'server-only';

/** What the public may see of a partner, agreement or event: published, or scheduled with its time reached, and not in the trash. */
export function publiclyVisible(now: Date) {
  return {
    deletedAt: null,
    OR: [{ publicationStatus: 'published' as const }, { publicationStatus: 'scheduled' as const, publishAt: { lte: now } }],
  };
}
