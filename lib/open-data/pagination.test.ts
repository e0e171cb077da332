import { describe, expect, it } from 'vitest';
import { pageLinks, paginate } from './pagination';

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
