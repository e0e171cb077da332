import { createHash } from 'node:crypto';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { processInvalidations } from '@/lib/cache/invalidations.mjs';
import { RateLimiter } from '@/lib/http/rate-limit';
import { servedFrom, withPublicCopies } from './public-copies';

// The copies in front of a small stand-in for the application, on a real HTTP server: what a
// visitor gets while the database is up, once it goes down, and when it comes back.
let databaseUp = true;
let clock = 1_000_000;
let renderDelayMs = 0;
let inFlight = 0;
let mostInFlight = 0;
const appRequests: string[] = [];
const SCRIPT = 'self.__next_f.push([1,"Шымкент"])';
async function application(req: IncomingMessage, res: ServerResponse) {
  appRequests.push(`${req.method} ${req.url}`);
  inFlight += 1;
  mostInFlight = Math.max(mostInFlight, inFlight);
  res.once('close', () => (inFlight -= 1));
  if (renderDelayMs) await sleep(renderDelayMs);
  if (req.url === '/ru/broken') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!DOCTYPE html><html id="__next_error__"><head></head><body></body></html>');
    return;
  }
  if (req.url?.startsWith('/api/v1/')) {
    if (!databaseUp) {
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end('{"error":"unavailable"}');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json', etag: '"api-1"', 'access-control-allow-origin': '*' });
    // "?large": an answer the size of an export.
    res.end(JSON.stringify({ url: req.url, render: appRequests.length, ...(req.url.includes('large') && { rows: 'x'.repeat(20_000) }) }));
    return;
  }
  const nonce = `bm9uY2Ut${appRequests.length}`;
  const html = `<!DOCTYPE html><html><body>page ${req.url} render ${appRequests.length}<script nonce="${nonce}">${SCRIPT}</script></body></html>`;
  const gzip = req.headers['accept-encoding']?.includes('gzip');
  const locale = req.url?.split('/')[1];
  const cookie = req.url === '/en/sets-a-session' ? ['NEXT_LOCALE=en; Path=/', 'session=abc'] : `NEXT_LOCALE=${locale}; Path=/; SameSite=lax`;
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'set-cookie': cookie,
    'content-security-policy': `default-src 'self'; script-src 'self' 'nonce-${nonce}'`,
    ...(gzip && { 'content-encoding': 'gzip' }),
  });
  res.end(gzip ? gzipSync(html) : html);
}

let served: ReturnType<typeof withPublicCopies>;
const answeredBy: string[] = [];
const server = createServer((req, res) => {
  res.once('close', () => answeredBy.push(servedFrom(res) ?? 'application'));
  void served(req, res);
});
let base = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  served = withPublicCopies(application, { isUp: () => databaseUp, site: new URL(base), renderSlots: 3, now: () => clock });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  databaseUp = true;
  renderDelayMs = 0;
  appRequests.length = 0;
  answeredBy.length = 0;
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers });
/** A request with a Host of its choosing, which fetch does not send. */
const getRaw = (path: string, headers: Record<string, string>) =>
  new Promise<{ status: number }>((resolve, reject) => {
    request(`${base}${path}`, { headers }, (res) => {
      res.resume();
      res.once('end', () => resolve({ status: res.statusCode ?? 0 }));
    })
      .once('error', reject)
      .end();
  });

