'use server';

import { recordActions } from '@/lib/server/admin/record-actions';
import { recordKinds } from '@/lib/server/admin/record-kinds';

const proposal = recordActions(recordKinds.proposal);

export const createProposalAction = proposal.create;
export const updateProposalAction = proposal.update;
export const trashProposalAction = proposal.trash;
export const restoreProposalAction = proposal.restore;
export const purgeProposalAction = proposal.purge;
export const restoreProposalRevisionAction = proposal.restoreRevision;
