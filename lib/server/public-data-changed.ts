import 'server-only';
import { updateTag } from 'next/cache';

/**
 * After a committed save: this instance's cached public reads with these tags, and its copies of
 * public responses, are out of date at once (updateTag reaches lib/cache/cache-handler.mjs before
 * the action's response renders). Every other instance hears of it from the database, where the
 * save's own transaction recorded it (docs/decisions/026-shared-invalidation.md).
 */
export function publicDataChanged(tags: readonly string[]): void {
  for (const tag of tags) updateTag(tag);
}
