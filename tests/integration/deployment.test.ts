import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { serverActionsKeyFrom } from '@/lib/config/environment';
import { buildFingerprint, buildIdFor } from '@/scripts/lib/build-fingerprint';
import { freePort } from '@/scripts/lib/free-port';
import { serverProcess } from '@/scripts/lib/server-process';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { DEPLOYMENT_AUTH_SECRET } from '../support/deployment-secret';
import { exited } from '../support/production-server';

// The README's "Deploying" section, step by step, as an operator would run it: an external
// PostgreSQL (an empty database), npm run build, db:migrate, admin:create, the production server
// started directly behind a (simulated) reverse proxy, db:backup while it runs, stop, db:restore,
// db:migrate:status. Each command is the npm script's own command line. A second instance of the
// same build on the same database accepts the forms the first renders.

const distDir = process.env.E2E_DIST_DIR ?? '.next-test'; // the end-to-end tests' build: made once per run
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-deploy-'));
let database: TestDatabase;
let url: string;
let server: ChildProcess | undefined;
let serverOutput = '';
let port = 0;
const env = () => ({
  DATABASE_URL: url,
  AUTH_SECRET: DEPLOYMENT_AUTH_SECRET,
  SITE_URL: `http://localhost:${port}`,
  MEDIA_DIR: path.join(work, 'media'),
  PORTAL_DATA_DIR: path.join(work, 'data'),
  NEXT_DIST_DIR: distDir,
  PORT: String(port),
  TRUSTED_PROXY_HOPS: '1',
  BIND_ADDRESS: '127.0.0.1',
  // Limits on uncached work small enough for a test to reach (docs/decisions/022): three searches
  // or API reads per address, then one every ten seconds; no render waits for a free slot.
  RATE_LIMIT_PER_SECOND: '0.1',
  RATE_LIMIT_BURST: '3',
  RENDER_QUEUE_LIMIT: '0',
});

