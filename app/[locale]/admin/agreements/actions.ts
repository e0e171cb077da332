'use server';

import { recordActions } from '@/lib/server/admin/record-actions';
import { recordKinds } from '@/lib/server/admin/record-kinds';

const agreement = recordActions(recordKinds.agreement);

export const createAgreementAction = agreement.create;
export const updateAgreementAction = agreement.update;
export const trashAgreementAction = agreement.trash;
export const restoreAgreementAction = agreement.restore;
export const purgeAgreementAction = agreement.purge;
export const restoreAgreementRevisionAction = agreement.restoreRevision;
