import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProductionServer, type ProductionServer } from '../support/production-server';

// The production server, asked as a hostile client would: a POST to a public page whose
// `Next-Action` names a 'use cache' data function of the build, with arguments of the caller's
// choosing (a Prisma operator, a locale that does not exist). Only real server actions may run.

let server: ProductionServer;
type Reference = { filename: string; exportedName: string; workers: Record<string, unknown> };
let references: [id: string, Reference][] = [];
const idOf = (filename: string, exportedName: string) => {
  const found = references.find(([, entry]) => entry.filename === filename && entry.exportedName === exportedName);
  if (!found) throw new Error(`no ${exportedName} from ${filename} in the build`);
  return found[0];
};
/** A page that bundles the reference, as a path ('app/[locale]/(public)/partners/page' is /ru/partners); null for none without parameters. */
const pageOf = (reference: Reference) =>
  Object.keys(reference.workers)
    .filter((worker) => worker.endsWith('/page'))
    .map((worker) => worker.replace(/^app/, '').replace(/\/page$/, '').replace(/\/\([^)]+\)/g, '').replace('[locale]', 'ru'))
    .find((page) => !page.includes('[')) ?? null;

beforeAll(async () => {
  server = await startProductionServer('actions');
  // Read once the server has started: it builds first when the build is not current.
  const manifest = JSON.parse(fs.readFileSync(path.join(process.env.E2E_DIST_DIR ?? '.next-test', 'server', 'server-reference-manifest.json'), 'utf8')) as { node: Record<string, Reference> };
  references = Object.entries(manifest.node);
}, 240_000);

afterAll(async () => {
  await server?.stop();
});

const call = (id: string, args: unknown[], page: string, cookie = '') =>
  fetch(`${server.base}${page}`, { method: 'POST', redirect: 'manual', headers: { 'Next-Action': id, 'Content-Type': 'text/plain;charset=UTF-8', Accept: 'text/x-component', Cookie: cookie }, body: JSON.stringify(args) });

describe('only server actions are callable', () => {
  it("refuses a 'use cache' data function named as an action, whatever its arguments, and runs nothing", async () => {
    // listPartners(locale, filters), on the partners page that reads it.
    const listPartners = idOf('lib/server/partners/queries.ts', '$$RSC_SERVER_CACHE_0');
    for (const args of [['ru', { country: { not: 'TR' } }], ['xx', {}], []]) {
      const response = await call(listPartners, args, '/ru/partners');
      expect(response.status, JSON.stringify(args)).toBe(404);
      expect(response.headers.get('x-nextjs-action-not-found')).toBe('1');
      expect(await response.text()).toBe('Server action not found.');
    }
    const cached = references.filter(([, entry]) => entry.exportedName.startsWith('$$RSC_SERVER_CACHE_') && pageOf(entry));
    expect(cached.length).toBeGreaterThan(10);
    for (const [id, entry] of cached) {
      const response = await call(id, ['ru'], pageOf(entry) ?? '');
      await response.text();
      expect(response.status, `${entry.filename} ${entry.exportedName} on ${pageOf(entry)}`).toBe(404);
    }
  });

  it('refuses an id that is no action of this build', async () => {
    expect((await call('7f'.repeat(21), [], '/ru/partners')).status).toBe(404);
  });

  it('still runs a real server action', async () => {
    // Signing out with a session that does not exist ends nothing and goes to the sign-in page.
    const response = await call(idOf('app/[locale]/admin/actions.ts', 'signOutAction'), ['ru'], '/ru/admin/audit', 'portal.session_token=none.none');
    expect(response.status).not.toBe(404);
    expect(response.headers.get('x-action-redirect')).toMatch(/^\/ru\/admin\/sign-in/);
  });
});
