'use server';

import { cacheTags } from '@/lib/server/cache-tags';
import { recordActions } from '@/lib/server/admin/record-actions';
import { eventWrites } from '@/lib/server/events/mutations';
import { eventInputSchema } from '@/lib/schemas/event-input';
import { serialIdSchema } from '@/lib/schemas/record-ids';

const event = recordActions({
  section: 'events',
  id: serialIdSchema,
  input: eventInputSchema,
  // Events show on the timeline, their own pages, the home page and each partner's profile: all read the events tag.
  tags: [cacheTags.events, cacheTags.projects],
  writes: eventWrites,
  revisions: 'event',
});

export const createEventAction = event.create;
export const updateEventAction = event.update;
export const trashEventAction = event.trash;
export const restoreEventAction = event.restore;
export const purgeEventAction = event.purge;
export const restoreEventRevisionAction = event.restoreRevision;
