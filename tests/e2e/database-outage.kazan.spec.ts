import fs from 'node:fs';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { distDir, portals } from '../../playwright.config';
import { startEmbeddedPostgres, waitUntilGone, type EmbeddedPostgres } from '../../scripts/lib/embedded-postgres';
import { createStaff, signIn, type Staff } from './staff';

// The database stops under a running portal and comes back. A portal of its own (the Kazan demo,
// from the same build), so that the other specs never meet the outage.
const port = portals.kazan.port + 1;
const pgPort = portals.kazan.pgPort + 1;
const dataDir = `.data/e2e-${port}`;
const base = `http://localhost:${port}`;

test.describe.configure({ mode: 'serial' });
test.skip(({ isMobile }) => isMobile, 'one run is enough: the outage does not depend on the screen');
test.use({ baseURL: base });

let launcher: ChildProcess;
let restarted: EmbeddedPostgres | null = null;
let editor: Staff;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  fs.rmSync(dataDir, { recursive: true, force: true });
  launcher = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    env: {
      ...process.env,
      PORTAL_DATA_DIR: dataDir,
      PORT: String(port),
      PGPORT: String(pgPort),
      NEXT_DIST_DIR: distDir,
      DEMO_DATASET: 'kazan',
      DATABASE_URL: '',
      SITE_URL: base,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    launcher.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('serving ')) resolve();
    });
    launcher.once('exit', (code) => reject(new Error(`the portal exited (${code}) before serving:\n${output}`)));
  });
  editor = await createStaff({ pgPort }, 'editor');
});

test.afterAll(async () => {
  const exited = new Promise((resolve) => launcher.once('exit', resolve));
  launcher.kill('SIGTERM');
  await exited;
  await restarted?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function health(request: APIRequestContext) {
  const response = await request.get('/api/health');
  return { status: response.status(), body: (await response.json()) as { database: string } };
}

async function until(check: () => Promise<boolean>, what: string) {
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; await sleep(250)) if (await check()) return;
  throw new Error(`timed out waiting for ${what}`);
}

test('with the database down, visited pages are still served, others say so in the visitor’s language with 503, the admin keeps the form, and all recovers by itself', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  expect(await health(request)).toEqual({ status: 200, body: expect.objectContaining({ database: 'up' }) });

  // Visitors have been reading these pages; an editor has a partner open.
  for (const path of ['/ru', '/en/partners', '/kk/agreements']) expect((await page.goto(path))?.status(), path).toBe(200);
  await signIn(page, editor);
  await page.goto('/ru/admin/partners');
  await page.getByRole('link', { name: 'Чэнду' }).click();
  const population = page.getByLabel('Население', { exact: true });
  await population.fill('20937757');

  // The database stops (as a crash or a maintenance restart would).
  const postmaster = Number(fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
  process.kill(postmaster, 'SIGINT');
  expect(await waitUntilGone(postmaster, 15_000)).toBe(true);
  await until(async () => (await health(request)).status === 503, '/api/health to report the outage');
  expect((await health(request)).body.database).toBe('down');
  // The server's own probe looks every two seconds (at once when a page fails): by then a page
  // nobody has opened yet answers 503.
  await until(async () => (await request.get('/kk/events')).status() === 503, 'pages to know of the outage');

  // The editor saves: the form says the database is unavailable and keeps what was typed.
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('База данных временно недоступна');
  await expect(population).toHaveValue('20937757');

  // A visitor: the pages that were served come from the last copy; the others say so, with 503.
  const visitor = await page.context().browser()!.newPage({ baseURL: base });
  for (const path of ['/ru', '/en/partners', '/kk/agreements']) {
    const response = await visitor.goto(path);
    expect(response?.status(), path).toBe(200);
    expect(response?.headers()['x-served-from'], path).toMatch(/^copy of /);
    await expect(visitor.getByRole('heading', { level: 1 })).toBeVisible();
  }
  for (const [path, title] of [
    ['/kk/events', 'Сайт уақытша қолжетімсіз'],
    ['/en/events', 'The site is temporarily unavailable'],
    ['/ru/partners/chengdu', 'Сайт временно недоступен'],
  ] as const) {
    const response = await visitor.goto(path);
    expect(response?.status(), path).toBe(503);
    expect(response?.headers()['retry-after']).toBe('30');
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title);
  }
  const api = await request.get('/api/v1/agreements');
  expect(api.status()).toBe(503);
  expect(await api.json()).toMatchObject({ error: { code: 'unavailable' } });

  // The database comes back; nothing is restarted by hand.
  restarted = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), preferredPort: pgPort });
  expect(restarted.port).toBe(pgPort);
  await until(async () => (await health(request)).status === 200, '/api/health to report recovery');
  // Within the probe's next turn (two seconds), pages are the application's again.
  await until(async () => (await request.get('/kk/events')).status() === 200, 'pages to recover');
  const events = await visitor.goto('/kk/events');
  expect(events?.status()).toBe(200);
  expect(events?.headers()['x-served-from']).toBeUndefined();
  await expect(visitor.getByTestId('events-timeline')).toBeVisible();

  // The editor's second try goes through.
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('Изменения сохранены');
  await page.reload();
  await expect(population).toHaveValue('20937757');
  await visitor.close();
});
