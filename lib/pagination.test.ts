import { describe, expect, it } from 'vitest';
import { pagerItems } from './pagination';

const render = (current: number, count: number) => pagerItems(current, count).map((i) => ('page' in i ? String(i.page) : '…')).join(' ');

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
