import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { expect, test, type Page } from '@playwright/test';
import { createStaff, signIn, type Staff } from './staff';

// The journey: an editor publishes a joint event with two partners, three languages and a
// described photo, scheduling it first; residents then find it in Kazakh on the timeline and on
// both partners' pages. Kazan's portal, whose partners Chengdu and Shenzhen have events already.
test.describe.configure({ mode: 'serial' });

const run = randomBytes(3).toString('hex');
const slug = `journey-${run}`;
const photoName = `journey-${run}.jpg`;
const TITLE = { ru: `Молодёжный форум побратимов ${run}`, kk: `Бауырлас қалалар жастар форумы ${run}`, en: `Sister cities youth forum ${run}` };
let editor: Staff;
let admin: Staff;
test.beforeAll(async () => {
  [editor, admin] = await Promise.all([createStaff('kazan', 'editor'), createStaff('kazan', 'admin')]);
});

const main = (page: Page) => page.getByRole('main');
const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 16);

test('an editor uploads a photo and describes it in three languages', async ({ page }) => {
  await signIn(page, editor);
  await page.goto('/ru/admin/media');
  const photo = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: { r: 30, g: 110, b: randomBytes(1)[0]! } } })
    .jpeg()
    .toBuffer();
  await page.getByLabel('Файл', { exact: true }).setInputFiles({ name: photoName, mimeType: 'image/jpeg', buffer: photo });
  await page.getByLabel('Альтернативный текст (русский)', { exact: true }).first().fill('Участники форума в зале');
  await page.getByRole('button', { name: 'Загрузить' }).click();
  const item = page.getByTestId('media-item').filter({ hasText: photoName });
  await item.getByText('Описание и авторство').click();
  await item.getByLabel('Альтернативный текст (казахский)', { exact: true }).fill('Форумға қатысушылар залда');
  await item.getByLabel('Альтернативный текст (английский)', { exact: true }).fill('Forum participants in the hall');
  await item.getByLabel('Автор или источник', { exact: true }).fill('Пресс-служба');
  await item.getByRole('button', { name: 'Сохранить' }).click();
  await expect(item.getByText('Готово к публикации')).toBeVisible();
});

test('the editor schedules the event with two partners: it is not public before its time', async ({ page }) => {
  await signIn(page, editor);
  await page.goto('/ru/admin/events/new');
  await page.getByLabel('Заголовок (рус.)').fill(TITLE.ru);
  await page.getByLabel('Заголовок (каз.)').fill(TITLE.kk);
  await page.getByLabel('Заголовок (англ.)').fill(TITLE.en);
  await page.getByLabel('Адрес (slug)').fill(slug);
  await page.getByLabel('Начало').fill('2026-11');
  await page.getByLabel('Направление').selectOption('youth');
  const partners = page.getByRole('group', { name: 'Партнёры' });
  await partners.getByLabel('Чэнду').check();
  await partners.getByLabel('Шэньчжэнь').check();
  await page.getByRole('group', { name: 'Фотографии' }).getByLabel(photoName).check();
  await page.getByLabel('Статус публикации').selectOption('scheduled');
  await page.getByLabel('Опубликовать в').fill(tomorrow());
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await page.waitForURL(/\/ru\/admin\/events\/\d+\?saved=1$/);
  expect((await page.request.get(`/kk/events/${slug}`)).status()).toBe(404);
});

test('the editor publishes it, and residents see it at once in Kazakh, with both partners', async ({ page, browser }) => {
  await signIn(page, editor);
  await page.goto('/ru/admin/events');
  await page.getByRole('link', { name: TITLE.ru }).click();
  await page.getByLabel('Статус публикации').selectOption('published');
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(main(page).getByRole('status')).toContainText('Изменения сохранены');

  const resident = await (await browser.newContext()).newPage();
  await resident.goto('/kk/events');
  await expect(resident.getByTestId('events-timeline').getByRole('link', { name: TITLE.kk })).toBeVisible();
  await resident.getByRole('link', { name: TITLE.kk }).click();
  await expect(resident.getByRole('heading', { level: 1 })).toHaveText(TITLE.kk);
  await expect(resident.getByRole('img', { name: 'Форумға қатысушылар залда' })).toBeVisible();
  for (const partner of ['chengdu', 'shenzhen']) {
    await resident.goto(`/kk/partners/${partner}`);
    await expect(resident.getByTestId('timeline').getByText(TITLE.kk)).toBeVisible();
  }
  await resident.context().close();
});

test('leaving the demo as it was: the editor trashes the event and an admin purges it', async ({ page, browser }) => {
  await signIn(page, editor);
  await page.goto('/ru/admin/events');
  await page.getByRole('link', { name: TITLE.ru }).click();
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Переместить в корзину' }).click();
  await page.waitForURL(/\/ru\/admin\/events(\?|$)/);
  expect((await page.request.get(`/kk/events/${slug}`)).status()).toBe(404);

  const adminPage = await (await browser.newContext()).newPage();
  await signIn(adminPage, admin);
  await adminPage.goto('/ru/admin/trash');
  const row = adminPage.locator('tr').filter({ hasText: TITLE.ru });
  adminPage.once('dialog', (dialog) => dialog.accept());
  await row.getByRole('button', { name: 'Удалить навсегда' }).click();
  await expect(row).toHaveCount(0);
  await adminPage.context().close();
});
