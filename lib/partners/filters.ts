import { z } from 'zod';
import { MAX_QUERY_LENGTH } from '@/lib/search/terms';
import { hasControlCharacter } from '@/lib/text/control-characters';
import { wholeNumberField } from '@/lib/schemas/whole-number';
import { AgreementType, PartnerKind, PartnerStatus } from '@/lib/generated/prisma/enums';

export const PARTNER_SORTS = ['name', 'country', 'signed'] as const;
export type PartnerSort = (typeof PARTNER_SORTS)[number];
export type SortDirection = 'asc' | 'desc';

/**
 * The one definition of each partner filter. The public page reads them leniently (below); the
 * open-data API reads the same fields strictly and answers 400 for a bad value (lib/schemas/open-data/queries.ts).
 */
export const partnerFilterFields = {
  // A NUL would reach PostgreSQL (which cannot take it) in the name search: refused like any bad value.
  q: z
    .string()
    .trim()
    .max(MAX_QUERY_LENGTH)
    .refine((q) => !hasControlCharacter(q), 'holds a control character (such as NUL)')
    .transform((q) => q || undefined)
    .describe('Search in partner names (any language).'),
  country: z.string().regex(/^[A-Z]{2}$/).describe('ISO 3166-1 alpha-2 country code, upper case (e.g. CN).'),
  kind: z.enum(PartnerKind).describe('Kind of partner.'),
  type: z.enum(AgreementType).describe('Only partners with a public agreement of this type.'),
  status: z.enum(PartnerStatus).describe('Status of the relationship.'),
  year: wholeNumberField(1000, 9999).describe('Only partners with a public agreement signed in this year.'), // four digits, like stored dates
  sort: z.enum(PARTNER_SORTS).default('name').describe('Order: by name (in the requested locale), country, or date of the first agreement.'),
  dir: z.enum(['asc', 'desc']).default('asc').describe('Sort direction.'),
};

// Each parameter is read on its own: a malformed one is dropped (the list shows unfiltered on that
// axis) rather than failing the page, because shared links get truncated and hand-edited.
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const partnerFiltersSchema = z.object({
  q: optional(partnerFilterFields.q),
  country: optional(partnerFilterFields.country),
  kind: optional(partnerFilterFields.kind),
  type: optional(partnerFilterFields.type),
  status: optional(partnerFilterFields.status),
  year: optional(partnerFilterFields.year),
  sort: partnerFilterFields.sort.catch('name'),
  dir: partnerFilterFields.dir.catch('asc'),
});
export type PartnerFilters = z.infer<typeof partnerFiltersSchema>;

/** Filters from a page's searchParams (repeated parameters count as their first value). */
export function parsePartnerFilters(params: Record<string, string | string[] | undefined>): PartnerFilters {
  const first = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  return partnerFiltersSchema.parse(first);
}

/** The query parameters for these filters, leaving out defaults so shared URLs stay short and stable. */
export function partnerFiltersParams(filters: PartnerFilters): Record<string, string> {
  const entries: [string, string][] = [];
  for (const key of ['q', 'country', 'kind', 'type', 'status', 'year'] as const) {
    const value = filters[key];
    if (value !== undefined) entries.push([key, String(value)]);
  }
  if (filters.sort !== 'name') entries.push(['sort', filters.sort]);
  if (filters.dir !== 'asc') entries.push(['dir', filters.dir]);
  return Object.fromEntries(entries);
}

/** The query string for these filters (see partnerFiltersParams). */
export const partnerFiltersQuery = (filters: PartnerFilters): string => new URLSearchParams(partnerFiltersParams(filters)).toString();

/** Whether anything narrows the list (sorting does not). */
export const isFiltered = (f: PartnerFilters) => [f.q, f.country, f.kind, f.type, f.status, f.year].some((v) => v !== undefined);

/** Rows per page of the partners list: a city with hundreds of partners still sends a phone a short page. */
export const PARTNERS_PER_PAGE = 50;
