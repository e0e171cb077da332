import { describe, expect, it } from 'vitest';
import { fieldChanges, flattenTranslations } from './field-changes';

describe('fieldChanges', () => {
  it('lists only what changed, with before and after', () => {
    expect(fieldChanges({ slug: 'izmir', population: 4_000_000, version: 3 }, { slug: 'izmir', population: 4_400_000, version: 4 })).toEqual({
      population: { before: 4_000_000, after: 4_400_000 },
    });
  });
  it('records a creation and a deletion field by field', () => {
    expect(fieldChanges(null, { slug: 'izmir' })).toEqual({ slug: { before: null, after: 'izmir' } });
    expect(fieldChanges({ slug: 'izmir' }, null)).toEqual({ slug: { before: 'izmir', after: null } });
  });
  it('stores dates as ISO strings and treats undefined as null', () => {
    const at = new Date('2026-04-26T00:00:00Z');
    expect(fieldChanges({ publishAt: undefined }, { publishAt: at })).toEqual({ publishAt: { before: null, after: '2026-04-26T00:00:00.000Z' } });
    expect(fieldChanges({ publishAt: new Date(at) }, { publishAt: at })).toEqual({});
  });
});

describe('flattenTranslations', () => {
  it('names each field with its locale', () => {
    expect(flattenTranslations([{ locale: 'kk', name: 'Ыстамбұл', about: null }], ['name', 'about'])).toEqual({ 'name.kk': 'Ыстамбұл', 'about.kk': null });
  });
});
