import { describe, expect, it } from 'vitest';
import { publicRoute } from './route';

describe('publicRoute', () => {
  it('takes a public page, with its query, as one that a copy can stand in for', () => {
    expect(publicRoute('GET', '/kk/partners?country=CN', {})).toEqual({ kind: 'public-page', locale: 'kk', key: '/kk/partners?country=CN', reuse: true });
    expect(publicRoute('HEAD', '/en', {})).toEqual({ kind: 'public-page', locale: 'en', key: '/en', reuse: true });
    expect(publicRoute('GET', '/kk-latn/events', {})).toEqual({ kind: 'public-page', locale: 'kk-Latn', key: '/kk-latn/events', reuse: true });
  });

  it('leaves a locale written otherwise than the site writes it to the application, which redirects it', () => {
    expect(publicRoute('GET', '/kk-Latn/events', {})).toEqual({ kind: 'pass' });
  });

  it('keeps search results for an outage only, and leaves partial or dated conditional requests to the application', () => {
    expect(publicRoute('GET', '/ru/search?q=Ташкент', {})).toMatchObject({ kind: 'public-page', reuse: false });
    expect(publicRoute('GET', '/ru/events', { range: 'bytes=0-10' })).toMatchObject({ kind: 'public-page', reuse: false });
    expect(publicRoute('GET', '/ru/events', { 'if-none-match': '"x"' })).toMatchObject({ kind: 'public-page', reuse: true });
  });

  it('takes open-data API reads as the same for every caller, the suggestions as small', () => {
    expect(publicRoute('GET', '/api/v1/agreements?page=2', {})).toEqual({ kind: 'public-data', key: '/api/v1/agreements?page=2', reuse: true, small: false });
    expect(publicRoute('GET', '/api/v1/events.csv', {})).toEqual({ kind: 'public-data', key: '/api/v1/events.csv', reuse: true, small: false });
    expect(publicRoute('GET', '/api/v1/events', { 'if-modified-since': 'Sun, 22 Nov 2026 05:00:00 GMT' })).toEqual({
      kind: 'public-data',
      key: '/api/v1/events',
      reuse: false,
      small: false,
    });
    expect(publicRoute('GET', '/api/v1/search?q=%D0%A1%D1%82&locale=ru', {})).toMatchObject({ kind: 'public-data', small: true });
  });

  it('reads a target starting with two slashes as a path, never as a host (Next redirects it)', () => {
    expect(publicRoute('GET', '//', {})).toEqual({ kind: 'pass' });
    expect(publicRoute('GET', '//ru', {})).toEqual({ kind: 'pass' });
    expect(publicRoute('GET', '//api/v1/search?q=a', {})).toEqual({ kind: 'pass' });
  });

  it('never keeps or sends a copy of a preview link: it is for one holder and may be revoked at once', () => {
    expect(publicRoute('GET', '/kk/preview/vKcZWhf-SBpPufZ_Jql5OX2zWLUxvUFLKzADpnJNHdA', {})).toEqual({ kind: 'page', locale: 'kk', search: false });
  });

  it("never keeps or sends a copy of the low-vision settings page: it shows the visitor's own choices", () => {
    expect(publicRoute('GET', '/en/accessibility', {})).toEqual({ kind: 'page', locale: 'en', search: false });
    expect(publicRoute('GET', '/kk/accessibility?x=1', {})).toEqual({ kind: 'page', locale: 'kk', search: false });
  });

  it('never stands a copy in for the admin, or for the router fetching page data', () => {
    expect(publicRoute('GET', '/ru/admin/partners', {})).toEqual({ kind: 'page', locale: 'ru', search: false });
    expect(publicRoute('GET', '/ru/partners', { rsc: '1' })).toEqual({ kind: 'page', locale: 'ru', search: false });
    expect(publicRoute('GET', '/en/events?_rsc=abc', {})).toEqual({ kind: 'page', locale: 'en', search: false });
    expect(publicRoute('GET', '/kk/search?q=a', { rsc: '1' })).toEqual({ kind: 'page', locale: 'kk', search: true });
  });

  it('leaves writes, other API routes, files, feeds and locale redirects to the application', () => {
    for (const [method, url] of [
      ['POST', '/ru/admin/partners/1'],
      ['POST', '/api/v1/partners'],
      ['OPTIONS', '/api/v1/partners'],
      ['GET', '/api/health'],
      ['GET', '/api/auth/get-session'],
      ['GET', '/_next/static/chunks/app.js'],
      ['GET', '/media/abc.webp'],
      ['GET', '/ru/events.ics'],
      ['GET', '/en/feed.xml'],
      ['GET', '/sitemap.xml'],
      ['GET', '/'],
      ['GET', '/partners'],
    ] as const) {
      expect(publicRoute(method, url, {}), `${method} ${url}`).toEqual({ kind: 'pass' });
    }
  });
});
