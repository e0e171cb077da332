import { pageNumberSchema } from '@/lib/schemas/page-number';

// Every list is cut into pages here: the public pages (with their pager) and the open-data API
// (with its meta block and links) count pages the same way.

/** A list page's `?page=` (the first of repeated ones), page 1 for anything malformed, as on the events timeline. */
export function listPageParam(params: Record<string, string | string[] | undefined>): number {
  const value = params.page;
  return pageNumberSchema.parse(Array.isArray(value) ? value[0] : value);
}

/** The `meta` block of a list: where this page sits among all the matching items. */
export type PageMeta = { page: number; perPage: number; total: number; pageCount: number };
export type PageLinks = { self: string; first: string; last: string; prev: string | null; next: string | null };

/** One page of an already filtered and ordered list. A page past the end is empty, not an error. */
export function paginate<T>(items: readonly T[], page: number, perPage: number): { items: T[]; meta: PageMeta } {
  const start = (page - 1) * perPage;
  return { items: items.slice(start, start + perPage), meta: pageMeta(items.length, page, perPage) };
}

const pageMeta = (total: number, page: number, perPage: number): PageMeta => ({ page, perPage, total, pageCount: Math.max(1, Math.ceil(total / perPage)) });

/** Links to the neighbouring pages: the same URL with only `page` changed. */
export function pageLinks(self: URL, { page, pageCount }: PageMeta): PageLinks {
  const at = (n: number) => {
    const url = new URL(self);
    url.searchParams.set('page', String(n));
    return url.toString();
  };
  return {
    self: self.toString(),
    first: at(1),
    last: at(pageCount),
    prev: page > 1 ? at(Math.min(page - 1, pageCount)) : null,
    next: page < pageCount ? at(page + 1) : null,
  };
}

export type ListPage<T> = {
  items: T[];
  /** Every item, on all pages. */
  total: number;
  page: number;
  pageCount: number;
};

/** One page of an already ordered list, as a public page shows it. A page past the end comes back with no items; the caller decides. */
export function pageOfList<T>(items: T[], page: number, pageSize: number): ListPage<T> {
  const { items: onPage, meta } = paginate(items, page, pageSize);
  return { items: onPage, total: meta.total, page, pageCount: meta.pageCount };
}

/** One entry of a pager: a page number to link to, or a gap ("…") between far-apart numbers. */
export type PagerItem = { page: number } | { gap: 'before' | 'after' };

/**
 * The page numbers worth showing: always the first and last, and the current page with one
 * neighbour on each side, so the pager stays one short line on a phone however many pages there
 * are. A gap that would hide a single page shows that page instead.
 */
export function pagerItems(current: number, pageCount: number): PagerItem[] {
  const shown = [...new Set([1, current - 1, current, current + 1, pageCount])].filter((p) => p >= 1 && p <= pageCount).sort((a, b) => a - b);
  return shown.flatMap((page, i): PagerItem[] => {
    const previous = shown[i - 1];
    if (previous === undefined || page - previous === 1) return [{ page }];
    if (page - previous === 2) return [{ page: previous + 1 }, { page }];
    return [{ gap: page <= current ? 'before' : 'after' }, { page }];
  });
}
