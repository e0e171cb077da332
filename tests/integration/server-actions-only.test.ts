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
    .map((worker) =>
      worker
        .replace(/^app/, '')
        .replace(/\/page$/, '')
        .replace(/\/\([^)]+\)/g, '')
        .replace('[locale]', 'ru'),
    )
    .find((page) => !page.includes('[')) ?? null;

beforeAll(async () => {
  server = await startProductionServer('actions');
  // Read once the server has started: it builds first when the build is not current.
  const manifest = JSON.parse(fs.readFileSync(path.join(process.env.E2E_DIST_DIR ?? '.next-test', 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, Reference>;
  };
  references = Object.entries(manifest.node);
}, 240_000);

afterAll(async () => {
  await server?.stop();
});

const call = (id: string, args: unknown[], page: string, cookie = '') =>
  fetch(`${server.base}${page}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Next-Action': id, 'Content-Type': 'text/plain;charset=UTF-8', Accept: 'text/x-component', Cookie: cookie },
    body: JSON.stringify(args),
  });

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

// The same call from a form posted without JavaScript: no header, the id inside the body.
const postForm = (page: string, body: FormData | URLSearchParams) =>
  fetch(`${server.base}${page}`, { method: 'POST', redirect: 'manual', headers: { Origin: server.base }, body });
/** The fields a form without JavaScript posts for an action bound to `args`, as React writes them. */
const boundCall = (id: string, args: unknown[]) =>
  new Map([
    ['$ACTION_REF_1', ''],
    ['$ACTION_1:0', JSON.stringify({ id, bound: '$@1' })],
    ['$ACTION_1:1', JSON.stringify(args)],
  ]);
const multipart = (fields: Map<string, string>) => {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  return form;
};

describe('only server actions are callable from a form without JavaScript', () => {
  it("refuses a 'use cache' data function named in a multipart body, and runs nothing", async () => {
    const listPartners = idOf('lib/server/partners/queries.ts', '$$RSC_SERVER_CACHE_0');
    for (const fields of [
      boundCall(listPartners, ['ru', { country: { not: 'TR' } }]),
      boundCall(listPartners, ['xx', {}]),
      new Map([[`$ACTION_ID_${listPartners}`, '']]),
    ]) {
      const response = await postForm('/ru/partners', multipart(fields));
      expect(response.status, [...fields.keys()].join()).toBe(404);
      expect(await response.text()).toBe('Server action not found.');
    }
    // A part in base64 would hide the id from a reader of the raw body; browsers never send one.
    const form = `--b\r\nContent-Disposition: form-data; name="$ACTION_REF_1"\r\n\r\n\r\n--b\r\nContent-Disposition: form-data; name="$ACTION_1:0"\r\nContent-Transfer-Encoding: base64\r\n\r\n${btoa(JSON.stringify({ id: listPartners, bound: null }))}\r\n--b--\r\n`;
    const encoded = await fetch(`${server.base}/ru/partners`, {
      method: 'POST',
      redirect: 'manual',
      headers: { Origin: server.base, 'Content-Type': 'multipart/form-data; boundary=b' },
      body: form,
    });
    expect(encoded.status).toBe(404);
    await encoded.text();
    expect(server.output()).not.toMatch(/"status":500|Error: /);
  });

  it('runs no action from a urlencoded body: Next reads actions only from multipart forms', async () => {
    const listPartners = idOf('lib/server/partners/queries.ts', '$$RSC_SERVER_CACHE_0');
    const response = await postForm('/ru/partners', new URLSearchParams([...boundCall(listPartners, ['xx', {}])]));
    await response.text();
    expect(response.status).not.toBe(500);
  });

  it('still runs a real server action posted by a form without JavaScript', async () => {
    // The sign-in form as the browser received it: its hidden fields name the action and bind the locale.
    const page = await (await fetch(`${server.base}/ru/admin/sign-in`)).text();
    const fields = new Map(
      [...page.matchAll(/<input type="hidden" name="(\$ACTION_[^"]*)"(?: value="([^"]*)")?/g)].map((match) => [
        match[1] ?? '',
        (match[2] ?? '').replaceAll('&quot;', '"'),
      ]),
    );
    expect(fields.has('$ACTION_REF_1')).toBe(true);
    fields.set('email', 'nobody@example.org');
    fields.set('password', 'not the password');
    const response = await postForm('/ru/admin/sign-in', multipart(fields));
    expect(response.status).toBe(200);
    const ru = JSON.parse(fs.readFileSync('messages/ru.json', 'utf8')) as { AdminAuth: { invalid: string } };
    expect(await response.text()).toContain(ru.AdminAuth.invalid);
  });
});
