import 'server-only';

/** What the public may see: published, or scheduled with its time reached, and not in the trash. */
export function publiclyVisible(now: Date) {
  return {
    deletedAt: null,
    OR: [{ publicationStatus: 'published' as const }, { publicationStatus: 'scheduled' as const, publishAt: { lte: now } }],
  };
}

export function publiclyVisibleEvent(now: Date) {
  return {
    deletedAt: null,
    OR: [{ status: 'published' as const }, { status: 'scheduled' as const, publishAt: { lte: now } }],
  };
}
