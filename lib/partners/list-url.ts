import type { PartnerFilters } from '@/lib/schemas/partner';

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
