import fs from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { expect, test, type APIRequestContext, type APIResponse, type Page } from '@playwright/test';
import { portals } from '../../playwright.config';
import { createStaff, signIn, type Staff } from './staff';
import { DEPLOYMENT_AUTH_SECRET } from '../support/deployment-secret';

// The security headers of the real production server (docs/decisions/013), that no response or
// built client bundle holds a secret, and the origin and method checks. Desktop only: nothing here depends on the
// viewport, and the phone project would only repeat it.
test.describe.configure({ mode: 'serial' });
test.skip(({ isMobile }) => isMobile, 'one run is enough: headers and bundles do not depend on the viewport');

// The locales' URL segments: kk-latn is Kazakh in the Latin alphabet, the same pages from other catalogues and fields.
const LOCALES = ['ru', 'kk', 'en', 'kk-latn'] as const;
const FOREIGN_ORIGIN = 'https://attacker.example';

let admin: Staff;
let partnerSlug: string;
let agreementId: number;
test.beforeAll(async ({ playwright }) => {
  admin = await createStaff('shymkent', 'admin');
  const api = await playwright.request.newContext({ baseURL: `http://localhost:${portals.shymkent.port}` });
  partnerSlug = ((await (await api.get('/api/v1/partners')).json()) as { data: { slug: string }[] }).data[0]!.slug;
  agreementId = ((await (await api.get('/api/v1/agreements')).json()) as { data: { id: number }[] }).data[0]!.id;
  await api.dispose();
});
test.afterAll(async () => {
  const client = new pg.Client({ connectionString: databaseUrl('shymkent') });
  await client.connect();
  try {
    await client.query('DELETE FROM "User" WHERE email = $1', [admin.email]); // sessions and accounts go with it
  } finally {
    await client.end();
  }
});

function databaseUrl(portal: keyof typeof portals) {
  return `postgresql://postgres:postgres@127.0.0.1:${portals[portal].pgPort}/portal`;
}

// The open-data API and feeds are for other sites: any site may load them (CORP cross-origin).
const LOCALE_SEGMENT = `(?:${LOCALES.join('|')})`;
const OPEN_DATA = new RegExp(String.raw`^/(api/v1/|${LOCALE_SEGMENT}/(feed\.xml|cooperation\.xml|events\.ics)$|${LOCALE_SEGMENT}/partners/[^/]+/events\.ics$)`);

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name!, values] as const),
  );

/** Every header a response must carry, each with what is wrong with it (null when right). */
function headerProblems(response: APIResponse): Record<string, string | null> {
  const headers = response.headers();
  const policy = headers['content-security-policy'];
  const csp = directives(policy ?? '');
  const scripts = csp.get('script-src') ?? csp.get('default-src') ?? [];
  const objects = csp.get('object-src') ?? csp.get('default-src') ?? [];
  const resourcePolicy = OPEN_DATA.test(new URL(response.url()).pathname) ? 'cross-origin' : 'same-origin';
  return {
    'content-security-policy': !policy
      ? 'missing'
      : policy.includes(',')
        ? 'two policies' // a second header would be joined with a comma
        : scripts.length === 0
          ? 'no script-src or default-src'
          : scripts.some((s) => s === "'unsafe-inline'" || s === "'unsafe-eval'" || s === '*')
            ? `script-src allows ${scripts.join(' ')}`
            : csp.get('frame-ancestors')?.join(' ') !== "'none'"
              ? 'frame-ancestors is not none'
              : objects.join(' ') !== "'none'"
                ? 'object-src is not none'
                : !csp.has('base-uri')
                  ? 'no base-uri'
                  : null,
    'x-content-type-options': headers['x-content-type-options'] === 'nosniff' ? null : `got ${headers['x-content-type-options']}`,
    'referrer-policy': headers['referrer-policy'] === 'strict-origin-when-cross-origin' ? null : `got ${headers['referrer-policy']}`,
    'permissions-policy': /camera=\(\).*microphone=\(\).*geolocation=\(\)/.test(headers['permissions-policy'] ?? '')
      ? null
      : `got ${headers['permissions-policy']}`,
    'x-frame-options': headers['x-frame-options'] === 'DENY' ? null : `got ${headers['x-frame-options']}`,
    'cross-origin-opener-policy': headers['cross-origin-opener-policy'] === 'same-origin' ? null : `got ${headers['cross-origin-opener-policy']}`,
    'cross-origin-resource-policy':
      headers['cross-origin-resource-policy'] === resourcePolicy ? null : `got ${headers['cross-origin-resource-policy']}, not ${resourcePolicy}`,
    // The test portals are plain http on localhost: HSTS there would lock browsers out of it.
    'strict-transport-security': headers['strict-transport-security'] === undefined ? null : 'sent over http',
  };
}

