import { pageNumberSchema } from '@/lib/schemas/page-number';

/** A list page's `?page=` (the first of repeated ones), page 1 for anything malformed, as on the events timeline. */
export function listPageParam(params: Record<string, string | string[] | undefined>): number {
  const value = params.page;
  return pageNumberSchema.parse(Array.isArray(value) ? value[0] : value);
}

export type ListPage<T> = {
  items: T[];
  /** Every item, on all pages. */
  total: number;
  page: number;
  pageCount: number;
};

/** One page of an already ordered list. A page past the end comes back with no items; the caller decides. */
export function pageOfList<T>(items: T[], page: number, pageSize: number): ListPage<T> {
  return {
    items: items.slice((page - 1) * pageSize, page * pageSize),
    total: items.length,
    page,
    pageCount: Math.max(1, Math.ceil(items.length / pageSize)),
  };
}