describe('withPublicCopies while the database is up', () => {
  it('renders a public page once, then sends that copy again: same body, its scripts allowed by hash, never a reused nonce', async () => {
    const first = await get('/kk/partners?country=CN');
    const body = await first.text();
    expect(body).toContain('page /kk/partners?country=CN render 1');
    const again = await get('/kk/partners?country=CN');
    expect(await again.text()).toBe(body);
    expect(appRequests).toEqual(['GET /kk/partners?country=CN']);
    const policy = again.headers.get('content-security-policy') ?? '';
    expect(policy).toBe(`default-src 'self'; script-src 'self' 'sha256-${createHash('sha256').update(SCRIPT).digest('base64')}'`);
    expect(again.headers.get('age')).toBe('0');
    expect(answeredBy).toEqual(['application', 'copy']); // what the request log says
  });

  it('answers a revalidation with 304, and sends the locale cookie only to a visitor who lacks it', async () => {
    const first = await get('/ru/about');
    expect(first.headers.get('set-cookie')).toBe('NEXT_LOCALE=ru; Path=/; SameSite=lax');
    const etag = (await get('/ru/about')).headers.get('etag') ?? 'none';
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    const copy = await get('/ru/about', { 'if-none-match': etag, cookie: 'NEXT_LOCALE=ru' });
    expect(copy.status).toBe(304);
    expect(copy.headers.get('set-cookie')).toBeNull();
    const otherLanguage = await get('/ru/about', { cookie: 'theme=dark; NEXT_LOCALE=kk' });
    expect(otherLanguage.headers.get('set-cookie')).toBe('NEXT_LOCALE=ru; Path=/; SameSite=lax');
    expect(appRequests).toEqual(['GET /ru/about']);
  });

  it('compares a weak If-None-Match weakly, so a cache behind a compressing proxy gets its 304 (RFC 9110 §13.1.2)', async () => {
    const etag = (await get('/api/v1/partners?weak')).headers.get('etag') ?? 'none';
    expect(etag).toBe('"api-1"');
    // What a proxy that compressed the answer hands on, and its cache later sends back.
    expect((await get('/api/v1/partners?weak', { 'if-none-match': `W/${etag}` })).status).toBe(304);
    expect((await get('/api/v1/partners?weak', { 'if-none-match': `"other", W/${etag}` })).status).toBe(304);
    expect((await get('/api/v1/partners?weak', { 'if-none-match': 'W/"other"' })).status).toBe(200);
    expect(appRequests).toEqual(['GET /api/v1/partners?weak']);
  });

  it('sends the copy compressed to a browser that accepts it, once it has been asked for again', async () => {
    await get('/en/events', { 'accept-encoding': 'gzip' });
    // The first reuse goes out as it is and starts the compression, off the event loop: a copy
    // nobody asks for again is never compressed.
    const reused = await fetch(`${base}/en/events`, { headers: { 'accept-encoding': 'br' } });
    expect(reused.headers.get('content-encoding')).toBeNull();
    expect(await reused.text()).toContain('page /en/events render 1');
    await sleep(50);
    const response = await fetch(`${base}/en/events`, { headers: { 'accept-encoding': 'br' } });
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(await response.text()).toContain('page /en/events render 1'); // fetch decoded it as brotli
    const gzipOnly = await fetch(`${base}/en/events`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzipOnly.headers.get('content-encoding')).toBe('gzip');
    expect(appRequests).toEqual(['GET /en/events']);
  });

  it('compresses a large copy as soon as it is stored: its very first reuse goes out compressed', async () => {
    await get('/api/v1/events?large', { 'accept-encoding': 'br' });
    await sleep(50);
    const reused = await fetch(`${base}/api/v1/events?large`, { headers: { 'accept-encoding': 'br' } });
    expect(reused.headers.get('content-encoding')).toBe('br');
    expect(await reused.json()).toMatchObject({ url: '/api/v1/events?large', render: 1 });
  });

  it('renders again after an editor saves, and once the copy is a minute old', async () => {
    await get('/ru/partners');
    processInvalidations().note(['partners']);
    expect(await (await get('/ru/partners')).text()).toContain('render 2');
    clock += 60_000;
    expect(await (await get('/ru/partners')).text()).toContain('render 3');
    expect(appRequests).toHaveLength(3);
  });

  it('lets many visitors of a page nobody has a copy of wait for one render', async () => {
    renderDelayMs = 100;
    const bodies = await Promise.all(Array.from({ length: 10 }, () => get('/kk/events?page=3').then((r) => r.text())));
    expect(new Set(bodies).size).toBe(1);
    expect(appRequests).toEqual(['GET /kk/events?page=3']);
  });

  it('while a copy that only grew old is rendered again, sends it to the others instead of making them wait', async () => {
    await get('/ru/agreements?page=2');
    clock += 60_000;
    renderDelayMs = 200;
    const refreshing = get('/ru/agreements?page=2').then((r) => r.text());
    await sleep(50);
    const meanwhile = await get('/ru/agreements?page=2');
    expect(await meanwhile.text()).toContain('render 1');
    expect(await refreshing).toContain('render 2');
    expect(appRequests).toHaveLength(2);
    // After a save nobody gets the old copy: they wait for the new render.
    processInvalidations().note(['partners']);
    const [first, second] = await Promise.all([get('/ru/agreements?page=2'), sleep(50).then(() => get('/ru/agreements?page=2'))]);
    expect(await first.text()).toContain('render 3');
    expect(await second.text()).toContain('render 3');
  });

  it('renders at most its number of pages at once, the others in turn, and files without waiting', async () => {
    renderDelayMs = 100;
    mostInFlight = 0;
    const pages = Array.from({ length: 9 }, (_, i) => get(`/en/events?page=${200 + i}`));
    await sleep(20);
    const file = await get('/media/abc.webp');
    expect(appRequests).toContain('GET /media/abc.webp');
    expect(file.status).toBe(200);
    expect((await Promise.all(pages)).every((r) => r.status === 200)).toBe(true);
    expect(mostInFlight).toBe(4); // three pages and the file
    expect(appRequests).toHaveLength(10);
  });

  it('keeps a copy of a search for an outage, refreshed once a minute rather than at every request', async () => {
    await get('/kk/search?q=b');
    await get('/kk/search?q=b');
    databaseUp = false;
    expect(await (await get('/kk/search?q=b')).text()).toContain('render 1');
    databaseUp = true;
    clock += 60_000;
    await get('/kk/search?q=b');
    databaseUp = false;
    expect(await (await get('/kk/search?q=b')).text()).toContain('render 3');
  });

  it('renders every search, keeps open-data reads, and never keeps a response that sets another cookie', async () => {
    await get('/ru/search?q=a');
    await get('/ru/search?q=a');
    await get('/api/v1/agreements?page=2');
    const api = await get('/api/v1/agreements?page=2');
    expect(api.headers.get('etag')).toBe('"api-1"');
    expect(api.headers.get('access-control-allow-origin')).toBe('*');
    await get('/en/sets-a-session');
    await get('/en/sets-a-session');
    expect(appRequests).toEqual([
      'GET /ru/search?q=a',
      'GET /ru/search?q=a',
      'GET /api/v1/agreements?page=2',
      'GET /en/sets-a-session',
      'GET /en/sets-a-session',
    ]);
  });

  it('keeps no copy of a page that failed to render', async () => {
    await get('/ru/broken');
    await get('/ru/broken');
    expect(appRequests).toEqual(['GET /ru/broken', 'GET /ru/broken']);
  });

  it('keeps no copy of a response to another host, which could name that host', async () => {
    const forged: Record<string, string>[] = [
      { host: 'attacker.example' },
      { 'x-forwarded-host': 'attacker.example' },
      { host: 'attacker.example', 'x-forwarded-host': new URL(base).host },
    ];
    for (const headers of forged) expect((await getRaw('/ru/hosts', headers)).status).toBe(200);
    await get('/ru/hosts');
    await get('/ru/hosts');
    expect(appRequests).toEqual(Array.from({ length: forged.length + 1 }, () => 'GET /ru/hosts'));
    // The site's own host, also as localhost for 127.0.0.1, is kept as before.
    await getRaw('/ru/hosts-local', { host: `localhost:${new URL(base).port}` });
    await get('/ru/hosts-local');
    expect(appRequests.filter((r) => r === 'GET /ru/hosts-local')).toHaveLength(1);
  });
});