const checked: { what: string; status: number; problems: string[] }[] = [];

/**
 * The database addresses and session secrets of both test portals, and of the deployment test whose
 * build these portals may run on (npm test builds there first): no response may contain one.
 */
function secrets(): [string, string][] {
  const found: [string, string][] = [
    ['the postgresql:// scheme', 'postgresql://'],
    ["the deployment test's AUTH_SECRET", DEPLOYMENT_AUTH_SECRET],
  ];
  for (const portal of ['shymkent', 'kazan'] as const) {
    found.push([`${portal}'s DATABASE_URL`, databaseUrl(portal)]);
    // start.ts keeps the session-signing secret of an embedded-database installation in its data folder.
    found.push([`${portal}'s AUTH_SECRET`, fs.readFileSync(path.join(portals[portal].dataDir, 'auth-secret'), 'utf8').trim()]);
  }
  // The server actions' key the build holds (docs/decisions/028) stays in its server half.
  const manifest = path.join(process.env.E2E_DIST_DIR ?? '.next-test', 'server', 'server-reference-manifest.json');
  found.push(["the server actions' key", (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { encryptionKey: string }).encryptionKey]);
  return found;
}

async function check(request: APIRequestContext, what: string, url: string, method: 'GET' | 'HEAD' = 'GET') {
  const response = await request.fetch(url, { method, maxRedirects: 0 });
  const problems = Object.entries(headerProblems(response))
    .filter(([, problem]) => problem)
    .map(([header, problem]) => `${header}: ${problem}`);
  const body = method === 'GET' ? (await response.body()).toString('utf8') : '';
  for (const [name, secret] of secrets()) if (body.includes(secret)) problems.push(`body contains ${name}`);
  checked.push({ what: `${what} ${url}`, status: response.status(), problems });
  return response;
}

