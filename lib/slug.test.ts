import { describe, expect, it } from 'vitest';
import { isSlug, SLUG_MAX_LENGTH, slugify, slugSchema, uniqueSlug } from './slug';

describe('slugify', () => {
  it('keeps English names readable', () => {
    expect(slugify('Shumen Province')).toBe('shumen-province');
    expect(slugify('  Kazan Digital Week — 2020!  ')).toBe('kazan-digital-week-2020');
  });

  it('drops Latin diacritics, including the dotless i', () => {
    expect(slugify('Eskişehir')).toBe('eskisehir');
    expect(slugify('Aix-les-Bains, Île')).toBe('aix-les-bains-ile');
    expect(slugify('Diyarbakır')).toBe('diyarbakir');
  });

  it('transliterates Russian and Kazakh Cyrillic', () => {
    expect(slugify('Шуменская область')).toBe('shumenskaya-oblast');
    expect(slugify('Худжанд')).toBe('khudzhand');
    expect(slugify('Ёлка')).toBe('elka');
    expect(slugify('Қазан')).toBe('qazan');
    expect(slugify('Өскемен')).toBe('oskemen');
    expect(slugify('Ұлытау')).toBe('ulytau');
  });

  it('never returns leading, trailing or doubled hyphens, and caps the length', () => {
    expect(slugify('--a  --  b--')).toBe('a-b');
    expect(slugify('🎉')).toBe('');
    const long = slugify('word '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slugSchema.safeParse(long).success).toBe(true);
  });
});

describe('uniqueSlug', () => {
  it('numbers a slug that is taken', () => {
    expect(uniqueSlug('forum', new Set())).toBe('forum');
    expect(uniqueSlug('forum', new Set(['forum', 'forum-2']))).toBe('forum-3');
  });
});

describe('slugSchema', () => {
  it('accepts only the canonical form', () => {
    for (const good of ['mogilev', 'shumen-province', '2020-09-23-round-table']) expect(slugSchema.safeParse(good).success).toBe(true);
    for (const bad of ['Mogilev', 'shumen--province', '-a', 'a-', 'eskişehir', 'a b', '']) expect(slugSchema.safeParse(bad).success).toBe(false);
  });
});

describe('isSlug', () => {
  it('agrees with the slug schema, so a finder can skip the query for what names nothing (a NUL from /partners/%00)', () => {
    for (const value of ['chengdu', 'shumen-province', '\u0000', 'chengdu\u0000', 'Chengdu', 'a'.repeat(SLUG_MAX_LENGTH + 1), '', '../x']) {
      expect(isSlug(value), JSON.stringify(value)).toBe(slugSchema.safeParse(value).success);
    }
  });
});
