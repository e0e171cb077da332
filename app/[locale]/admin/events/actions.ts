'use server';

import { recordActions } from '@/lib/server/admin/record-actions';
import { recordKinds } from '@/lib/server/admin/record-kinds';

const event = recordActions(recordKinds.event);

export const createEventAction = event.create;
export const updateEventAction = event.update;
export const trashEventAction = event.trash;
export const restoreEventAction = event.restore;
export const purgeEventAction = event.purge;
export const restoreEventRevisionAction = event.restoreRevision;
