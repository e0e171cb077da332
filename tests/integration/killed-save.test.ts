import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasets, seedDataset } from '@/prisma/seed/seed-dataset';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { signedInHeaders } from '../support/auth';

// A save is one transaction: the partner, its texts and its audit entry are written together or
// not at all. These tests run the admin's save in a process of its own and kill it (SIGKILL, as
// a crash or an OOM killer would) before, during and after the transaction.

let database: TestDatabase;
let cookie: string;
let partnerId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url; // signing in (better-auth) uses the data layer's own client
  await seedDataset(database.prisma, datasets.shymkent);
  cookie = (await signedInHeaders(database.prisma, { role: 'editor' })).get('cookie') ?? '';
  partnerId = (await database.prisma.partner.findUniqueOrThrow({ where: { slug: 'istanbul' } })).id;
});
afterAll(async () => {
  await database.drop();
});

const blank = { name: '', regionName: '', about: '' };
const formFor = (name: string) => ({
  slug: 'istanbul',
  kind: 'city',
  status: 'active',
  countryCode: 'TR',
  latitude: '41.0082',
  longitude: '28.9784',
  foundedYear: '',
  population: '',
  populationYear: '',
  areaKm2: '',
  areaYear: '',
  timeZone: 'Europe/Istanbul',
  websiteUrl: '',
  publicationStatus: 'published',
  publishAt: '',
  translations: { ru: { ...blank, name }, kk: { ...blank, name: 'Ыстамбұл' }, en: { ...blank, name: 'Istanbul' } },
});

type State = { version: number; name: string; audits: { changes: unknown }[] };
async function state(): Promise<State> {
  const partner = await database.prisma.partner.findUniqueOrThrow({ where: { id: partnerId }, include: { translations: { where: { locale: 'ru' } } } });
  const audits = await database.prisma.auditLog.findMany({
    where: { entityType: 'partner', entityId: partnerId },
    orderBy: { id: 'asc' },
    select: { changes: true },
  });
  return { version: partner.version, name: partner.translations[0]?.name ?? '', audits };
}

/** Starts a save of `name` over the current version; resolves once the child has loaded and is about to save. */
async function startSave(name: string, version: number): Promise<{ child: ChildProcess; outcome: Promise<string> }> {
  const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'tests/support/save-partner-child.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      SAVE_COOKIE: cookie,
      SAVE_PARTNER_ID: partnerId,
      SAVE_VERSION: String(version),
      SAVE_INPUT: JSON.stringify(formFor(name)),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const outcome = new Promise<string>((resolve) => child.once('exit', () => resolve(output)));
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.startsWith('ready\n')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the save process exited (${code}) before it was ready`)));
  });
  return { child, outcome };
}

/** Either nothing of the attempt, or all of it: the new name, one more version, one more audit entry naming the change. */
function expectWholeOrNothing(before: State, after: State, name: string) {
  if (after.version === before.version) {
    expect(after).toEqual(before);
  } else {
    expect(after.version).toBe(before.version + 1);
    expect(after.name).toBe(name);
    expect(after.audits).toHaveLength(before.audits.length + 1);
    expect(after.audits.at(-1)?.changes).toMatchObject({ 'name.ru': { before: before.name, after: name } });
  }
}

async function backendsOf(client: pg.Client, databaseName: string) {
  const { rows } = await client.query<{ pid: number; wait_event_type: string | null }>(
    'SELECT pid, wait_event_type FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
    [databaseName],
  );
  return rows;
}

describe('a save killed midway', () => {
  it('killed inside its transaction, just before the audit entry, leaves the record as it was', async () => {
    const before = await state();
    // Holding the audit table makes the save wait between writing the partner and writing its entry.
    const blocker = new pg.Client({ connectionString: database.url });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE "AuditLog" IN ACCESS EXCLUSIVE MODE');
    const { child, outcome } = await startSave('Стамбул (убит на середине)', before.version);
    let waiting = false;
    for (const deadline = Date.now() + 30_000; !waiting && Date.now() < deadline;) {
      // Asked from another connection: inside a transaction, pg_stat_activity is a snapshot.
      waiting = (await backendsOf(await adminClient(), database.name)).some((backend) => backend.wait_event_type === 'Lock');
      if (!waiting) await sleep(25);
    }
    expect(waiting).toBe(true); // the partner row is written, the audit entry is not
    child.kill('SIGKILL');
    await outcome;
    await blocker.query('COMMIT');
    await blocker.end();
    expect(await state()).toEqual(before);
  });

  it('killed after it returned, leaves the new record with its audit entry', async () => {
    const before = await state();
    const { child, outcome } = await startSave('Стамбул (сохранён)', before.version);
    await sleep(50);
    const deadline = Date.now() + 20_000;
    while (!(await state()).audits[before.audits.length] && Date.now() < deadline) await sleep(25);
    child.kill('SIGKILL');
    await outcome;
    const after = await state();
    expect(after.version).toBe(before.version + 1);
    expectWholeOrNothing(before, after, 'Стамбул (сохранён)');
  });

  it('killed at random moments around the save, never leaves half of it', async () => {
    // Fixed delays rather than Math.random: each run tries the same spread of moments, from before
    // the first query to after the commit.
    for (const [attempt, delayMs] of [0, 4, 8, 15, 30].entries()) {
      const before = await state();
      const name = `Стамбул, попытка ${attempt + 1}`;
      const { child, outcome } = await startSave(name, before.version);
      await sleep(delayMs);
      child.kill('SIGKILL');
      await outcome;
      // The server ends a killed client's transaction when it notices the closed connection.
      for (let i = 0; i < 200 && (await backendsOf(await adminClient(), database.name)).length > 1; i += 1) await sleep(25);
      expectWholeOrNothing(before, await state(), name);
    }
  });
});

let admin: pg.Client | undefined;
async function adminClient() {
  if (!admin) {
    admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
  }
  return admin;
}
afterAll(async () => {
  await admin?.end();
});
