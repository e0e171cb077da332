import 'server-only';
import type { PreviewKind } from '@/lib/generated/prisma/enums';

export type { PreviewKind };

/** What a live preview link lets its holder see: one record's preview, nothing else. */
export type PreviewGrant = { readonly kind: PreviewKind; readonly recordId: string };

// Only grants made here, after a token was checked, count: an object of the same shape made
// elsewhere is refused, so no code path can open a preview by naming a record.
const issued = new WeakSet<PreviewGrant>();

export function issuePreviewGrant(kind: PreviewKind, recordId: string): PreviewGrant {
  const grant = Object.freeze({ kind, recordId });
  issued.add(grant);
  return grant;
}

export const isPreviewGrant = (value: PreviewGrant) => issued.has(value);
