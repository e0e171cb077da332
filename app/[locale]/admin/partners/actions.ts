'use server';

import { cacheTags } from '@/lib/server/cache-tags';
import { recordActions } from '@/lib/server/admin/record-actions';
import { partnerWrites } from '@/lib/server/partners/mutations';
import { partnerInputSchema } from '@/lib/schemas/partner';
import { uuidIdSchema } from '@/lib/schemas/record-ids';

const partner = recordActions({
  section: 'partners',
  id: uuidIdSchema,
  input: partnerInputSchema,
  // A partner's name shows in agreement and event lists too: every public list is refreshed.
  tags: [cacheTags.partners, cacheTags.agreements, cacheTags.events, cacheTags.projects, cacheTags.proposals],
  writes: partnerWrites,
  revisions: 'partner',
});

export const createPartnerAction = partner.create;
export const updatePartnerAction = partner.update;
export const trashPartnerAction = partner.trash;
export const restorePartnerAction = partner.restore;
export const purgePartnerAction = partner.purge;
export const restorePartnerRevisionAction = partner.restoreRevision;