describe('withPublicCopies while the database is down', () => {
  it('serves the last whole copy of a page it served, however old, without the first visitor’s cookie', async () => {
    await get('/kk/agreements');
    processInvalidations().note(['partners']);
    clock += 3_600_000;
    databaseUp = false;
    const response = await get('/kk/agreements', { cookie: 'NEXT_LOCALE=kk' });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('page /kk/agreements render 1');
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('content-security-policy')).not.toContain('nonce-');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-served-from')).toMatch(/^copy of \d{4}-/);
    expect(appRequests).toEqual(['GET /kk/agreements']);
    expect(answeredBy).toEqual(['application', 'outage copy']);
  });

  it('answers other pages with the localized unavailable page and 503', async () => {
    databaseUp = false;
    for (const [path, title] of [
      ['/kk/events?page=99', 'Сайт уақытша қолжетімсіз'],
      ['/ru/broken', 'Сайт временно недоступен'],
      ['/en/admin/partners', 'The site is temporarily unavailable'],
    ] as const) {
      const response = await get(path);
      expect(response.status, path).toBe(503);
      expect(response.headers.get('retry-after')).toBe('30');
      expect(await response.text()).toContain(`<h1>${title}</h1>`);
    }
  });

  it('still hands form posts, the API and files to the application', async () => {
    databaseUp = false;
    await fetch(`${base}/ru/admin/partners/1`, { method: 'POST', body: 'x' });
    expect((await get('/api/v1/agreements?page=2')).status).toBe(503);
    await get('/media/abc.webp');
    expect(appRequests).toEqual(['POST /ru/admin/partners/1', 'GET /api/v1/agreements?page=2', 'GET /media/abc.webp']);
  });

  it('goes back to the application once the database answers again', async () => {
    databaseUp = true;
    expect((await get('/kk/events?page=98')).status).toBe(200);
    expect(appRequests).toEqual(['GET /kk/events?page=98']);
  });
});

