import { z } from 'zod';

// Agreement ids are PostgreSQL `integer`s: anything else in the URL ("12abc", "1e3", "007",
// 99999999999) is no agreement at all and must be a 404, never a database error.
const MAX_INT = 2_147_483_647;
/** An agreement id in a URL: the permalink's segment, and the API's `/agreements/{id}`. */
export const agreementIdSchema = z
  .string()
  .regex(/^[1-9]\d{0,9}$/)
  .transform(Number)
  .refine((id) => id <= MAX_INT);

/** The agreement id of a permalink, or null when the segment cannot be one. */
export function parseAgreementId(segment: string): number | null {
  const parsed = agreementIdSchema.safeParse(segment);
  return parsed.success ? parsed.data : null;
}
