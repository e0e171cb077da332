'use server';

import { getTranslations } from 'next-intl/server';
import type { ActionResult } from '@/lib/forms/action-result';
import { runFormAction } from '@/lib/server/admin/form-action';
import { recordKinds } from '@/lib/server/admin/record-kinds';
import { approveReview, returnReview } from '@/lib/server/review/mutations';
import { approveReviewInputSchema, returnReviewInputSchema } from '@/lib/schemas/review';
import { serialIdSchema } from '@/lib/schemas/record-ids';

// An approval may publish a record of any kind: every kind's public tags are refreshed.
const TAGS = [...new Set(Object.values(recordKinds).flatMap((kind) => kind.tags))];

export async function approveReviewAction(requestId: unknown, _state: ActionResult, formData: FormData): Promise<ActionResult> {
  const t = await getTranslations('Review');
  return runFormAction(formData, {
    role: 'editor',
    bound: { schema: serialIdSchema, value: requestId },
    schema: approveReviewInputSchema,
    mutate: (headers, input, id) => approveReview(headers, id, input.when === 'scheduled' ? input.publishAt : null),
    tags: TAGS,
    refreshPage: true,
    onSaved: () => ({ message: t('approved'), payload: null }),
  });
}

export async function returnReviewAction(requestId: unknown, _state: ActionResult, formData: FormData): Promise<ActionResult> {
  const t = await getTranslations('Review');
  return runFormAction(formData, {
    role: 'editor',
    bound: { schema: serialIdSchema, value: requestId },
    schema: returnReviewInputSchema,
    mutate: (headers, input, id) => returnReview(headers, id, input.comment),
    tags: [],
    refreshPage: true,
    onSaved: () => ({ message: t('returned'), payload: null }),
  });
}
