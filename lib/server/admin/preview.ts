import 'server-only';
import type { PublicState } from '@/lib/publication/public-state';

/** A record as its public page would render it, and whether visitors see that page yet. */
export type Preview<Page> = { page: Page; state: PublicState };

/** What a preview reads besides the page itself. */
export const publicationSelect = { publicationStatus: true, publishAt: true, unpublishAt: true } as const;
