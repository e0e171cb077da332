/** The `meta` block of a list: where this page sits among all the matching items. */
export type PageMeta = { page: number; perPage: number; total: number; pageCount: number };
export type PageLinks = { self: string; first: string; last: string; prev: string | null; next: string | null };

/** One page of an already filtered and ordered list. A page past the end is empty, not an error. */
export function paginate<T>(items: readonly T[], page: number, perPage: number): { items: T[]; meta: PageMeta } {
  const start = (page - 1) * perPage;
  return { items: items.slice(start, start + perPage), meta: pageMeta(items.length, page, perPage) };
}

export const pageMeta = (total: number, page: number, perPage: number): PageMeta => ({ page, perPage, total, pageCount: Math.max(1, Math.ceil(total / perPage)) });

/** Links to the neighbouring pages: the same URL with only `page` changed. */
export function pageLinks(self: URL, { page, pageCount }: PageMeta): PageLinks {
  const at = (n: number) => {
    const url = new URL(self);
    url.searchParams.set('page', String(n));
    return url.toString();
  };
  return { self: self.toString(), first: at(1), last: at(pageCount), prev: page > 1 ? at(Math.min(page - 1, pageCount)) : null, next: page < pageCount ? at(page + 1) : null };
}
