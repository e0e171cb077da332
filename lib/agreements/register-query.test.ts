import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listPageParam } from '@/lib/list-page';
import { isRegisterFiltered, parseRegisterQuery, registerQueryFields, registerSearch, sortedBy } from './register-query';
import { searchParamsRecord } from '@/tests/support/bad-input';

describe('the register query string', () => {
  it('defaults to date ascending with no filters', () => {
    expect(parseRegisterQuery({})).toEqual({ sort: 'date', dir: 'asc' });
  });

  it('reads sorting and filters', () => {
    expect(parseRegisterQuery({ sort: 'partner', dir: 'desc', type: 'twinning', status: 'in_force', partner: 'shumen-province' })).toEqual({
      sort: 'partner',
      dir: 'desc',
      type: 'twinning',
      status: 'in_force',
      partner: 'shumen-province',
    });
  });

  it('ignores each bad value on its own instead of failing', () => {
    expect(parseRegisterQuery({ sort: 'price', dir: 'up', type: 'alliance', status: '', partner: "x'; DROP TABLE" })).toEqual({ sort: 'date', dir: 'asc' });
    expect(parseRegisterQuery({ sort: 'type', dir: 'sideways', partner: 'izmir' })).toEqual({ sort: 'type', dir: 'asc', partner: 'izmir' });
  });

  it('takes the first of repeated keys', () => {
    expect(parseRegisterQuery({ sort: ['status', 'date'], type: ['other', 'twinning'] })).toMatchObject({ sort: 'status', type: 'other' });
  });

  it('writes only what differs from the default view', () => {
    expect(registerSearch({ sort: 'date', dir: 'asc' })).toEqual({});
    expect(registerSearch({ sort: 'date', dir: 'desc', partner: 'izmir' })).toEqual({ partner: 'izmir', sort: 'date', dir: 'desc' });
  });

  it('flips the sorted column and starts another one ascending, keeping the filters', () => {
    const query = { sort: 'partner', dir: 'asc', type: 'twinning' } as const;
    expect(sortedBy(query, 'partner')).toEqual({ sort: 'partner', dir: 'desc', type: 'twinning' });
    expect(sortedBy({ ...query, dir: 'desc' }, 'partner')).toMatchObject({ dir: 'asc' });
    expect(sortedBy({ ...query, dir: 'desc' }, 'date')).toEqual({ sort: 'date', dir: 'asc', type: 'twinning' });
  });

  it('never throws on bad input, and gives a query the strict API would accept and a link that reads back the same', () => {
    fc.assert(
      fc.property(searchParamsRecord(Object.keys(registerQueryFields)), (params) => {
        const query = parseRegisterQuery(params);
        for (const [key, value] of Object.entries(query)) {
          if (value !== undefined) expect(registerQueryFields[key as keyof typeof registerQueryFields].safeParse(value).success, key).toBe(true);
        }
        expect(parseRegisterQuery(registerSearch(query))).toEqual(query);
      }),
      { numRuns: 300 },
    );
  });

  it('reads ?page= leniently and apart from the query: page 1 for a malformed value, the first of repeated ones', () => {
    expect(listPageParam({})).toBe(1);
    expect(listPageParam({ page: '3', sort: 'partner' })).toBe(3);
    expect(listPageParam({ page: ['2', '5'] })).toBe(2);
    for (const bad of ['0', '-1', '1.5', 'two', '', '100001']) expect(listPageParam({ page: bad }), bad).toBe(1);
    // The sort links, the filters and the CSV export are built from the query: none carries a page.
    expect(parseRegisterQuery({ page: '3', type: 'twinning' })).toEqual({ sort: 'date', dir: 'asc', type: 'twinning' });
  });

  it('counts a filter as narrowing the register, not an order', () => {
    expect(isRegisterFiltered(parseRegisterQuery({ sort: 'partner', dir: 'desc' }))).toBe(false);
    for (const key of ['type', 'status', 'partner'] as const) {
      const value = { type: 'twinning', status: 'in_force', partner: 'izmir' }[key];
      expect(isRegisterFiltered(parseRegisterQuery({ [key]: value })), key).toBe(true);
    }
  });
});
