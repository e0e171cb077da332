import { z } from 'zod';
import { MAX_SERIAL_ID } from '@/lib/schemas/record-ids';

// Agreement ids are PostgreSQL `integer`s: anything else in the URL ("12abc", "1e3", "007",
// 99999999999) is no agreement at all and must be a 404, never a database error.
/** An agreement id in a URL: the permalink's segment, and the API's `/agreements/{id}`. */
export const agreementIdSchema = z
  .string()
  .regex(/^[1-9]\d{0,9}$/)
  .transform(Number)
  .refine((id) => id <= MAX_SERIAL_ID);

/** The agreement id of a permalink, or null when the segment cannot be one. */
export function parseAgreementId(segment: string): number | null {
  const parsed = agreementIdSchema.safeParse(segment);
  return parsed.success ? parsed.data : null;
}