test('every kind of response carries the security headers', async ({ request, page }) => {
  const html = await (await request.get('/ru')).text();
  const chunk = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  const stylesheet = /<link[^>]+href="(\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1];
  expect(chunk).toBeTruthy();
  expect(stylesheet).toBeTruthy();

  for (const locale of LOCALES) {
    for (const route of [
      '',
      '/partners',
      `/partners/${partnerSlug}`,
      '/agreements',
      `/agreements/${agreementId}`,
      '/events',
      '/about',
      '/open-data',
      '/search?q=a',
    ]) {
      expect((await check(request, 'page', `/${locale}${route}`)).status()).toBe(200);
    }
    await check(request, 'sign-in page', `/${locale}/admin/sign-in`);
    await check(request, 'admin redirect', `/${locale}/admin`);
    await check(request, 'feed', `/${locale}/feed.xml`);
    await check(request, 'feed of projects and proposals', `/${locale}/cooperation.xml`);
    await check(request, 'calendar', `/${locale}/events.ics`);
  }
  await check(request, 'locale redirect', '/');
  await check(request, 'copy of a page', '/en/about'); // its second visit: the server's copy (decision 017)
  await check(request, 'partner calendar', `/en/partners/${partnerSlug}/events.ics`);
  expect((await check(request, 'malformed path', '/ru/partners/%C0%AF')).status()).toBe(400);
  await check(request, 'page HEAD', '/en/partners', 'HEAD');
  expect((await check(request, '404 page', '/ru/partners/no-such-partner')).status()).toBe(404);
  await check(request, '404 page', '/ru/no/such/page');
  expect((await check(request, '404 file', '/no-such-file.txt')).status()).toBe(404);
  for (const url of [
    '/api/v1/partners',
    '/api/v1/agreements?perPage=1',
    '/api/v1/agreements.csv',
    '/api/v1/events',
    '/api/v1/openapi.json',
    `/api/v1/partners/${partnerSlug}`,
  ]) {
    expect((await check(request, 'API', url)).status()).toBe(200);
  }
  expect((await check(request, 'API 400', '/api/v1/events?year=abc')).status()).toBe(400);
  expect((await check(request, 'API 404', '/api/v1/partners/no-such-partner')).status()).toBe(404);
  await check(request, 'auth API', '/api/auth/get-session');
  expect((await check(request, 'media 404', `/media/ab/${'ab'.repeat(32)}.jpg`)).status()).toBe(404);
  expect((await check(request, 'static chunk', chunk!)).status()).toBe(200);
  expect((await check(request, 'static stylesheet', stylesheet!)).status()).toBe(200);
  for (const url of ['/icon.svg', '/robots.txt', '/sitemap.xml']) expect((await check(request, 'file', url)).status()).toBe(200);

  // Signed in: the admin's pages, fetched with the browser's session cookie.
  await signIn(page, admin, 'ru');
  for (const url of ['/ru/admin', '/kk/admin/partners', '/en/admin/users', '/ru/admin/media']) {
    expect((await check(page.request, 'admin page', url)).status()).toBe(200);
  }

  const missing = checked.reduce((sum, c) => sum + c.problems.length, 0);
  // The figure for the closing note.
  console.log(`security headers: ${checked.length} responses checked, ${missing} missing`);
  expect(checked.filter((c) => c.problems.length > 0)).toEqual([]);
});

test('uploaded files are served sandboxed, never as a page', async ({ request }) => {
  const policy = directives((await request.get(`/media/ab/${'ab'.repeat(32)}.jpg`)).headers()['content-security-policy'] ?? '');
  expect(policy.get('default-src')).toEqual(["'none'"]);
  expect(policy.has('sandbox')).toBe(true);
});

/**
 * The script sources of a response's policy, and its HTML's scripts: the nonce on each tag, and the
 * SHA-256 of each inline one. JSON-LD is data, not code: the browser never runs it.
 */
async function scriptsAndPolicy(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  const policy = response.headers()['content-security-policy'] ?? '';
  const header = /'nonce-([^']+)'/.exec(policy)?.[1];
  const hashes = [...policy.matchAll(/'sha256-([^']+)'/g)].map((m) => m[1]);
  const scripts = [...(await response.text()).matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map(([, attributes = '', body = '']) => ({
    attributes,
    body,
  }));
  const executable = scripts.filter(({ attributes }) => !/type="application\/ld\+json"/.test(attributes));
  return {
    header,
    hashes,
    scripts: executable.map(({ attributes }) => /nonce="([^"]+)"/.exec(attributes)?.[1] ?? null),
    inline: executable.filter(({ attributes }) => !/\ssrc=/.test(attributes)).map(({ body }) => createHash('sha256').update(body, 'utf8').digest('base64')),
    jsonLd: scripts.length - executable.length,
  };
}

