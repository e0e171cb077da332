import { z } from 'zod';
import { slugSchema } from '@/lib/slug';
import { AgreementStatus, AgreementType } from '@/lib/generated/prisma/enums';

const registerSortKeys = ['date', 'partner', 'type', 'status'] as const;
export type RegisterSortKey = (typeof registerSortKeys)[number];
export type SortDirection = 'asc' | 'desc';

/**
 * The one definition of each register parameter. The public page reads them leniently (below); the
 * open-data API reads the same fields strictly and answers 400 for a bad value (lib/schemas/open-data/queries.ts).
 */
export const registerQueryFields = {
  sort: z.enum(registerSortKeys).default('date').describe('Order: by date signed (undated last), partner name (in the requested locale), type or status.'),
  dir: z.enum(['asc', 'desc']).default('asc').describe('Sort direction.'),
  type: z.enum(AgreementType).describe('Type of agreement.'),
  status: z.enum(AgreementStatus).describe('Current status of the agreement.'),
  partner: slugSchema.describe('Slug of the partner (as in /api/v1/partners).'),
};

// A shared or hand-edited URL may carry anything: each bad value falls back on its own (to the
// default order, or to no filter) instead of failing the page. Repeated keys use the first value.
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional()).catch(undefined);

export const registerQuerySchema = z.object({
  sort: z.preprocess(first, registerQueryFields.sort).catch('date'),
  dir: z.preprocess(first, registerQueryFields.dir).catch('asc'),
  type: optional(registerQueryFields.type),
  status: optional(registerQueryFields.status),
  partner: optional(registerQueryFields.partner),
});

export type RegisterQuery = z.infer<typeof registerQuerySchema>;

/** The register's query from a page's searchParams; never throws. */
export const parseRegisterQuery = (searchParams: Record<string, string | string[] | undefined>): RegisterQuery => registerQuerySchema.parse(searchParams);

/** Rows per page of the register, as on the partners list: thousands of agreements still send a phone a short page. */
export const AGREEMENTS_PER_PAGE = 50;

// The page (lib/list-page.ts) is not part of the query: a new filter or order starts again at
// page 1, and the CSV export, built from the query, keeps every matching row.

/** Whether anything narrows the register (sorting does not). */
export const isRegisterFiltered = (query: RegisterQuery): boolean => [query.type, query.status, query.partner].some((v) => v !== undefined);

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
