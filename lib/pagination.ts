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
