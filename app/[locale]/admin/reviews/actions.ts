'use server';

import type { z } from 'zod';
import { getTranslations } from 'next-intl/server';
import type { ActionResult } from '@/lib/forms/action-result';
import { runFormAction } from '@/lib/server/admin/form-action';
import type { MutationOutcome } from '@/lib/server/admin/outcome';
import { recordKinds } from '@/lib/server/admin/record-kinds';
import { approveReview, returnReview } from '@/lib/server/review/mutations';
import { approveReviewInputSchema, returnReviewInputSchema } from '@/lib/schemas/review';
import { serialIdSchema } from '@/lib/schemas/record-ids';

// An approval may publish a record of any kind: every kind's public tags are refreshed.
const TAGS = [...new Set(Object.values(recordKinds).flatMap((kind) => kind.tags))];

/** A reviewer's answer to the request bound on its page; the page re-renders to show the request decided. */
const decision =
  <Schema extends z.ZodType>(
    schema: Schema,
    decide: (headers: Headers, requestId: number, input: z.output<Schema>) => Promise<MutationOutcome<null>>,
    done: 'approved' | 'returned',
    tags: readonly string[],
  ) =>
  async (requestId: unknown, _state: ActionResult, formData: FormData): Promise<ActionResult> => {
    const t = await getTranslations('Review');
    return runFormAction(formData, {
      role: 'editor',
      bound: { schema: serialIdSchema, value: requestId },
      schema,
      mutate: (headers, input, id) => decide(headers, id, input),
      tags,
      refreshPage: true,
      onSaved: () => ({ message: t(done), payload: null }),
    });
  };

export const approveReviewAction = decision(
  approveReviewInputSchema,
  (headers, id, input) => approveReview(headers, id, input.when === 'scheduled' ? input.publishAt : null),
  'approved',
  TAGS,
);

export const returnReviewAction = decision(returnReviewInputSchema, (headers, id, input) => returnReview(headers, id, input.comment), 'returned', []);
