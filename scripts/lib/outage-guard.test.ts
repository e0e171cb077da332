import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardAgainstOutage } from './outage-guard';

// The guard in front of a small stand-in for the application, on a real HTTP server: what a
// visitor gets while the database is up, once it goes down, and when it comes back.
let databaseUp = true;
const appRequests: string[] = [];
async function application(req: IncomingMessage, res: ServerResponse) {
  appRequests.push(`${req.method} ${req.url}`);
  if (req.url === '/ru/broken') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!DOCTYPE html><html id="__next_error__"><head></head><body></body></html>');
    return;
  }
  const html = `<!DOCTYPE html><html><body>page ${req.url}</body></html>`;
  const gzip = req.headers['accept-encoding']?.includes('gzip');
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'set-cookie': 'NEXT_LOCALE=ru', 'content-security-policy': "script-src 'nonce-abc'", ...(gzip && { 'content-encoding': 'gzip' }) });
  res.end(gzip ? gzipSync(html) : html);
}

let failures = 0;
const guarded = guardAgainstOutage(application, { isUp: () => databaseUp, onFailure: () => { failures += 1; } });
const server = createServer((req, res) => void guarded(req, res));
let base = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('guardAgainstOutage', () => {
  it('passes everything to the application while the database is up', async () => {
    databaseUp = true;
    const response = await fetch(`${base}/kk/partners?country=CN`);
    expect(await response.text()).toBe('<!DOCTYPE html><html><body>page /kk/partners?country=CN</body></html>');
    await fetch(`${base}/ru/broken`);
    expect(appRequests).toEqual(['GET /kk/partners?country=CN', 'GET /ru/broken']);
    // A page that failed to render asks for the database to be checked at once.
    expect(failures).toBe(1);
  });

  it('while it is down, serves the last whole copy of a page it served, without the first visitor’s cookie', async () => {
    databaseUp = false;
    const response = await fetch(`${base}/kk/partners?country=CN`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<!DOCTYPE html><html><body>page /kk/partners?country=CN</body></html>');
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('content-security-policy')).toBe("script-src 'nonce-abc'");
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-served-from')).toMatch(/^copy of \d{4}-/);
  });

  it('while it is down, answers other pages with the localized unavailable page and 503', async () => {
    databaseUp = false;
    for (const [path, title] of [['/kk/events', 'Сайт уақытша қолжетімсіз'], ['/ru/broken', 'Сайт временно недоступен'], ['/en/admin/partners', 'The site is temporarily unavailable']] as const) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(503);
      expect(response.headers.get('retry-after')).toBe('30');
      expect(await response.text()).toContain(`<h1>${title}</h1>`);
    }
  });

  it('while it is down, still hands form posts, the API and files to the application', async () => {
    databaseUp = false;
    appRequests.length = 0;
    await fetch(`${base}/ru/admin/partners/1`, { method: 'POST', body: 'x' });
    await fetch(`${base}/api/v1/partners`);
    await fetch(`${base}/media/abc.webp`);
    expect(appRequests).toEqual(['POST /ru/admin/partners/1', 'GET /api/v1/partners', 'GET /media/abc.webp']);
  });

  it('goes back to the application once the database answers again', async () => {
    databaseUp = true;
    appRequests.length = 0;
    expect((await fetch(`${base}/kk/events`)).status).toBe(200);
    expect(appRequests).toEqual(['GET /kk/events']);
  });
});
