'use server';

import { recordActions } from '@/lib/server/admin/record-actions';
import { recordKinds } from '@/lib/server/admin/record-kinds';

const partner = recordActions(recordKinds.partner);

export const createPartnerAction = partner.create;
export const updatePartnerAction = partner.update;
export const trashPartnerAction = partner.trash;
export const restorePartnerAction = partner.restore;
export const purgePartnerAction = partner.purge;
export const restorePartnerRevisionAction = partner.restoreRevision;
