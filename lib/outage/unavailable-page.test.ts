import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { tooManyRequestsPage, unavailablePage } from './unavailable-page';

describe('unavailablePage', () => {
  it.each([
    ['ru', 'Сайт временно недоступен'],
    ['kk', 'Сайт уақытша қолжетімсіз'],
    ['en', 'The site is temporarily unavailable'],
    ['kk-Latn', 'Sait uaqytşa qoljetımsız'],
  ] as const)('%s: says so in the language, with 503 and when to retry', (locale, title) => {
    const page = unavailablePage(locale);
    expect(page.status).toBe(503);
    expect(page.headers['Retry-After']).toBe('30');
    expect(page.headers['Cache-Control']).toBe('no-store');
    expect(page.body).toContain(`<html lang="${locale}">`);
    expect(page.body).toContain(`<h1>${title}</h1>`);
    expect(page.body).toContain('noindex');
  });

  it('allows exactly its own styles and no script at all', () => {
    const page = unavailablePage('en');
    const style = /<style>(.*?)<\/style>/.exec(page.body)?.[1] ?? '';
    const hash = createHash('sha256').update(style).digest('base64');
    expect(page.headers['Content-Security-Policy']).toContain(`style-src 'sha256-${hash}'`);
    expect(page.headers['Content-Security-Policy']).toContain("default-src 'none'");
    expect(page.body).not.toContain('<script');
  });

  it.each([
    ['ru', 'Слишком много запросов'],
    ['kk', 'Сұраулар тым көп'],
    ['en', 'Too many requests'],
    ['kk-Latn', 'Sūraular tym köp'],
  ] as const)('%s: too many requests, with 429 and the seconds to wait', (locale, title) => {
    const page = tooManyRequestsPage(locale, 7);
    expect(page.status).toBe(429);
    expect(page.headers['Retry-After']).toBe('7');
    expect(page.body).toContain(`<html lang="${locale}">`);
    expect(page.body).toContain(`<h1>${title}</h1>`);
  });
});
