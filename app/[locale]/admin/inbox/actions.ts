'use server';

import { z } from 'zod';
import type { ActionResult } from '@/lib/forms/action-result';
import { countryField } from '@/lib/schemas/form-fields';
import { serialIdSchema } from '@/lib/schemas/record-ids';
import { runFormAction } from '@/lib/server/admin/form-action';
import { createProposalFromSubmission } from '@/lib/server/open-call/inbox';

/** One step from a submission to an internal draft proposal; the page then links to it. */
export async function createProposalFromSubmissionAction(submissionId: number, _state: ActionResult, formData: FormData): Promise<ActionResult> {
  return runFormAction(formData, {
    role: 'editor',
    bound: { schema: serialIdSchema, value: submissionId },
    schema: z.object({ countryCode: countryField }),
    mutate: (headers, { countryCode }, id) => createProposalFromSubmission(headers, id, countryCode),
    // An internal draft shows on no public page; the submission's page shows its link.
    tags: [],
    refreshPage: true,
    onSaved: () => ({ message: null, payload: null }),
  });
}
