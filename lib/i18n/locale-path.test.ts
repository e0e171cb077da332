import { describe, expect, it } from 'vitest';
import { localePath, withoutLocale } from './locale-path';

describe('localePath', () => {
  it('prefixes a path with the locale, the home page without a trailing slash', () => {
    expect(localePath('ru', '/partners/izmir')).toBe('/ru/partners/izmir');
    expect(localePath('kk', '/')).toBe('/kk');
    expect(localePath('en', '')).toBe('/en');
  });

  it('keeps a query written into the path', () => {
    expect(localePath('en', '/events?page=2')).toBe('/en/events?page=2');
    expect(localePath('kk', '/?q=a')).toBe('/kk?q=a');
  });

  it('serialises a query object as next-intl does: arrays repeat the key, undefined is left out', () => {
    expect(localePath('ru', { pathname: '/events', query: { year: 2024, category: ['culture', 'sport'], partner: undefined } })).toBe(
      '/ru/events?year=2024&category=culture&category=sport',
    );
    expect(localePath('ru', { pathname: '/events', query: {} })).toBe('/ru/events');
  });
});

describe('withoutLocale', () => {
  it('drops the locale segment', () => {
    expect(withoutLocale('/ru/partners/izmir')).toBe('/partners/izmir');
    expect(withoutLocale('/kk')).toBe('/');
    expect(withoutLocale('/en/')).toBe('/');
  });
});
