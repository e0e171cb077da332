import { describe, expect, it } from 'vitest';
import { listPageParam, pageOfList } from './list-page';
import { PARTNERS_PER_PAGE } from './partners/filters';

describe('list pages', () => {
  const items = Array.from({ length: 120 }, (_, i) => i + 1);

  it('cuts an ordered list into pages and says how many there are', () => {
    expect(pageOfList(items, 1, 50)).toEqual({ items: items.slice(0, 50), total: 120, page: 1, pageCount: 3 });
    expect(pageOfList(items, 3, 50).items).toEqual(items.slice(100));
  });

  it('keeps a short list on one page, with no items past its end', () => {
    const demo = items.slice(0, 11);
    expect(pageOfList(demo, 1, PARTNERS_PER_PAGE)).toEqual({ items: demo, total: 11, page: 1, pageCount: 1 });
    expect(pageOfList(demo, 2, PARTNERS_PER_PAGE).items).toEqual([]);
    expect(pageOfList([], 1, PARTNERS_PER_PAGE)).toEqual({ items: [], total: 0, page: 1, pageCount: 1 });
  });

  it('reads ?page= leniently: page 1 for a malformed value, the first of repeated ones', () => {
    expect(listPageParam({})).toBe(1);
    expect(listPageParam({ page: '3' })).toBe(3);
    expect(listPageParam({ page: ['2', '5'] })).toBe(2);
    for (const bad of ['0', '-1', '1.5', 'two', '', '100001']) expect(listPageParam({ page: bad }), bad).toBe(1);
  });
});
