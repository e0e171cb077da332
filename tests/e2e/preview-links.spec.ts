import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { expect, test, type APIResponse, type Browser, type Page } from '@playwright/test';
import { portals } from '../../playwright.config';
import { createStaff, signIn, type Staff } from './staff';
import { expectNoAxeViolations } from './axe';

// Preview links on the real production server (docs/decisions/045): an editor makes one for a draft
// from its edit page; someone with no account opens it, sees the draft under the preview banner, and
// nothing lets the page be indexed, cached or its address leak; a revoked or tampered link is the 404.
test.describe.configure({ mode: 'serial' });
test.skip(({ isMobile }) => isMobile, 'one run is enough: nothing here depends on the viewport');

const marker = randomBytes(3).toString('hex');
const titles = { ru: `Проект совместного заявления ${marker}`, kk: `Бірлескен мәлімдеме жобасы ${marker}` };
const hiddenPartner = `Скрытый партнёр ${marker}`;
let editor: Staff;
let eventId: number;

const sql = async <Row extends pg.QueryResultRow>(text: string, values: unknown[] = []) => {
  const client = new pg.Client({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${portals.shymkent.pgPort}/portal` });
  await client.connect();
  try {
    return (await client.query<Row>(text, values)).rows;
  } finally {
    await client.end();
  }
};

test.beforeAll(async () => {
  editor = await createStaff('shymkent', 'editor');
  // A draft event, linked to a draft partner: the preview must not name the partner.
  const [event] = await sql<{ id: number }>(
    `INSERT INTO "Event" (slug, "startDate", "startPrecision", category, "publicationStatus", "updatedAt")
     VALUES ($1, '2027-03-01', 'day', 'forum', 'draft', now()) RETURNING id`,
    [`e2e-preview-${marker}`],
  );
  eventId = event!.id;
  await sql(`INSERT INTO "EventTranslation" ("eventId", locale, title) VALUES ($1, 'ru', $2), ($1, 'kk', $3)`, [eventId, titles.ru, titles.kk]);
  await sql(
    `WITH p AS (INSERT INTO "Partner" (id, slug, kind, "countryCode", "publicationStatus", "updatedAt")
       VALUES (gen_random_uuid(), $1, 'city', 'CN', 'draft', now()) RETURNING id),
     t AS (INSERT INTO "PartnerTranslation" ("partnerId", locale, name) SELECT id, 'ru', $2 FROM p)
     INSERT INTO "EventPartner" ("eventId", "partnerId") SELECT $3, id FROM p`,
    [`e2e-hidden-${marker}`, hiddenPartner, eventId],
  );
});
test.afterAll(async () => {
  await sql(`DELETE FROM "Event" WHERE id = $1`, [eventId]);
  await sql(`DELETE FROM "Partner" WHERE slug = $1`, [`e2e-hidden-${marker}`]);
  await sql(`DELETE FROM "User" WHERE email = $1`, [editor.email]); // its links go with it
});

const TEXT = {
  ru: {
    days: 'Срок действия, дней (до 30)',
    create: 'Создать ссылку',
    link: /^Ссылка для предварительного просмотра/,
    revoke: 'Отозвать',
    draft: 'ещё не опубликовано',
  },
  kk: {
    days: 'Жарамдылық мерзімі, күн (30 дейін)',
    create: 'Сілтеме жасау',
    link: /^Алдын ала қарау сілтемесі/,
    revoke: 'Күшін жою',
    draft: 'әлі жарияланбаған',
  },
} as const;

/** Makes a link on the event's edit page and returns its path (the site's configured host may differ). */
async function makeLink(page: Page, locale: keyof typeof TEXT, days: string) {
  await page.goto(`/${locale}/admin/events/${eventId}`);
  await page.getByLabel(TEXT[locale].days).fill(days);
  await page.getByRole('button', { name: TEXT[locale].create }).click();
  const url = await page.getByLabel(TEXT[locale].link).inputValue();
  return new URL(url).pathname;
}

/** Opens a path as someone with no account: a browser context of its own, no cookies. */
async function asStranger(browser: Browser, path: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const response = (await page.goto(path))!;
  return { page, response, close: () => context.close() };
}

/** What every answer to a preview address carries, a live link's or not. */
function expectPrivate(response: APIResponse | Awaited<ReturnType<typeof asStranger>>['response']) {
  const headers = response.headers();
  expect(headers['x-robots-tag']).toBe('noindex, nofollow');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['cache-control']).toContain('private');
  expect(headers['cache-control']).toContain('no-store');
}

for (const locale of ['ru', 'kk'] as const) {
  test(`${locale}: an editor shares a draft event; a stranger sees it under the banner until the link is revoked`, async ({ page, browser }) => {
    await signIn(page, editor, locale);
    const path = await makeLink(page, locale, '3');
    expect(path).toMatch(new RegExp(`^/${locale}/preview/[A-Za-z0-9_-]{43}$`));

    const stranger = await asStranger(browser, path);
    expect(stranger.response.status()).toBe(200);
    expectPrivate(stranger.response);
    await expect(stranger.page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    await expect(stranger.page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
    await expect(stranger.page.getByTestId('preview-notice')).toContainText(TEXT[locale].draft);
    await expect(stranger.page.getByRole('heading', { level: 1 })).toHaveText(titles[locale]);
    await expect(stranger.page.getByText(hiddenPartner)).toHaveCount(0);
    await expect(stranger.page.locator('a[href*="/admin"]')).toHaveCount(0);
    await expectNoAxeViolations(stranger.page);
    await expectNoAxeViolations(page); // the edit page with its new link and the list

    // Saved since: the banner says the page shows a newer version than the link was made for.
    const [before] = await sql<{ version: number }>(`SELECT version FROM "Event" WHERE id = $1`, [eventId]);
    await sql(`UPDATE "Event" SET version = version + 1 WHERE id = $1`, [eventId]);
    await stranger.page.reload();
    await expect(stranger.page.getByTestId('preview-version')).toContainText(String(before!.version + 1));

    // Revoked on the edit page: the same address is now the 404.
    await page.reload();
    page.once('dialog', (dialog) => dialog.accept());
    await page.getByTestId('preview-links').getByRole('button', { name: TEXT[locale].revoke }).click();
    await expect(page.getByTestId('preview-links').getByRole('button', { name: TEXT[locale].revoke })).toHaveCount(0);
    const revoked = await stranger.page.goto(path);
    expect(revoked!.status()).toBe(404);
    await expect(stranger.page.getByText(titles[locale])).toHaveCount(0);
    await stranger.close();
  });
}

test('a tampered, unknown or malformed token answers the same localized 404', async ({ page, browser, request }) => {
  await signIn(page, editor, 'ru');
  const path = await makeLink(page, 'ru', '7');
  const token = path.slice(path.lastIndexOf('/') + 1);
  const tampered = `/ru/preview/${token.slice(0, 20)}${token[20] === 'A' ? 'B' : 'A'}${token.slice(21)}`;
  const stranger = await asStranger(browser, tampered);
  expect(stranger.response.status()).toBe(404);
  expectPrivate(stranger.response);
  await expect(stranger.page.getByRole('heading', { level: 1 })).toHaveText('Страница не найдена');
  await stranger.close();

  for (const bad of [
    tampered,
    `/ru/preview/${randomBytes(32).toString('base64url')}`,
    `/ru/preview/${token}A`,
    `/ru/preview/${'A'.repeat(4000)}`,
    '/ru/preview/%25zz',
    '/ru/preview/%D1%82%D0%BE%D0%BA%D0%B5%D0%BD',
  ]) {
    const response = await request.get(bad);
    expect(response.status(), bad.slice(0, 60)).toBe(404);
    expectPrivate(response);
    expect(await response.text()).toContain('Страница не найдена');
  }
  // A path that does not decode (a lone %, bytes that are not UTF-8) is the server's 400 before any
  // lookup, on every path alike (docs/decisions/020): no token can be spelt that way.
  for (const undecodable of ['/ru/preview/%', '/ru/preview/%C3%28']) {
    expect((await request.get(undecodable)).status(), undecodable).toBe(400);
  }
  expect((await request.get(path)).status()).toBe(200);
});
