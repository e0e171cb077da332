'use server';

import { cacheTags } from '@/lib/server/cache-tags';
import { recordActions } from '@/lib/server/admin/record-actions';
import { proposalWrites } from '@/lib/server/proposals/mutations';
import { proposalInputSchema } from '@/lib/schemas/proposal';
import { serialIdSchema } from '@/lib/schemas/record-ids';

const proposal = recordActions({
  section: 'proposals',
  id: serialIdSchema,
  input: proposalInputSchema,
  // A signed proposal shows beside the partner it became.
  tags: [cacheTags.proposals, cacheTags.partners],
  writes: proposalWrites,
  revisions: 'proposal',
});

export const createProposalAction = proposal.create;
export const updateProposalAction = proposal.update;
export const trashProposalAction = proposal.trash;
export const restoreProposalAction = proposal.restore;
export const purgeProposalAction = proposal.purge;
export const restoreProposalRevisionAction = proposal.restoreRevision;
