import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCacheHandler } from '@/lib/cache/cache-handler.mjs';
import { cacheClock, createInvalidations } from '@/lib/cache/invalidations.mjs';
import { cacheTags } from '@/lib/server/cache-tags';
import { datasets, seedDataset } from '@/prisma/seed/seed-dataset';
import { listenForInvalidations } from '@/scripts/lib/shared-invalidations';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { signedInHeaders } from '../support/auth';

// Two server instances in one test process: each its own record of invalidations, its own 'use
// cache' handler and its own listening connection, on one database (docs/decisions/026).
vi.mock('next/cache', () => ({ cacheLife: () => undefined, cacheTag: () => undefined }));
const { trashEvent } = await import('@/lib/server/events/mutations');

let database: TestDatabase;
let sql: pg.Client;
beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  await seedDataset(database.prisma, datasets.kazan);
  sql = new pg.Client({ connectionString: database.url });
  await sql.connect();
});
afterAll(async () => {
  await sql.end();
  await database.drop();
});

function instance(options: { retryMs?: number } = {}) {
  const invalidations = createInvalidations();
  const handler = createCacheHandler(invalidations);
  const listener = listenForInvalidations(database.url, { invalidations, ...options });
  /** Caches an entry tagged `tags`, rendered now, as Next's 'use cache' would. */
  const cache = async (key: string, tags: string[]) => {
    const value = new ReadableStream<Uint8Array>({ start: (c) => (c.enqueue(new TextEncoder().encode(key)), c.close()) });
    await handler.set(key, Promise.resolve({ value, tags, stale: 300, timestamp: cacheClock(), expire: 3601, revalidate: 3600 }));
    expect(await handler.get(key, [])).toBeDefined();
  };
  return { handler, listener, cache, has: async (key: string) => (await handler.get(key, [])) !== undefined };
}

/** Resolves with the milliseconds until `done()` held, or fails after `withinMs`. */
async function within(withinMs: number, done: () => boolean | Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (!(await done())) {
    expect(Date.now() - started, `not within ${withinMs} ms`).toBeLessThan(withinMs);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return Date.now() - started;
}

const population = (value: number) => sql.query(`UPDATE "Partner" SET population = $1 WHERE slug = 'qingdao'`, [value]);

describe('invalidations shared through PostgreSQL', () => {
  it('a save is seen by every listening instance within a second, and only for the tags it touched', async () => {
    const [a, b] = [instance(), instance()];
    try {
      await Promise.all([a.listener.started, b.listener.started]);
      expect([a.listener.listening(), b.listener.listening()]).toEqual([true, true]);
      await Promise.all([a.cache('profile', [cacheTags.partners]), b.cache('profile', [cacheTags.partners]), b.cache('about', [cacheTags.homeCity])]);
      await population(1_111_111);
      await within(1_000, async () => !(await a.has('profile')) && !(await b.has('profile')));
      expect(await b.has('about')).toBe(true); // a partner's save leaves the home city's reads alone
    } finally {
      await Promise.all([a.listener.stop(), b.listener.stop()]);
    }
  });

  it('a statement that changes no row invalidates nothing (a save refused by its version check, a delete of nothing)', async () => {
    const versions = () => sql.query<{ tag: string; version: string }>(`SELECT tag, version FROM "CacheTagVersion" ORDER BY tag`).then((r) => r.rows);
    const before = await versions();
    await sql.query(`UPDATE "Partner" SET population = 1 WHERE version = -1`);
    await sql.query(`DELETE FROM "EventPhoto" WHERE false`);
    await sql.query(`INSERT INTO "AgreementLink" SELECT * FROM "AgreementLink" WHERE false`);
    expect(await versions()).toEqual(before);
    await population(2_222_222);
    expect(await versions()).not.toEqual(before);
  });

  it('an instance whose listening connection was cut checks the versions itself, then listens again', async () => {
    // It tries to listen again only after 5 s, so whatever it sees within a second it saw by polling.
    const b = instance({ retryMs: 5_000 });
    try {
      await b.listener.started;
      await b.cache('profile', [cacheTags.partners]);
      const { rows } = await sql.query<{ cut: boolean }>(
        `SELECT pg_terminate_backend(pid) AS cut FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'portal cache invalidations'`,
      );
      expect(rows).toEqual([{ cut: true }]);
      await within(1_000, () => !b.listener.listening());
      await population(2_222_222);
      await within(1_000, async () => !(await b.has('profile')));

      await within(7_000, () => b.listener.listening());
      await b.cache('profile', [cacheTags.partners]);
      await population(3_333_333);
      await within(1_000, async () => !(await b.has('profile')));
    } finally {
      await b.listener.stop();
    }
  });

  it('a save whose invalidation cannot be recorded fails, and changes nothing', async () => {
    const admin = await signedInHeaders(database.prisma, { role: 'admin' });
    const event = await database.prisma.event.findFirstOrThrow({ where: { deletedAt: null }, select: { id: true, version: true } });
    await sql.query(`ALTER TABLE "CacheTagVersion" ADD CONSTRAINT refuse_every_write CHECK (false) NOT VALID`);
    try {
      await expect(trashEvent(admin, event.id, event.version)).rejects.toThrow();
    } finally {
      await sql.query(`ALTER TABLE "CacheTagVersion" DROP CONSTRAINT refuse_every_write`);
    }
    expect(await database.prisma.event.findUniqueOrThrow({ where: { id: event.id }, select: { deletedAt: true } })).toEqual({ deletedAt: null });
  });

  it('every cache tag the reads carry is written by a trigger', async () => {
    const { rows } = await sql.query<{ args: string }>(
      `SELECT encode(tgargs, 'escape') AS args FROM pg_trigger WHERE tgfoid = '"cache_tags_changed"'::regproc AND NOT tgisinternal`,
    );
    const written = new Set(rows.flatMap(({ args }) => args.split('\\000').filter(Boolean)));
    expect([...written].sort()).toEqual(Object.values(cacheTags).sort());
  });

  it("the cooperation register's saves reach its tags, and the open call's inbox, never public, reaches none", async () => {
    const versions = () =>
      sql
        .query<{ tag: string; version: string }>(`SELECT tag, version FROM "CacheTagVersion"`)
        .then((r) => Object.fromEntries(r.rows.map((row) => [row.tag, row.version])));
    const before = await versions();
    await sql.query(`INSERT INTO "CooperationSubmission" (name, email, theme, message) VALUES ('Ли Вэй', 'li@example.cn', 'education', 'Обмен')`);
    expect(await versions()).toEqual(before);
    await sql.query(`INSERT INTO "Project" (slug, themes, "updatedAt") VALUES ('school-exchange', '{education}', now())`);
    await sql.query(`INSERT INTO "Proposal" ("countryCode", stage, "updatedAt") VALUES ('CN', 'initiative', now())`);
    const after = await versions();
    for (const tag of [cacheTags.projects, cacheTags.proposals]) expect(Number(after[tag] ?? 0), tag).toBeGreaterThan(Number(before[tag] ?? 0));
  });
});
