import 'server-only';
import type { PublicState } from '@/lib/publication/public-state';
import { AccessDenied, requireActor } from '../auth/actor';
import { isPreviewGrant, type PreviewGrant, type PreviewKind } from '../previews/grant';

/** A record as its public page would render it, whether visitors see that page yet, and its version. */
export type Preview<Page> = { page: Page; state: PublicState; version: number };

/** What a preview reads besides the page itself. */
export const publicationSelect = { publicationStatus: true, publishAt: true, unpublishAt: true, version: true } as const;

/**
 * Who may see a record's preview: a signed-in editor (their request's headers), or a live preview
 * link, whose grant names the one record it shows (docs/decisions/045).
 */
export type PreviewAccess = Headers | PreviewGrant;

/** Refuses unless `access` may see the preview of this record. */
export async function requirePreviewAccess(access: PreviewAccess, kind: PreviewKind, id: string | number): Promise<void> {
  if (access instanceof Headers) {
    await requireActor(access, 'editor');
    return;
  }
  if (!isPreviewGrant(access) || access.kind !== kind || access.recordId !== String(id)) throw new AccessDenied('forbidden');
}
