import type { RegisterQuery, RegisterSortKey } from '@/lib/schemas/agreement';

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
