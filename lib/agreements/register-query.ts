import { z } from 'zod';
import { slugSchema } from '@/lib/slug';
import { AgreementStatus, AgreementType } from '@/lib/generated/prisma/enums';

const registerSortKeys = ['date', 'partner', 'type', 'status'] as const;
export type RegisterSortKey = (typeof registerSortKeys)[number];
export type SortDirection = 'asc' | 'desc';

// A shared or hand-edited URL may carry anything: each bad value falls back on its own (to the
// default order, or to no filter) instead of failing the page. Repeated keys use the first value.
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional()).catch(undefined);

export const registerQuerySchema = z.object({
  sort: z.preprocess(first, z.enum(registerSortKeys)).catch('date'),
  dir: z.preprocess(first, z.enum(['asc', 'desc'])).catch('asc'),
  type: optional(z.enum(AgreementType)),
  status: optional(z.enum(AgreementStatus)),
  partner: optional(slugSchema),
});

export type RegisterQuery = z.infer<typeof registerQuerySchema>;

/** The register's query from a page's searchParams; never throws. */
export const parseRegisterQuery = (searchParams: Record<string, string | string[] | undefined>): RegisterQuery => registerQuerySchema.parse(searchParams);

/**
 * The query string of a register URL: only what differs from the defaults, so that the plain
 * `/agreements` stays the canonical address of the default view.
 */
export function registerSearch(query: RegisterQuery): Record<string, string> {
  const search: Record<string, string> = {};
  if (query.type) search.type = query.type;
  if (query.status) search.status = query.status;
  if (query.partner) search.partner = query.partner;
  if (query.sort !== 'date' || query.dir !== 'asc') Object.assign(search, { sort: query.sort, dir: query.dir });
  return search;
}

/** Where a column header's link leads: the sorted column flips its direction, another starts ascending. */
export function sortedBy(query: RegisterQuery, key: RegisterSortKey): RegisterQuery {
  return { ...query, sort: key, dir: query.sort === key && query.dir === 'asc' ? 'desc' : 'asc' };
}
