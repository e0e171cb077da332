import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { portals } from '../../playwright.config';
import { createStaff, signIn, trashAndPurge, type Staff } from './staff';

// Issue 18 point 3: with two-person review on, an editor's publication waits for someone else.
// The setting is the portal's own: the spec turns it on through the settings page and off after.
test.describe.configure({ mode: 'serial' });

const run = randomBytes(3).toString('hex');
const SLUG = `review-${run}`;
const NAME = `Проверкоград ${run}`;
let editor: Staff;
let colleague: Staff;
let admin: Staff;

const setReview = async (on: boolean) => {
  const client = new pg.Client({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${portals.shymkent.pgPort}/portal` });
  await client.connect();
  await client.query('UPDATE "HomeCity" SET "twoPersonReview" = $1', [on]);
  await client.end();
};
test.beforeAll(async () => {
  [editor, colleague, admin] = await Promise.all([
    createStaff('shymkent', 'editor'),
    createStaff('shymkent', 'editor', 'Ерлан Қасымов'),
    createStaff('shymkent', 'admin'),
  ]);
});
test.afterAll(async () => {
  await setReview(false);
});

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const signedIn = async (browser: Browser, staff: Staff, locale: 'ru' | 'kk') => {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, staff, locale);
  return page;
};

test('an editor submits a publication, a colleague returns it in kk, an admin approves it', async ({ page, browser }) => {
  const adminPage = await signedIn(browser, admin, 'ru');
  await adminPage.goto('/ru/admin/settings');
  await field(adminPage, 'Проверка вторым сотрудником: публиковать только после одобрения другим редактором или администратором').check();
  await adminPage.getByRole('button', { name: 'Сохранить' }).click();
  await expect(adminPage.getByRole('main').getByRole('status')).toContainText('Изменения сохранены');

  // The editor's publication becomes a submission: the record is kept as a draft.
  await signIn(page, editor);
  await page.goto('/ru/admin/partners/new');
  await field(page, 'Адрес (slug)').fill(SLUG);
  await field(page, 'Название (рус.)').fill(NAME);
  await field(page, 'Страна').selectOption({ label: 'Казахстан' });
  await field(page, 'Статус публикации').selectOption({ label: 'Опубликовано' });
  await page.getByRole('button', { name: 'Отправить на проверку' }).click();
  await expect(page).toHaveURL(/\/ru\/admin\/partners\/[0-9a-f-]{36}\?submitted=1$/);
  await expect(page.getByRole('main').getByRole('status').first()).toContainText('Изменение отправлено на проверку');
  const editPage = new URL(page.url()).pathname;
  expect((await page.request.get(`/ru/partners/${SLUG}`)).status()).toBe(404);

  // Their own submission offers them no approval.
  await page.goto('/ru/admin');
  await page
    .getByRole('region', { name: /Ждут проверки/ })
    .getByRole('link', { name: NAME })
    .click();
  await expect(page.getByText('Это ваше изменение: одобрить или вернуть его может только другой сотрудник.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Одобрить' })).toHaveCount(0);

  // A colleague, in Kazakh, returns it with a comment.
  const colleaguePage = await signedIn(browser, colleague, 'kk');
  await colleaguePage.goto('/kk/admin');
  await colleaguePage
    .getByRole('region', { name: /Тексеруді күтуде/ })
    .getByRole('link', { name: NAME })
    .click();
  await expect(colleaguePage.getByRole('row').filter({ hasText: 'Атауы (орыс.)' })).toContainText(NAME);
  await field(colleaguePage, 'Түсініктеме').fill('Атауын жарғы бойынша тексеріңіз');
  await colleaguePage.getByRole('button', { name: 'Қайтару' }).click();
  await expect(colleaguePage.getByText('Авторға түсініктемемен қайтарылды.')).toBeVisible();

  // The editor sees it returned, with the comment, in ru and in kk.
  await page.goto('/ru/admin');
  const returned = page
    .getByRole('region', { name: /Возвращены вам/ })
    .getByRole('listitem')
    .filter({ hasText: NAME });
  await expect(returned).toContainText('Ерлан Қасымов: «Атауын жарғы бойынша тексеріңіз»');
  await page.goto('/kk/admin');
  await expect(
    page
      .getByRole('region', { name: /Сізге қайтарылды/ })
      .getByRole('listitem')
      .filter({ hasText: NAME }),
  ).toContainText('Атауын жарғы бойынша');

  // Submitted again from the edit form, then approved by the admin: the partner is on the site.
  await page.goto(editPage);
  await field(page, 'Статус публикации').selectOption({ label: 'Опубликовано' });
  await page.getByRole('button', { name: 'Отправить на проверку' }).click();
  await expect(page.getByRole('main').getByRole('status').first()).toContainText('Изменение отправлено на проверку');
  await adminPage.goto('/ru/admin');
  await adminPage
    .getByRole('region', { name: /Ждут проверки/ })
    .getByRole('link', { name: NAME })
    .click();
  await adminPage.getByRole('button', { name: 'Одобрить' }).click();
  await expect(adminPage.getByText('Одобрено: изменение сохранено.').first()).toBeVisible();
  expect((await page.request.get(`/ru/partners/${SLUG}`)).status()).toBe(200);

  await page.goto(editPage);
  await trashAndPurge(page, browser, admin, 'partners', NAME);
});
