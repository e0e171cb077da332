import { z } from 'zod';
import { publicationShape, requiredText } from './form-fields';

/**
 * The approver's choice: publish the change now, or schedule it (an instant, as the publication
 * fields send it; the form has no time field until "scheduled" is chosen).
 */
export const approveReviewInputSchema = z
  .object({
    when: z.enum(['now', 'scheduled'], { error: 'required' }),
    publishAt: publicationShape.publishAt.optional().transform((at) => at ?? null),
  })
  .superRefine((value, ctx) => {
    if (value.when === 'scheduled' && value.publishAt === null) ctx.addIssue({ code: 'custom', message: 'publishAtRequired', path: ['publishAt'] });
  });

/** Why a change goes back to its author: required. */
export const returnReviewInputSchema = z.object({ comment: requiredText(2000) });