test('a rendered page has a fresh nonce that every script carries; a copy allows exactly its inline scripts by hash', async ({ request, page }) => {
  const urls = LOCALES.flatMap((locale) => [
    `/${locale}`,
    `/${locale}/partners/${partnerSlug}`,
    `/${locale}/agreements/${agreementId}`,
    `/${locale}/about`,
    `/${locale}/admin/sign-in`,
  ]);
  // For a few seconds after a scheduled change comes due no copy is current (docs/decisions/017),
  // and another spec may have just let one come due: wait until the server answers from copies again.
  await expect.poll(async () => (await scriptsAndPolicy(request, '/en/about')).header === undefined, { timeout: 15_000 }).toBe(true);
  const seenNonces = new Set<string>();
  let jsonLd = 0;
  let copies = 0;
  for (const url of urls) {
    // The second visit of a public page is answered from the server's copy (docs/decisions/017).
    for (const response of [await scriptsAndPolicy(request, url), await scriptsAndPolicy(request, url)]) {
      expect(response.inline.length, url).toBeGreaterThan(0);
      if (response.header) {
        expect(response.header, url).toMatch(/^[A-Za-z0-9+/]{22}==$/);
        expect(seenNonces.has(response.header), `${url}: a nonce sent twice`).toBe(false);
        seenNonces.add(response.header);
        expect(
          response.scripts.every((nonce) => nonce === response.header),
          `${url}: ${JSON.stringify(response.scripts)}`,
        ).toBe(true);
      } else {
        copies += 1;
        expect(url).not.toContain('/admin/');
        expect(new Set(response.hashes), url).toEqual(new Set(response.inline));
      }
      jsonLd += response.jsonLd;
    }
  }
  expect(jsonLd).toBeGreaterThan(0); // the partner and agreement pages have structured data
  expect(copies).toBeGreaterThan(0);

  await signIn(page, admin, 'kk');
  const signedIn = await scriptsAndPolicy(page.request, '/kk/admin/partners');
  expect(signedIn.header).toBeDefined();
  expect(signedIn.scripts.every((nonce) => nonce === signedIn.header)).toBe(true);
});

/** Records every CSP violation the page reports, as an event and as Chromium's console error. */
async function watchViolations(page: Page) {
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { cspViolations?: string[] };
      (w.cspViolations ??= []).push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
    });
  });
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  const collect = async () => {
    const reported = await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
    violations.push(...reported.map((v) => `${page.url()}: ${v}`));
  };
  return { violations, collect };
}

test('Chromium reports no CSP violation on any public page, the sign-in page or the admin', async ({ page }) => {
  const { violations, collect } = await watchViolations(page);
  for (const locale of LOCALES) {
    for (const route of [
      '',
      '/partners',
      `/partners/${partnerSlug}`,
      '/agreements',
      `/agreements/${agreementId}`,
      '/events',
      '/projects',
      '/proposals',
      '/cooperate',
      '/about',
      '/open-data',
      '/search?q=a',
      '/partners/no-such-partner',
      '/admin/sign-in',
    ]) {
      await page.goto(`/${locale}${route}`);
      await collect();
    }
  }
  // A client-side navigation, which loads the next page's chunks and data.
  await page.goto('/en');
  await page.getByRole('navigation', { name: 'Main navigation' }).first().getByRole('link', { name: 'About', exact: false }).click();
  await expect(page).toHaveURL(/\/en\/about$/);
  await collect();

  await signIn(page, admin, 'en');
  for (const url of ['/en/admin', '/en/admin/partners', '/ru/admin/media', '/kk/admin/users']) {
    await page.goto(url);
    await collect();
  }
  expect(violations).toEqual([]);
});

