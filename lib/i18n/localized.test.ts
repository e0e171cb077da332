import { describe, expect, it } from 'vitest';
import { localesFor, pickLocalized, pickPlaceName } from './localized';

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
    expect(localesFor('kk-Latn')).toEqual(['kk', 'ru', 'en']);
  });
});

describe('Kazakh in the Latin alphabet', () => {
  const shymkent = [
    { locale: 'ru' as const, name: 'Шымкент', about: 'Город на юге Казахстана.' },
    { locale: 'kk' as const, name: 'Шымкент', about: null },
    { locale: 'en' as const, name: 'Shymkent', about: 'A city in the south of Kazakhstan.' },
  ];
  const izmir = [
    { locale: 'ru' as const, name: 'Измир' },
    { locale: 'kk' as const, name: 'Измир' },
    { locale: 'en' as const, name: 'Izmir' },
  ];

  it('transliterates the Kazakh text and says so', () => {
    expect(pickLocalized(shymkent, 'kk-Latn', 'name')).toEqual({ text: 'Şymkent', lang: 'kk-Latn', isFallback: false, transliterated: true });
  });

  it('keeps a Russian fallback Russian, marked, never the English text', () => {
    expect(pickLocalized(shymkent, 'kk-Latn', 'about')).toEqual({ text: 'Город на юге Казахстана.', lang: 'ru', isFallback: true });
  });

  it('names a foreign place by its Latin name, a Kazakh one by its transliterated Kazakh name', () => {
    expect(pickPlaceName(izmir, 'kk-Latn', 'name', 'TR')).toEqual({ text: 'Izmir', lang: 'en', isFallback: false });
    expect(pickPlaceName(shymkent, 'kk-Latn', 'name', 'KZ')?.text).toBe('Şymkent');
    expect(pickPlaceName(izmir.slice(0, 2), 'kk-Latn', 'name', 'TR')).toMatchObject({ text: 'İzmir', transliterated: true });
    expect(pickPlaceName(izmir, 'kk', 'name', 'TR')?.text).toBe('Измир');
  });
});
