import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { datasets, seedDataset } from '@/prisma/seed/seed-dataset';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { call, type OpenDataRoute } from '../support/open-data';

// Old links keep working after a slug changes (docs/decisions/040). The database records former
// slugs itself, so the renames below are plain SQL, as a script or a restore would write them.
const client = vi.hoisted(() => ({ prisma: undefined as PrismaClient | undefined }));
vi.mock('next/cache', () => ({ cacheLife: () => undefined, cacheTag: () => undefined }));
vi.mock('next/server', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/server')>()), connection: async () => undefined }));
vi.mock('@/lib/server/db', () => ({ db: () => client.prisma }));

const { currentPublicSlug } = await import('@/lib/server/routing/former-slug');
const { publicRecordExists } = await import('@/lib/server/routing/public-record');
const routes = {
  partners: (await import('@/app/api/v1/partners/[slug]/route')) as unknown as OpenDataRoute,
  events: (await import('@/app/api/v1/events/[slug]/route')) as unknown as OpenDataRoute,
  projects: (await import('@/app/api/v1/projects/[slug]/route')) as unknown as OpenDataRoute,
};

const SITE = 'https://portal.example.org';
let database: TestDatabase;
let sql: pg.Client;
beforeAll(async () => {
  process.env.SITE_URL = SITE;
  database = await createTestDatabase();
  client.prisma = database.prisma;
  await seedDataset(database.prisma, datasets.kazan);
  sql = new pg.Client({ connectionString: database.url });
  await sql.connect();
});
afterAll(async () => {
  await sql.end();
  await database.drop();
});

const rename = (table: 'Partner' | 'Event' | 'Project', from: string, to: string) => sql.query(`UPDATE "${table}" SET slug = $2 WHERE slug = $1`, [from, to]);
const publicSlug = async (table: 'Event' | 'Project') =>
  (await sql.query<{ slug: string }>(`SELECT slug FROM "${table}" WHERE "publicationStatus" = 'published' AND "deletedAt" IS NULL ORDER BY id LIMIT 1`))
    .rows[0]!.slug;

describe('former slugs', () => {
  it('a renamed partner is found by every slug it had, however it was renamed', async () => {
    expect(await currentPublicSlug('partners', 'chengdu')).toBeNull();
    await rename('Partner', 'chengdu', 'chengdu-sichuan');
    await rename('Partner', 'chengdu-sichuan', 'chengdu-city');
    expect(await currentPublicSlug('partners', 'chengdu')).toBe('chengdu-city');
    expect(await currentPublicSlug('partners', 'chengdu-sichuan')).toBe('chengdu-city');
    expect(await publicRecordExists('partners', 'chengdu')).toBe(false);
    // Renamed back: its own former slug is live again, and redirects nowhere.
    await rename('Partner', 'chengdu-city', 'chengdu');
    expect(await currentPublicSlug('partners', 'chengdu')).toBeNull();
    expect(await publicRecordExists('partners', 'chengdu')).toBe(true);
    expect(await currentPublicSlug('partners', 'chengdu-city')).toBe('chengdu');
  });

  it('a slug a new record takes back names the new record, not the old redirect', async () => {
    await rename('Partner', 'shenzhen', 'shenzhen-guangdong');
    expect(await currentPublicSlug('partners', 'shenzhen')).toBe('shenzhen-guangdong');
    await database.prisma.partner.create({
      data: { slug: 'shenzhen', kind: 'city', countryCode: 'CN', translations: { create: [{ locale: 'ru', name: 'Новый Шэньчжэнь' }] } },
    });
    // Taken by a draft: the old link is the draft's now, so it answers 404 until the draft is published.
    expect(await currentPublicSlug('partners', 'shenzhen')).toBeNull();
    expect(await publicRecordExists('partners', 'shenzhen')).toBe(false);
    // Purging the new record frees the slug; the old redirect stays gone rather than coming back.
    await database.prisma.partner.delete({ where: { slug: 'shenzhen' } });
    expect(await currentPublicSlug('partners', 'shenzhen')).toBeNull();
  });

  it('a record the public may not see has no redirect: its new slug stays unsaid', async () => {
    const slug = await publicSlug('Event');
    await rename('Event', slug, `${slug}-hidden`);
    expect(await currentPublicSlug('events', slug)).toBe(`${slug}-hidden`);
    await sql.query(`UPDATE "Event" SET "deletedAt" = now() WHERE slug = $1`, [`${slug}-hidden`]);
    expect(await currentPublicSlug('events', slug)).toBeNull();
    await sql.query(`UPDATE "Event" SET "deletedAt" = NULL, "publicationStatus" = 'draft' WHERE slug = $1`, [`${slug}-hidden`]);
    expect(await currentPublicSlug('events', slug)).toBeNull();
  });

  it("a change to a former slug invalidates its kind's cache tag, as a change to the kind does", async () => {
    const versions = async () =>
      Object.fromEntries(
        (await sql.query<{ tag: string; version: string }>(`SELECT tag, version FROM "CacheTagVersion"`)).rows.map((r) => [r.tag, Number(r.version)]),
      );
    for (const [table, key, kind, tag] of [
      ['PartnerFormerSlug', 'partnerId', 'Partner', 'partners'],
      ['EventFormerSlug', 'eventId', 'Event', 'events'],
      ['ProjectFormerSlug', 'projectId', 'Project', 'projects'],
    ] as const) {
      const before = await versions();
      // Written alone (a script clearing or adding redirects), not through a rename, which bumps the tag anyway.
      await sql.query(`INSERT INTO "${table}" (slug, "${key}") SELECT 'an-old-link', id FROM "${kind}" LIMIT 1`);
      expect((await versions())[tag], table).toBeGreaterThan(before[tag] ?? 0);
    }
  });
});

describe('the open-data API', () => {
  it('answers a former slug of a partner, event or project with a 301 to the current URL, keeping the query string', async () => {
    const moves = [
      ['partners', 'Partner', 'qingdao'],
      ['events', 'Event', await publicSlug('Event')],
      ['projects', 'Project', await publicSlug('Project')],
    ] as const;
    for (const [section, table, slug] of moves) {
      await rename(table, slug, `${slug}-renamed`);
      const response = await call(routes[section], `/api/v1/${section}/${slug}?locale=kk`, { params: { slug } });
      expect(response.status, section).toBe(301);
      expect(response.headers.get('location')).toBe(`${SITE}/api/v1/${section}/${slug}-renamed?locale=kk`);
      const moved = await call(routes[section], `/api/v1/${section}/${slug}-renamed?locale=kk`, { params: { slug: `${slug}-renamed` } });
      expect(moved.status, section).toBe(200);
    }
    const unknown = await call(routes.partners, '/api/v1/partners/atlantis', { params: { slug: 'atlantis' } });
    expect(unknown.status).toBe(404);
  });
});
