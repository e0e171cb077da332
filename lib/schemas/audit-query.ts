import { z } from 'zod';
import { AuditAction, AuditEntity } from '@/lib/generated/prisma/enums';
import { pageNumberSchema } from './page-number';

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)));

/** The audit page's filters, from its query string; a malformed one is ignored, not an error. */
export const auditQuerySchema = z.object({
  entity: optional(z.enum(AuditEntity)),
  action: optional(z.enum(AuditAction)),
  actor: optional(z.uuid()),
  record: optional(z.string().trim().min(1).max(64)),
  from: optional(day),
  to: optional(day),
  page: pageNumberSchema,
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export function parseAuditQuery(params: Record<string, string | string[] | undefined>): AuditQuery {
  return auditQuerySchema.parse(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
}
