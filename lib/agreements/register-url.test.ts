import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRegisterFiltered, registerSearch, sortedBy } from './register-url';
import { parseRegisterQuery, registerQueryFields } from '@/lib/schemas/agreement';
import { searchParamsRecord } from '@/tests/support/bad-input';

describe('the register links', () => {
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

  it('gives a link that reads back the same query, whatever the URL carried', () => {
    fc.assert(
      fc.property(searchParamsRecord(Object.keys(registerQueryFields)), (params) => {
        const query = parseRegisterQuery(params);
        expect(parseRegisterQuery(registerSearch(query))).toEqual(query);
      }),
      { numRuns: 300 },
    );
  });

  it('counts a filter as narrowing the register, not an order', () => {
    expect(isRegisterFiltered(parseRegisterQuery({ sort: 'partner', dir: 'desc' }))).toBe(false);
    for (const key of ['type', 'status', 'partner'] as const) {
      const value = { type: 'twinning', status: 'in_force', partner: 'izmir' }[key];
      expect(isRegisterFiltered(parseRegisterQuery({ [key]: value })), key).toBe(true);
    }
  });
});
