import 'server-only';

/**
 * What the public may see of a partner, agreement, event, project or proposal: published, or scheduled with
 * its time reached; not yet taken off the site by its `unpublishAt` (docs/decisions/046); not in the trash.
 * The two conditions sit under AND, so a caller's own OR spread beside them cannot replace them.
 * The search's SQL has the same rule as portal_publicly_visible() (migration 20261205140000_public_hits):
 * tests/integration/search.test.ts holds the two to the same records.
 */
export function publiclyVisible(now: Date) {
  return {
    deletedAt: null,
    AND: [
      { OR: [{ publicationStatus: 'published' as const }, { publicationStatus: 'scheduled' as const, publishAt: { lte: now } }] },
      { OR: [{ unpublishAt: null }, { unpublishAt: { gt: now } }] },
    ],
  };
}

/** What the public may see of a proposal: a public one (never an internal one, docs/decisions/029), visible as any record is. */
export function publicProposal(now: Date) {
  return { ...publiclyVisible(now), visibility: 'public' as const };
}
