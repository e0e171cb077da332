import { z } from 'zod';
import { parsePartialDate, type PartialDate } from '@/lib/dates/partial-date';

/**
 * A date typed at the precision the source gives: "2015", "2015-08" or "2015-08-26". It comes out
 * as the first day of its period plus the precision, which is what the database's
 * date_is_normalized CHECK requires. Error messages are keys of `AdminForm.errors`.
 */
const typed = z.string({ error: 'required' }).trim();

function read(text: string, ctx: z.RefinementCtx): PartialDate {
  const parsed = parsePartialDate(text);
  if (!parsed) {
    ctx.addIssue({ code: 'custom', message: 'partialDate' });
    return z.NEVER;
  }
  return parsed;
}

/** Blank means "the source does not say" (null). */
export const optionalPartialDate = typed.transform((text, ctx): PartialDate | null => (text === '' ? null : read(text, ctx)));

export const requiredPartialDate = typed.min(1, { error: 'required' }).transform(read);
