import { describe, expect, it } from 'vitest';
import { localesFor, pickLocalized } from './localized';

const rows = [
  { locale: 'ru' as const, name: 'Чэнду', about: 'Столица провинции Сычуань.' },
  { locale: 'en' as const, name: 'Chengdu', about: null },
];

describe('pickLocalized', () => {
  it('uses the requested locale when it has the field', () => {
    expect(pickLocalized(rows, 'en', 'name')).toEqual({ text: 'Chengdu', lang: 'en', isFallback: false });
  });

  it('falls back to Russian, marked, field by field', () => {
    expect(pickLocalized(rows, 'en', 'about')).toEqual({ text: 'Столица провинции Сычуань.', lang: 'ru', isFallback: true });
    expect(pickLocalized(rows, 'kk', 'name')).toEqual({ text: 'Чэнду', lang: 'ru', isFallback: true });
  });

  it('treats blank text as missing', () => {
    expect(pickLocalized([{ locale: 'ru' as const, name: '  ' }], 'ru', 'name')).toBeNull();
  });

  it('returns null when no language has the field', () => {
    expect(pickLocalized([{ locale: 'en' as const, name: null }], 'en', 'name')).toBeNull();
  });

  it('asks the database only for the locales it may use', () => {
    expect(localesFor('ru')).toEqual(['ru']);
    expect(localesFor('kk')).toEqual(['kk', 'ru']);
  });
});
