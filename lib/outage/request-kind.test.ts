import { describe, expect, it } from 'vitest';
import { outageRoute } from './request-kind';

describe('outageRoute', () => {
  it('takes a public page, with its query, as one that a copy can stand in for', () => {
    expect(outageRoute('GET', '/kk/partners?country=CN', {})).toEqual({ kind: 'public-page', locale: 'kk', key: '/kk/partners?country=CN' });
    expect(outageRoute('HEAD', '/en', {})).toEqual({ kind: 'public-page', locale: 'en', key: '/en' });
  });

  it('never stands a copy in for the admin, or for the router fetching page data', () => {
    expect(outageRoute('GET', '/ru/admin/partners', {})).toEqual({ kind: 'page', locale: 'ru' });
    expect(outageRoute('GET', '/ru/partners', { rsc: '1' })).toEqual({ kind: 'page', locale: 'ru' });
    expect(outageRoute('GET', '/en/events?_rsc=abc', {})).toEqual({ kind: 'page', locale: 'en' });
  });

  it('leaves writes, the API, files, feeds and locale redirects to the application', () => {
    for (const [method, url] of [
      ['POST', '/ru/admin/partners/1'],
      ['GET', '/api/v1/partners'],
      ['GET', '/api/health'],
      ['GET', '/_next/static/chunks/app.js'],
      ['GET', '/media/abc.webp'],
      ['GET', '/ru/events.ics'],
      ['GET', '/en/feed.xml'],
      ['GET', '/sitemap.xml'],
      ['GET', '/'],
      ['GET', '/partners'],
    ] as const) {
      expect(outageRoute(method, url, {}), `${method} ${url}`).toEqual({ kind: 'pass' });
    }
  });
});
