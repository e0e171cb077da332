import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { expect, test, type APIResponse } from '@playwright/test';
import { portals } from '../../playwright.config';

// A renamed partner's old links, on the real production server: its copies of public responses
// and Next's caches must not keep answering the old URL once the slug changed (docs/decisions/040).
const old = `e2e-old-${randomBytes(3).toString('hex')}`;
const renamed = `${old}-renamed`;
const sql = (text: string, values: unknown[]) => {
  const client = new pg.Client({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${portals.kazan.pgPort}/portal` });
  return client
    .connect()
    .then(() => client.query(text, values))
    .finally(() => client.end());
};

/** Where a redirect points, as path and query (the host is the site's configured address). */
const target = (response: APIResponse) => {
  const url = new URL(response.headers()['location'] ?? '', 'http://unset');
  return url.pathname + url.search;
};

test.beforeAll(async () => {
  await sql(
    `WITH p AS (INSERT INTO "Partner" (id, slug, kind, "countryCode", "publicationStatus", "updatedAt")
       VALUES (gen_random_uuid(), $1, 'city', 'CN', 'published', now()) RETURNING id)
     INSERT INTO "PartnerTranslation" ("partnerId", locale, name) SELECT id, 'ru', 'Старый город' FROM p`,
    [old],
  );
});
test.afterAll(async () => {
  await sql(`DELETE FROM "Partner" WHERE slug IN ($1, $2)`, [old, renamed]);
});

test('a renamed partner’s old page and API address answer 301 to the new ones, in every locale, with the query string', async ({ request }) => {
  expect((await request.get(`/ru/partners/${old}`)).status()).toBe(200);
  expect((await request.get(`/api/v1/partners/${old}`)).status()).toBe(200);
  await sql(`UPDATE "Partner" SET slug = $2 WHERE slug = $1`, [old, renamed]);

  for (const locale of ['ru', 'kk', 'en']) {
    const moved = () => request.get(`/${locale}/partners/${old}?utm_source=newsletter`, { maxRedirects: 0 });
    await expect.poll(async () => (await moved()).status()).toBe(301);
    expect(target(await moved())).toBe(`/${locale}/partners/${renamed}?utm_source=newsletter`);
    expect((await request.get(`/${locale}/partners/${old}?utm_source=newsletter`)).status()).toBe(200);
  }
  const api = await request.get(`/api/v1/partners/${old}?locale=kk`, { maxRedirects: 0 });
  expect(api.status()).toBe(301);
  expect(target(api)).toBe(`/api/v1/partners/${renamed}?locale=kk`);
});