describe('withPublicCopies under a flood of uncached work', () => {
  // Three requests at once per address, one more every ten seconds; three renders at a time (one of
  // them a search or an uncached API read), one waiting.
  const floodedSite = new URL('http://127.0.0.1'); // its port is known once it listens
  const limited = withPublicCopies(application, {
    isUp: () => true,
    site: floodedSite,
    renderSlots: 3,
    renderQueueLimit: 1,
    rateLimiter: new RateLimiter({ perSecond: 0.1, burst: 3, now: () => clock }),
    refusalDelayMs: 50,
    now: () => clock,
  });
  const flooded = createServer((req, res) => void limited(req, res));
  let floodedBase = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => flooded.listen(0, '127.0.0.1', resolve));
    floodedBase = `http://127.0.0.1:${(flooded.address() as AddressInfo).port}`;
    floodedSite.port = String((flooded.address() as AddressInfo).port);
  });
  afterAll(() => new Promise<void>((resolve) => flooded.close(() => resolve())));
  // scripts/server.ts puts the one client address it vouches for in X-Forwarded-For.
  const from = (address: string, path: string, headers: Record<string, string> = {}) =>
    fetch(`${floodedBase}${path}`, { headers: { 'x-forwarded-for': address, ...headers } });

  it('answers a client past its allowance of searches and uncached API reads with 429 and Retry-After, localized or in the API’s shape', async () => {
    const address = '198.51.100.1';
    for (const path of ['/kk/search?q=1', '/api/v1/events?page=7', '/en/search?q=2']) expect((await from(address, path)).status, path).toBe(200);
    const asked = Date.now();
    const page = await from(address, '/kk/search?q=3');
    expect(page.status).toBe(429);
    expect(Date.now() - asked).toBeGreaterThanOrEqual(45); // held a moment, so a flood cannot ask again at once
    expect(page.headers.get('retry-after')).toBe('10');
    expect(await page.text()).toContain('<h1>Сұраулар тым көп</h1>');
    const api = await from(address, '/api/v1/events?page=8', { 'if-modified-since': 'Sun, 22 Nov 2026 05:00:00 GMT' });
    expect(api.status).toBe(429);
    expect(api.headers.get('retry-after')).toBe('10');
    expect(api.headers.get('access-control-allow-origin')).toBe('*');
    expect(await api.json()).toEqual({ error: { code: 'rate_limited', message: expect.any(String) } });
    expect((await from(address, '/ru/search?q=4', { rsc: '1' })).status).toBe(429);
    expect(appRequests).toEqual(['GET /kk/search?q=1', 'GET /api/v1/events?page=7', 'GET /en/search?q=2']);
  });

  it('limits the header search’s suggestions like any uncached API read: a typed prefix already answered comes from its copy, a new one past the allowance gets the API’s 429', async () => {
    const address = '198.51.100.4';
    const typed = ['Шы', 'Шым', 'Шымк', 'Шымке'].map((q) => `/api/v1/search?q=${encodeURIComponent(q)}&locale=kk`);
    for (const path of typed.slice(0, 3)) expect((await from(address, path)).status, path).toBe(200);
    const refused = await from(address, typed[3] ?? '');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('10');
    expect(refused.headers.get('content-type')).toBe('application/json');
    expect(await refused.json()).toEqual({ error: { code: 'rate_limited', message: expect.any(String) } });
    expect((await from(address, typed[1] ?? '')).status).toBe(200);
    expect(appRequests).toEqual(typed.slice(0, 3).map((path) => `GET ${path}`));
  });

  it('still sends that client copies, the admin and files, and serves other clients', async () => {
    const address = '198.51.100.2';
    for (const q of [1, 2, 3, 4]) await from(address, `/ru/search?q=${q}`);
    expect((await from(address, '/api/v1/events?page=7')).status).toBe(200); // kept by the first test
    expect((await from(address, '/ru/partners')).status).toBe(200);
    expect((await from(address, '/ru/admin/partners')).status).toBe(200);
    expect((await from(address, '/media/abc.webp')).status).toBe(200);
    expect((await from('198.51.100.3', '/ru/search?q=1')).status).toBe(200);
    clock += 10_000;
    expect((await from(address, '/ru/search?q=5')).status).toBe(200);
  });

  it('answers 503 with Retry-After at once when the line for a render is full, keeps nothing of it, and never makes the admin wait behind searches', async () => {
    renderDelayMs = 200;
    const started = Date.now();
    const paths = ['/en/search?q=300', '/en/search?q=301', '/ru/search?q=302', '/api/v1/agreements?page=9'];
    const searches = Promise.all(paths.map((path, i) => sleep(i * 20).then(() => from(`203.0.113.${i}`, path))));
    const admin = await sleep(100).then(() => from('203.0.113.20', '/ru/admin/events'));
    expect(admin.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(390); // served beside the first search, not after the second
    const answers = await searches;
    expect(answers.map((r) => r.status)).toEqual([200, 200, 503, 503]);
    expect(answers[2]?.headers.get('retry-after')).toBe('30');
    expect(await answers[2]?.text()).toContain('<h1>Сайт временно недоступен</h1>');
    expect(await answers[3]?.json()).toEqual({ error: { code: 'unavailable', message: expect.any(String) } });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(appRequests).toEqual(['GET /en/search?q=300', 'GET /ru/admin/events', 'GET /en/search?q=301']);
    renderDelayMs = 0;
    expect(await (await from('203.0.113.9', '/api/v1/agreements?page=9')).json()).toMatchObject({ url: '/api/v1/agreements?page=9' });
  });
});
