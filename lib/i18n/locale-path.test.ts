import { describe, expect, it } from 'vitest';
import { localePath, samePageIn, withoutLocale } from './locale-path';

describe('localePath', () => {
  it('prefixes a path with the locale, the home page without a trailing slash', () => {
    expect(localePath('ru', '/partners/izmir')).toBe('/ru/partners/izmir');
    expect(localePath('kk', '/')).toBe('/kk');
    expect(localePath('en', '')).toBe('/en');
  });

  it('writes Kazakh in Latin script under its lower-case prefix', () => {
    expect(localePath('kk-Latn', '/partners/izmir')).toBe('/kk-latn/partners/izmir');
    expect(localePath('kk-Latn', '/?q=a')).toBe('/kk-latn?q=a');
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

describe('samePageIn', () => {
  it('leads to the page the visitor came from, with its query, in the other language', () => {
    expect(samePageIn('kk', 'https://portal.example/ru/partners/izmir?ref=list')).toBe('/kk/partners/izmir?ref=list');
    expect(samePageIn('en', 'http://localhost:3000/kk')).toBe('/en');
    expect(samePageIn('ru', 'http://localhost:3000/en?q=a')).toBe('/ru?q=a');
    expect(samePageIn('kk-Latn', 'https://portal.example/kk/events?year=2024')).toBe('/kk-latn/events?year=2024');
    expect(samePageIn('kk', 'https://portal.example/kk-latn/partners')).toBe('/kk/partners');
  });

  it('leads to the home page when there is no page of ours to keep', () => {
    expect(samePageIn('kk', null)).toBe('/kk');
    expect(samePageIn('kk', 'not a url')).toBe('/kk');
    expect(samePageIn('kk', 'https://portal.example/api/v1/partners')).toBe('/kk');
    expect(samePageIn('kk', 'https://portal.example/')).toBe('/kk');
    expect(samePageIn('kk-Latn', 'https://portal.example/kk-Latn/partners')).toBe('/kk-latn');
  });

  it('never leads off the site, whatever the referer holds', () => {
    expect(samePageIn('en', 'https://elsewhere.example//evil.example/x')).toBe('/en');
    expect(samePageIn('en', 'https://elsewhere.example/ru//evil.example')).toBe('/en//evil.example');
  });
});
