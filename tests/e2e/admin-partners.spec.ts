import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { createStaff, signIn, type Staff } from './staff';

// The press office's partner editor, from a draft to a published page and back through the trash.
test.describe.configure({ mode: 'serial' });

const slug = `e2e-${randomBytes(3).toString('hex')}`;
let editor: Staff;
let admin: Staff;
test.beforeAll(async () => {
  [editor, admin] = await Promise.all([createStaff('shymkent', 'editor'), createStaff('shymkent', 'admin')]);
});

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
// Inside the page's content (Next.js's route announcer is an alert of its own).
const alert = (page: Page) => page.getByRole('main').getByRole('alert');
const status = (page: Page) => page.getByRole('main').getByRole('status');

test('an editor creates a partner in three languages; a mistake is explained and the input kept', async ({ page }) => {
  await signIn(page, editor);
  await page.getByRole('navigation', { name: 'Разделы администрирования' }).getByRole('link', { name: 'Партнёры' }).click();
  await page.getByRole('link', { name: 'Новый партнёр' }).click();
  await expect(page).toHaveTitle(/^Новый партнёр/);
  await expectNoAxeViolations(page);

  await field(page, 'Адрес (slug)').fill('Тестоград!');
  await field(page, 'Название (англ.)').fill('Testville');
  await page.getByRole('button', { name: 'Сохранить' }).click();
  const summary = alert(page);
  await expect(summary).toContainText('Проверьте отмеченные поля');
  await expect(summary.getByRole('link', { name: /Название \(рус\.\): Обязательное поле/ })).toBeVisible();
  await expect(field(page, 'Адрес (slug)')).toHaveAttribute('aria-invalid', 'true');
  await expect(field(page, 'Название (англ.)')).toHaveValue('Testville'); // kept

  await field(page, 'Адрес (slug)').fill(slug);
  await field(page, 'Название (рус.)').fill('Тестоград');
  await field(page, 'Название (каз.)').fill('Тестқала');
  await field(page, 'Страна').selectOption({ label: 'Казахстан' });
  await field(page, 'Статус публикации').selectOption({ label: 'Опубликовано' });
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page).toHaveURL(/\/ru\/admin\/partners\/[0-9a-f-]{36}\?saved=1$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Тестоград');
  await page.getByRole('link', { name: 'Предпросмотр' }).click();
  await expect(page.getByTestId('preview-notice')).toHaveText('Предпросмотр — опубликовано');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Тестоград');
  await expect(page.getByRole('main')).toContainText('Казахстан');
  await expect(page.getByRole('link', { name: 'Открыть страницу на сайте' })).toHaveAttribute('href', `/ru/partners/${slug}`);

  // Residents see it at once, in their language: the public list's cache was refreshed by the save.
  await page.goto('/kk/partners');
  await expect(page.locator('tbody tr').filter({ hasText: 'Тестқала' })).toHaveCount(1);
  await page.goto(`/en/partners/${slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Testville');
});

test('two editors save the same partner: the second is told, and keeps what they typed', async ({ browser }) => {
  const [first, second] = await Promise.all([browser.newContext(), browser.newContext()]);
  const [a, b] = await Promise.all([first.newPage(), second.newPage()]);
  await signIn(a, editor);
  await signIn(b, admin);
  for (const page of [a, b]) {
    await page.goto('/ru/admin/partners');
    await page.getByRole('link', { name: 'Тестоград' }).click();
  }
  await field(a, 'Население').fill('12000');
  await a.getByRole('button', { name: 'Сохранить' }).click();
  await expect(status(a)).toContainText('Изменения сохранены');
  // Saving twice in a row is not a conflict with oneself: the form moved on to the new version.
  await field(a, 'Год данных о населении').fill('2024');
  await Promise.all([a.waitForResponse((r) => r.request().method() === 'POST'), a.getByRole('button', { name: 'Сохранить' }).click()]);
  await expect(alert(a)).toHaveCount(0);
  await a.reload();
  await expect(field(a, 'Год данных о населении')).toHaveValue('2024');

  await field(b, 'Название (англ.)').fill('Testville on the Steppe');
  await b.getByRole('button', { name: 'Сохранить' }).click();
  await expect(alert(b)).toContainText('сохранил другой редактор');
  await expect(field(b, 'Название (англ.)')).toHaveValue('Testville on the Steppe');
  await expect(b.getByRole('link', { name: 'Открыть сохранённую версию в новой вкладке.' })).toBeVisible();
  // Saving again, now knowingly over the newer version, goes through.
  await b.getByRole('button', { name: 'Сохранить' }).click();
  await expect(status(b)).toContainText('Изменения сохранены');
  await b.goto(`/en/partners/${slug}`);
  await expect(b.getByRole('heading', { level: 1 })).toHaveText('Testville on the Steppe');
  await Promise.all([first.close(), second.close()]);
});

test('the trash round trip: an editor deletes, an admin restores, then purges', async ({ page, browser }) => {
  await signIn(page, editor);
  await page.goto('/ru/admin/partners');
  await page.getByRole('link', { name: 'Тестоград' }).click();
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Переместить в корзину' }).click();
  await expect(page).toHaveURL(/\/ru\/admin\/partners\?trashed=1$/);
  expect((await page.goto(`/ru/partners/${slug}`))?.status()).toBe(404);

  const context = await browser.newContext();
  const adminPage = await context.newPage();
  await signIn(adminPage, admin);
  await adminPage.goto('/ru/admin/trash');
  const row = adminPage.locator('tr').filter({ hasText: 'Тестоград' });
  await row.getByRole('button', { name: 'Восстановить' }).click();
  await expect(row).toHaveCount(0); // gone from the trash
  expect((await page.goto(`/ru/partners/${slug}`))?.status()).toBe(200);

  // Leave the demo as it was: back to the trash and out for good.
  await page.goto('/ru/admin/partners');
  await page.getByRole('link', { name: 'Тестоград' }).click();
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Переместить в корзину' }).click();
  await expect(page).toHaveURL(/\/ru\/admin\/partners\?trashed=1$/); // in the trash before the admin looks
  await adminPage.goto('/ru/admin/trash');
  adminPage.once('dialog', (dialog) => dialog.accept());
  await row.getByRole('button', { name: 'Удалить навсегда' }).click();
  await expect(row).toHaveCount(0);
  await page.goto('/ru/partners');
  await expect(page.locator('tbody tr')).toHaveCount(11);
  await context.close();
});

test("the audit log tells the partner's story to an editor, filtered by record kind", async ({ page }) => {
  await signIn(page, editor);
  await page.goto('/ru/admin/audit?entity=partner');
  await expect(page).toHaveTitle(/^Журнал изменений/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Журнал изменений');
  await expect(page.getByLabel('Тип записи')).toHaveValue('partner');
  const entries = page.getByRole('row').filter({ hasText: editor.name }).filter({ hasText: 'Партнёр' });
  await expect(entries.first()).toBeVisible();
  await expectNoAxeViolations(page);
});