test('no secret and no server code reaches a client bundle', async () => {
  const distDir = process.env.E2E_DIST_DIR ?? '.next-test';
  const files = fs
    .readdirSync(path.join(distDir, 'static'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => path.join(entry.parentPath, entry.name));
  expect(files.length).toBeGreaterThan(10);

  // Prisma's client and engine, and the names only server code uses.
  const markers = [/PrismaClient/, /@prisma\/client/, /prisma\/runtime/, /queryCompiler/, /\bserver-only\b.*cannot be imported/, /DATABASE_URL/, /AUTH_SECRET/];

  const known = secrets();
  const found: string[] = [];
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    for (const [what, secret] of known) if (text.includes(secret)) found.push(`${file}: ${what}`);
    for (const marker of markers) if (marker.test(text)) found.push(`${file}: ${marker}`);
  }
  expect(found).toEqual([]);
});

test('server actions and the sign-in endpoint refuse a foreign origin', async ({ page, request }) => {
  // The sign-in form's real server-action request, captured and replayed.
  await page.goto('/ru/admin/sign-in');
  const captured = new Promise<{ headers: Record<string, string>; body: Buffer }>((resolve) => {
    void page.route('**/ru/admin/sign-in', async (route) => {
      const r = route.request();
      if (r.method() !== 'POST') return route.continue();
      resolve({ headers: r.headers(), body: r.postDataBuffer() ?? Buffer.alloc(0) });
      await route.abort();
    });
  });
  await page.getByLabel('Электронная почта').fill(admin.email);
  await page.getByLabel('Пароль', { exact: true }).fill(admin.password);
  await page.getByRole('button', { name: 'Войти', exact: true }).click();
  const action = await captured;
  expect(action.headers['next-action']).toBeTruthy();

  // Each from a client address of its own: sign-in is rate-limited per address, and this spec signs in often.
  const replay = (origin: string, address: string) =>
    request.post('/ru/admin/sign-in', { headers: { ...action.headers, origin, 'x-forwarded-for': address }, data: action.body, maxRedirects: 0 });
  // `__Secure-` in production, which the test portals run as (browsers accept it on localhost).
  const sessionCookie = (response: APIResponse) =>
    response.headersArray().some((h) => h.name.toLowerCase() === 'set-cookie' && /^(__Secure-)?portal\.session_token=/.test(h.value));
  const foreign = await replay(FOREIGN_ORIGIN, '198.51.100.61');
  expect(foreign.status()).toBe(403);
  expect(sessionCookie(foreign)).toBe(false);
  // The same request from the site itself signs in: the refusal was the origin, nothing else.
  const own = await replay(new URL(page.url()).origin, '198.51.100.62');
  expect(own.status()).toBeLessThan(400);
  expect(sessionCookie(own)).toBe(true);

  const signInEmail = (origin: string) =>
    request.post('/api/auth/sign-in/email', {
      headers: { origin, 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.63' },
      data: { email: admin.email, password: admin.password },
    });
  const refused = await signInEmail(FOREIGN_ORIGIN);
  expect(refused.status()).toBe(403);
  expect(sessionCookie(refused)).toBe(false);
});

test('the API answers only GET, HEAD and OPTIONS', async ({ request }) => {
  for (const url of ['/api/v1/partners', `/api/v1/partners/${partnerSlug}`, '/api/v1/agreements.csv', '/api/v1/events', '/api/v1/openapi.json']) {
    expect((await request.head(url)).status(), `HEAD ${url}`).toBe(200);
    expect((await request.fetch(url, { method: 'OPTIONS' })).status(), `OPTIONS ${url}`).toBeLessThan(300);
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      expect((await request.fetch(url, { method, data: { name: 'x' } })).status(), `${method} ${url}`).toBe(405);
    }
  }
});

test('a body over the upload limit is refused with 413 before anything reads it, and the server carries on', async ({ request }) => {
  // Just over the 21 MB allowed for an upload with its form (lib/security/request-limits.ts).
  const response = await request.post('/ru/admin/media', {
    headers: { 'next-action': 'f'.repeat(42), origin: `http://localhost:${portals.shymkent.port}` },
    multipart: { file: { name: 'big.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(22 * 1024 * 1024, 0x20) } },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(413);
  expect((await request.get('/ru')).status()).toBe(200);
});
