import { describe, expect, it } from 'vitest';
import { madeOnce } from './made-once';

describe('madeOnce', () => {
  it('makes each key once and hands back the same value after', () => {
    const made: string[] = [];
    const format = madeOnce((locale: string) => {
      made.push(locale);
      return { locale };
    });
    expect(format('ru')).toBe(format('ru'));
    expect(format('kk')).toEqual({ locale: 'kk' });
    expect(made).toEqual(['ru', 'kk']);
  });
});
