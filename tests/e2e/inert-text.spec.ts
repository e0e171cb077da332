import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { expect, test, type Page } from '@playwright/test';
import { portals } from '../../playwright.config';
import { createStaff, signIn, type Staff } from './staff';

// Editors write plain text, which React renders as text: markup an editor (or a stolen editor
// account) types is shown, never run. Saved through the real admin form, read on the public pages.
test.skip(({ isMobile }) => isMobile, 'the form and the pages are the same on a phone');

const PAYLOADS = {
  ru: 'Тест <script>alert(1)</script>',
  kk: '<img src=x onerror=alert(1)>',
  en: '<svg onload=alert(1)> </script><script>alert(1)</script>',
} as const;
const ABOUT = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)><circle r=9 /></svg>',
  '<a href="javascript:alert(1)">ссылка</a>',
  'javascript:alert(1)',
].join('\n\n');

const slug = `e2e-inert-${randomBytes(3).toString('hex')}`;
let admin: Staff;
test.beforeAll(async () => {
  admin = await createStaff('shymkent', 'admin');
});
test.afterAll(async () => {
  const client = new pg.Client({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${portals.shymkent.pgPort}/portal` });
  await client.connect();
  try {
    await client.query('DELETE FROM "User" WHERE email = $1', [admin.email]);
  } finally {
    await client.end();
  }
});

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

/** What would show that markup became live: elements, handlers, script URLs, or a script of its own. */
async function liveMarkup(page: Page) {
  return page.evaluate(() => ({
    elements: document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload], a[href^="javascript:" i]').length,
    scripts: [...document.scripts].filter((s) => s.textContent?.trim() === 'alert(1)').length,
  }));
}

test('script, event handlers, javascript: URLs and SVG typed by an editor stay text on the public pages', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    if (dialog.type() === 'confirm') return dialog.accept(); // the trash button asks first
    dialogs.push(`${page.url()}: ${dialog.message()}`);
    return dialog.dismiss();
  });

  await signIn(page, admin);
  await page.goto('/ru/admin/partners');
  await page.getByRole('link', { name: 'Новый партнёр' }).click();
  await field(page, 'Адрес (slug)').fill(slug);
  await field(page, 'Название (рус.)').fill(PAYLOADS.ru);
  await field(page, 'Название (каз.)').fill(PAYLOADS.kk);
  await field(page, 'Название (англ.)').fill(PAYLOADS.en);
  await field(page, 'О городе (рус.)').fill(ABOUT);
  await field(page, 'Страна').selectOption({ label: 'Казахстан' });
  await field(page, 'Статус публикации').selectOption({ label: 'Опубликовано' });

  // A script URL is refused as a link, with the field's message; the rest of the input is kept.
  await field(page, 'Официальный сайт').fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Официальный сайт: Введите адрес, начинающийся с http:// или https://.');
  await expect(field(page, 'Название (рус.)')).toHaveValue(PAYLOADS.ru);

  await field(page, 'Официальный сайт').fill('https://example.org/');
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page).toHaveURL(/\/ru\/admin\/partners\/[0-9a-f-]{36}\?saved=1$/);
  const editUrl = page.url();

  for (const locale of ['ru', 'kk', 'en'] as const) {
    await page.goto(`/${locale}/partners/${slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(PAYLOADS[locale]);
    expect(await liveMarkup(page)).toEqual({ elements: 0, scripts: 0 });
  }
  // The about text, as typed (kk and en show the Russian text as a fallback).
  await page.goto(`/ru/partners/${slug}`);
  for (const line of ABOUT.split('\n\n')) await expect(page.getByRole('main')).toContainText(line);
  // The lists, the search and the admin's own preview show the names too.
  for (const url of ['/ru/partners', `/ru/search?q=${encodeURIComponent('Тест')}`, `${new URL(editUrl).pathname}/preview`]) {
    await page.goto(url);
    await expect(page.getByRole('main').getByText(PAYLOADS.ru).first()).toBeVisible();
    expect(await liveMarkup(page)).toEqual({ elements: 0, scripts: 0 });
  }
  expect(dialogs).toEqual([]);

  // Leave the demo as it was: to the trash and out for good.
  await page.goto(editUrl);
  await page.getByRole('button', { name: 'Переместить в корзину' }).click();
  await expect(page).toHaveURL(/\/ru\/admin\/partners\?trashed=1$/);
  await page.goto('/ru/admin/trash');
  const row = page.locator('tr').filter({ hasText: PAYLOADS.ru });
  await row.getByRole('button', { name: 'Удалить навсегда' }).click();
  await expect(row).toHaveCount(0);
  await page.goto('/ru/partners');
  await expect(page.locator('tbody tr')).toHaveCount(11);
});
