import { describe, expect, it } from 'vitest';
import { approveReviewInputSchema, returnReviewInputSchema } from './review';

const errorsOf = (input: unknown) => {
  const result = approveReviewInputSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
};

describe('a reviewer’s decision', () => {
  it('publishes now without a time field, and schedules only with an instant', () => {
    expect(approveReviewInputSchema.parse({ when: 'now' })).toEqual({ when: 'now', publishAt: null });
    expect(approveReviewInputSchema.parse({ when: 'scheduled', publishAt: '2031-01-15T09:00:00.000+05:00' }).publishAt?.toISOString()).toBe(
      '2031-01-15T04:00:00.000Z',
    );
    expect(errorsOf({ when: 'scheduled', publishAt: '' })).toEqual({ publishAt: 'publishAtRequired' });
    expect(errorsOf({ when: 'tomorrow' })).toEqual({ when: 'required' });
  });

  it('returns a change only with a comment', () => {
    expect(returnReviewInputSchema.safeParse({ comment: '   ' }).success).toBe(false);
    expect(returnReviewInputSchema.parse({ comment: ' Проверьте название ' })).toEqual({ comment: 'Проверьте название' });
  });
});
