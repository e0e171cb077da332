import 'server-only';

/** What the public may see of a partner, agreement or event: published, or scheduled with its time reached, and not in the trash. */
export function publiclyVisible(now: Date) {
  return {
    deletedAt: null,
    OR: [{ publicationStatus: 'published' as const }, { publicationStatus: 'scheduled' as const, publishAt: { lte: now } }],
  };
}

/** What the public may see of a proposal: a public one (never an internal one, docs/decisions/029), visible as any record is. */
export function publicProposal(now: Date) {
  return { ...publiclyVisible(now), visibility: 'public' as const };
}
