import { describe, expect, it } from 'vitest';
import { listPageParam, pageLinks, pageOfList, pagerItems, paginate } from './pagination';
import { PARTNERS_PER_PAGE } from './schemas/partner';

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

describe('paginate', () => {
  it('cuts one page and says where it sits', () => {
    expect(paginate([1, 2, 3, 4, 5], 2, 2)).toEqual({ items: [3, 4], meta: { page: 2, perPage: 2, total: 5, pageCount: 3 } });
    expect(paginate([], 1, 20)).toEqual({ items: [], meta: { page: 1, perPage: 20, total: 0, pageCount: 1 } });
    expect(paginate([1, 2], 5, 20).items).toEqual([]);
  });
});

describe('pageLinks', () => {
  const self = new URL('https://x.org/api/v1/events?year=2013&page=2&perPage=10');
  it('changes only the page', () => {
    expect(pageLinks(self, { page: 2, perPage: 10, total: 25, pageCount: 3 })).toEqual({
      self: self.toString(),
      first: 'https://x.org/api/v1/events?year=2013&page=1&perPage=10',
      last: 'https://x.org/api/v1/events?year=2013&page=3&perPage=10',
      prev: 'https://x.org/api/v1/events?year=2013&page=1&perPage=10',
      next: 'https://x.org/api/v1/events?year=2013&page=3&perPage=10',
    });
  });
  it('has no next on the last page and a prev back into the list from past its end', () => {
    const links = pageLinks(new URL('https://x.org/api/v1/events?page=9'), { page: 9, perPage: 20, total: 25, pageCount: 2 });
    expect(links.next).toBeNull();
    expect(links.prev).toBe('https://x.org/api/v1/events?page=2');
    expect(pageLinks(new URL('https://x.org/a'), { page: 1, perPage: 20, total: 0, pageCount: 1 })).toMatchObject({ prev: null, next: null });
  });
});

const render = (current: number, count: number) =>
  pagerItems(current, count)
    .map((i) => ('page' in i ? String(i.page) : '…'))
    .join(' ');

describe('pagerItems', () => {
  it('shows every page when there are few', () => {
    expect(render(1, 1)).toBe('1');
    expect(render(2, 3)).toBe('1 2 3');
    expect(render(1, 5)).toBe('1 2 … 5');
  });

  it('keeps the first, the last and the neighbours of the current page', () => {
    expect(render(10, 20)).toBe('1 … 9 10 11 … 20');
    expect(render(20, 20)).toBe('1 … 19 20');
  });

  it('never hides a single page behind a gap', () => {
    expect(render(4, 20)).toBe('1 2 3 4 5 … 20');
    expect(render(3, 5)).toBe('1 2 3 4 5');
  });

  it('marks which side of the current page a gap is on', () => {
    expect(pagerItems(10, 20).filter((i) => 'gap' in i)).toEqual([{ gap: 'before' }, { gap: 'after' }]);
  });
});