function run(args: string[], extra: Record<string, string> = {}) {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env(), ...extra }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise<{ code: number | null; output: string }>((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

/** The production server as `npm run serve` runs it, resolved once it listens. */
function serve(variables: Record<string, string>, onOutput: (text: string) => void = () => {}) {
  const started = serverProcess({ ...process.env, ...variables });
  const child = spawn(started.command, started.args, { env: started.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const listening = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      onOutput(chunk.toString());
      if (output.includes('"msg":"listening"')) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the server exited (${code}):\n${output}`)));
  });
  return { child, listening };
}

// What the build took from the sources and AUTH_SECRET: the same on every machine that builds them.
const builtId = () => fs.readFileSync(path.join(distDir, 'BUILD_ID'), 'utf8');
const actionsManifest = path.join(distDir, 'server', 'server-reference-manifest.json');
const builtActionsKey = () =>
  fs.existsSync(actionsManifest) ? (JSON.parse(fs.readFileSync(actionsManifest, 'utf8')) as { encryptionKey?: string }).encryptionKey : undefined;
const deploymentActionsKey = serverActionsKeyFrom({ AUTH_SECRET: DEPLOYMENT_AUTH_SECRET });

beforeAll(async () => {
  database = await createTestDatabase();
  url = await database.createEmpty('deploy');
  port = await freePort(3500);
}, 60_000);

afterAll(async () => {
  if (server && server.exitCode === null && server.signalCode === null) server.kill('SIGTERM');
  if (server) await exited(server);
  await database?.drop();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('deploying on an external PostgreSQL', () => {
  it('npm run build (skipped when this run already built these sources with this AUTH_SECRET)', { timeout: 400_000 }, async () => {
    const marker = path.join(distDir, 'portal-build-fingerprint');
    const fingerprint = buildFingerprint();
    if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === fingerprint && builtActionsKey() === deploymentActionsKey) return;
    fs.rmSync(distDir, { recursive: true, force: true });
    const build = await run(['node_modules/.bin/next', 'build'], { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' });
    expect(build.code, build.output).toBe(0);
    fs.writeFileSync(marker, fingerprint); // the launcher's mark of a good build, so `npm start` reuses it
  });

  it("takes its build id from the sources and its server actions' key from AUTH_SECRET, so instances built apart accept each other's forms", () => {
    expect(builtId()).toBe(buildIdFor(buildFingerprint()));
    expect(builtActionsKey()).toBe(deploymentActionsKey);
  });

  it('npm run db:migrate, then npm run admin:create', { timeout: 120_000 }, async () => {
    const migrate = await run(['--import', 'tsx', 'scripts/migrate.ts', 'deploy']);
    expect(migrate.code, migrate.output).toBe(0);
    expect(migrate.output).toMatch(/Applied \d+ migration\(s\)/);
    const admin = await run(
      ['--conditions=react-server', '--import', 'tsx', 'scripts/admin-create.ts', '--email', 'admin@example.org', '--name', 'Әсел Админ'],
      { ADMIN_PASSWORD: 'a long enough deployment password' },
    );
    expect(admin.code, admin.output).toBe(0);
    expect(admin.output).toContain('Created the admin admin@example.org.');
  });

  it('the production server starts against it and trusts one proxy hop for client addresses', { timeout: 120_000 }, async () => {
    const first = serve(env(), (text) => (serverOutput += text));
    server = first.child;
    await first.listening;
    const base = `http://localhost:${port}`;
    expect((await fetch(`${base}/ru/partners`)).status).toBe(200);

    // As a reverse proxy would send it: the client's own (forged) entry, then the address the proxy saw.
    const signIn = (password: string) =>
      fetch(`${base}/api/auth/sign-in/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: base, 'x-forwarded-for': '198.51.100.77, 203.0.113.50' },
        body: JSON.stringify({ email: 'admin@example.org', password }),
      });
    const good = await signIn('a long enough deployment password');
    expect(good.status).toBe(200);
    expect(good.headers.getSetCookie().join()).toMatch(/__Secure-portal\.session_token=.*; Secure/i);
    expect((await signIn('wrong password')).status).toBe(401);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ key: string }>(`SELECT key FROM "SignInThrottle" WHERE key LIKE 'address:%'`);
    await client.end();
    expect(rows.map((row) => row.key)).toEqual(['address:203.0.113.50']);
  });

  it('limits searches and uncached API reads per client address (429), and refuses renders past a full queue at once (503)', { timeout: 60_000 }, async () => {
    const base = `http://localhost:${port}`;
    // Behind the proxy: the last X-Forwarded-For entry is the client, whatever it wrote before it.
    const from = (address: string, path: string) => fetch(`${base}${path}`, { headers: { 'x-forwarded-for': `198.51.100.1, ${address}` } });
    const statuses: number[] = [];
    for (const q of ['a', 'b', 'c', 'd']) statuses.push((await from('203.0.113.60', `/ru/search?q=${q}`)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const page = await from('203.0.113.60', '/kk/search?q=e');
    expect(page.status).toBe(429);
    expect(Number(page.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await page.text()).toContain('<h1>Сұраулар тым көп</h1>');
    const api = await from('203.0.113.60', '/api/v1/partners?page=2');
    expect(api.status).toBe(429);
    expect(api.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await api.json()).toMatchObject({ error: { code: 'rate_limited' } });
    // The header's suggestions draw on the same allowance as the search page.
    const suggestions = await from('203.0.113.60', `/api/v1/search?q=${encodeURIComponent('Шым')}&locale=kk`);
    expect(suggestions.status).toBe(429);
    expect(suggestions.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await suggestions.json()).toMatchObject({ error: { code: 'rate_limited' } });
    expect((await from('203.0.113.61', '/ru/search?q=a')).status).toBe(200); // another client is served

    // Forty unique searches at once from forty addresses: six renders run (two of the eight slots
    // are kept for the admin and public pages), the rest are told to come back.
    const flood = await Promise.all(Array.from({ length: 40 }, (_, i) => from(`203.0.114.${i}`, `/en/search?q=flood${i}`)));
    expect([...new Set(flood.map((response) => response.status))].sort()).toEqual([200, 503]);
    expect(flood.filter((response) => response.status === 200).length).toBeGreaterThanOrEqual(6);
    const busy = flood.find((response) => response.status === 503);
    expect(busy?.headers.get('retry-after')).toBe('30');
    expect(await busy?.text()).toContain('<html lang="en">');
    // A busy server is not a database failure: the portal stays up.
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
  });

  it('a second instance of the same build on the same database accepts a form the first rendered', { timeout: 120_000 }, async () => {
    const secondPort = await freePort(port + 1);
    const second = serve({ ...env(), PORT: String(secondPort) });
    onTestFinished(async () => {
      second.child.kill('SIGTERM');
      await exited(second.child);
    });
    await second.listening;
    const [first, other] = [`http://localhost:${port}`, `http://localhost:${secondPort}`];
    const client = { 'x-forwarded-for': '203.0.113.70' };
    const signIn = await fetch(`${first}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { ...client, 'content-type': 'application/json', origin: first },
      body: JSON.stringify({ email: 'admin@example.org', password: 'a long enough deployment password' }),
    });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers
      .getSetCookie()
      .map((line) => line.split(';')[0])
      .join('; ');

    // The invite form as a browser without JavaScript sends it: the action's hidden fields (its id,
    // which the build derives from the actions' key, and its bound locale) as the first instance
    // rendered them, then the inputs.
    const page = await (await fetch(`${first}/ru/admin/users`, { headers: { ...client, cookie } })).text();
    const email = page.indexOf('name="email"');
    const form = page.slice(page.lastIndexOf('<form', email), page.indexOf('</form>', email));
    const unescape = (value: string) =>
      value
        .replace(/&quot;/g, '"')
        .replace(/&#x27;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
    const body = new FormData();
    for (const [, name, value] of form.matchAll(/<input type="hidden" name="(\$ACTION[^"]*)"(?: value="([^"]*)")?/g)) body.append(name!, unescape(value ?? ''));
    expect([...body.keys()].some((name) => name.startsWith('$ACTION_REF'))).toBe(true);
    body.append('email', 'second-instance@example.org');
    body.append('name', 'Второй экземпляр');
    body.append('role', 'editor');

    const response = await fetch(`${other}/ru/admin/users`, { method: 'POST', headers: { ...client, cookie, origin: other }, body, redirect: 'manual' });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('second-instance@example.org'); // the one-time link's label
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    const { rows } = await db.query<{ role: string }>(`SELECT role FROM "User" WHERE email = 'second-instance@example.org'`);
    await db.end();
    expect(rows).toEqual([{ role: 'editor' }]);
  });

  it('npm run db:backup while it runs; stop; npm run db:restore; npm run db:migrate:status', { timeout: 120_000 }, async () => {
    const folder = path.join(work, 'backups', 'nightly');
    const backup = await run(['--import', 'tsx', 'scripts/db-backup.ts', folder]);
    expect(backup.code, backup.output).toBe(0);

    server!.kill('SIGTERM');
    expect(await exited(server!)).toBe(0);
    expect(serverOutput).toContain('"msg":"stopping"');

    const restore = await run(['--import', 'tsx', 'scripts/db-restore.ts', folder]);
    expect(restore.code, restore.output).toBe(0);
    const status = await run(['--import', 'tsx', 'scripts/migrate.ts', 'status']);
    expect(status.code, status.output).toBe(0);
    expect(JSON.parse(status.output.slice(status.output.indexOf('{')))).toMatchObject({ upToDate: true, pending: [], failed: [] });
  });
});
