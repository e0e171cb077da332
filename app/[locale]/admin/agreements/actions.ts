'use server';

import { cacheTags } from '@/lib/server/cache-tags';
import { recordActions } from '@/lib/server/admin/record-actions';
import { agreementWrites } from '@/lib/server/agreements/mutations';
import { agreementInputSchema } from '@/lib/schemas/agreement';
import { serialIdSchema } from '@/lib/schemas/record-ids';

const agreement = recordActions({
  section: 'agreements',
  id: serialIdSchema,
  input: agreementInputSchema,
  // Every public read of agreements (register, permalinks, partner profiles, home figures, sitemap) carries this tag.
  tags: [cacheTags.agreements, cacheTags.projects, cacheTags.proposals],
  writes: agreementWrites,
  revisions: 'agreement',
});

export const createAgreementAction = agreement.create;
export const updateAgreementAction = agreement.update;
export const trashAgreementAction = agreement.trash;
export const restoreAgreementAction = agreement.restore;
export const purgeAgreementAction = agreement.purge;
export const restoreAgreementRevisionAction = agreement.restoreRevision;
