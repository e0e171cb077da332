import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { createStaff, signIn, trashAndPurge, type Staff } from './staff';

let editor: Staff;
let admin: Staff;
test.beforeAll(async () => {
  [editor, admin] = await Promise.all([createStaff('kazan', 'editor'), createStaff('kazan', 'admin')]);
});

const save = (page: Page) => page.getByRole('button', { name: 'Сохранить' }).click();

test("an editor creates a project with a partner and that partner's agreement, keeps the input on an error, and publishes it", async ({ page, browser }) => {
  await signIn(page, editor);
  await page.goto('/ru/admin/projects');
  await page.getByRole('link', { name: 'Новый проект' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Новый проект' })).toBeVisible();
  const marker = randomBytes(3).toString('hex');
  await page.getByLabel('Заголовок (рус.)').fill(`Обмен школьников Казани и Циндао ${marker}`);
  await page.getByLabel('Заголовок (каз.)').fill(`Қазан мен Циндао оқушыларының алмасуы ${marker}`);
  await page.getByLabel('Заголовок (англ.)').fill(`Kazan–Qingdao pupil exchange ${marker}`);
  await page.getByLabel('Адрес (slug)').fill(`pupil-exchange-${marker}`);
  await page.getByLabel('Статус', { exact: true }).selectOption('active');
  await page.getByLabel('Начало').fill('2019');
  await page.getByRole('group', { name: 'Темы' }).getByLabel('Образование').check();
  await page.getByRole('group', { name: 'Партнёры', exact: true }).getByLabel('Циндао').check();
  // An agreement of another partner: the database would refuse it; the editor is told why, beside the field.
  const agreements = page.getByRole('group', { name: 'Соглашения, которые реализует проект' });
  await agreements.getByLabel(/— Чэнду,/).check();
  await page.getByRole('button', { name: 'Добавить организацию' }).click();
  const school = page.getByRole('group', { name: 'Организация 1' });
  await school.getByLabel('Вид').selectOption('school');
  await school.getByLabel('Страна').fill('CN');
  await school.getByLabel('Название (рус.)').fill('Школа Циндао');
  await page.getByLabel('Статус публикации').selectOption('published');
  await save(page);

  await expect(page.locator('main').getByRole('alert')).toContainText('Каждое соглашение должно быть подписано с одним из отмеченных партнёров');
  await expect(page.getByLabel('Заголовок (каз.)')).toHaveValue(`Қазан мен Циндао оқушыларының алмасуы ${marker}`);
  await expect(page.getByRole('group', { name: 'Организация 1' }).getByLabel('Название (рус.)')).toHaveValue('Школа Циндао');
  await expect(agreements.getByLabel(/— Чэнду,/)).toBeChecked();
  await agreements.getByLabel(/— Чэнду,/).uncheck();
  await agreements.getByLabel(/— Циндао,/).check();
  await save(page);
  await page.waitForURL(/\/ru\/admin\/projects\/\d+\?saved=1$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Обмен школьников Казани и Циндао ${marker}`);
  await expect(page.getByLabel('Статус публикации')).toHaveValue('published');
  await expect(agreements.getByLabel(/— Циндао,/)).toBeChecked();
  await expect(page.getByRole('group', { name: 'Организация 1' }).getByLabel('Страна')).toHaveValue('CN');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Предпросмотр' }).click();
  await expect(page.getByTestId('preview-notice')).toHaveText('Предпросмотр — опубликовано');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Обмен школьников Казани и Циндао ${marker}`);
  // The preview is the public page's own article.
  await expect(page.getByTestId('project-organizations')).toContainText('Школа Циндао · Школа · не указано, Китай');
  await page.getByRole('link', { name: 'Вернуться к редактированию' }).click();
  await trashAndPurge(page, browser, admin, 'projects', marker);
});

test('an editor records a proposal internally and moves it to "memorandum", never dated before the stage before it', async ({ page, browser }) => {
  await signIn(page, editor);
  await page.goto('/ru/admin/proposals/new');
  const marker = randomBytes(3).toString('hex');
  await page.getByLabel('Название партнёра (рус.)').fill(`Сямэнь ${marker}`);
  await page.getByLabel('Название партнёра (англ.)').fill(`Xiamen ${marker}`);
  await page.getByLabel('Страна').fill('cn');
  await expect(page.getByLabel('Видимость')).toHaveValue('internal');
  await page.getByRole('group', { name: 'Этап 1' }).getByLabel('Дата').fill('2021');
  await save(page);
  await page.waitForURL(/\/ru\/admin\/proposals\/\d+\?saved=1$/);

  await page.getByRole('button', { name: 'Добавить этап' }).click();
  const memorandum = page.getByRole('group', { name: 'Этап 2' });
  await memorandum.getByLabel('Этап', { exact: true }).selectOption('memorandum');
  await memorandum.getByLabel('Дата').fill('2020-05');
  await save(page);
  await expect(page.locator('main').getByRole('alert')).toContainText('Этап не может быть раньше предыдущего');
  await expect(page.getByRole('group', { name: 'Этап 2' }).getByLabel('Этап', { exact: true })).toHaveValue('memorandum');
  await page.getByRole('group', { name: 'Этап 2' }).getByLabel('Дата').fill('2023-05');
  await save(page);
  await expect(page.locator('form').getByRole('status')).toContainText('Изменения сохранены');
  await expectNoAxeViolations(page);

  await page.getByRole('navigation', { name: 'Разделы администрирования' }).getByRole('link', { name: 'Партнёрства в подготовке' }).click();
  const row = page.getByRole('row').filter({ hasText: marker });
  await expect(row).toContainText('Меморандум');
  await expect(row).toContainText('Внутреннее');
  await row.getByRole('link', { name: `Сямэнь ${marker}` }).click();
  await trashAndPurge(page, browser, admin, 'proposals', marker);
});
