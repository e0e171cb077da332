import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { createStaff, signIn, trashAndPurge, type Staff } from './staff';

// Issue 18 point 2: an editor edits a record, opens its history, compares two versions side by side
// and restores the earlier one as a new version, in ru and in kk.
test.describe.configure({ mode: 'serial' });

const run = randomBytes(3).toString('hex');
const NAME = { first: `Правкоград ${run}`, second: `Новоправкоград ${run}` };
let editor: Staff;
let admin: Staff;
test.beforeAll(async () => {
  [editor, admin] = await Promise.all([createStaff('shymkent', 'editor'), createStaff('shymkent', 'admin')]);
});

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
/** The comparison table's cells of one field, row by row (a translated field has one row per language). */
const comparedRows = (page: Page, label: string) =>
  page
    .getByRole('region', { name: /поле за полем|өріс бойынша/ })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });

test('an editor compares two versions of a partner and restores the earlier one, in ru and kk', async ({ page, browser }) => {
  await signIn(page, editor);
  await page.goto('/ru/admin/partners/new');
  await field(page, 'Адрес (slug)').fill(`revisions-${run}`);
  await field(page, 'Название (рус.)').fill(NAME.first);
  await field(page, 'Население').fill('120000');
  await field(page, 'Страна').selectOption({ label: 'Казахстан' });
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page).toHaveURL(/\/ru\/admin\/partners\/[0-9a-f-]{36}\?saved=1$/);
  const editPage = new URL(page.url()).pathname;

  await field(page, 'Название (рус.)').fill(NAME.second);
  await field(page, 'Население').fill('125000');
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('Изменения сохранены');

  await page.getByRole('link', { name: 'История изменений' }).click();
  await expect(page).toHaveURL(new RegExp(`${editPage}/history$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`История изменений: ${NAME.second}`);
  const versions = page.getByRole('region', { name: 'Сохранённые версии' });
  await expect(versions.getByRole('row', { name: /№ 2/ })).toContainText('Население');
  // Versions 1 and 2 side by side by default: the name's Russian cell and the population changed, the text says so.
  await expect(comparedRows(page, 'Население')).toContainText('120000');
  await expect(comparedRows(page, 'Население')).toContainText('изменено');
  await expect(comparedRows(page, 'Название').first()).toContainText(NAME.first);
  // Its Kazakh and English cells follow in rows of their own, under the same field heading.
  await expect(page.getByRole('region', { name: 'Версия № 1 и версия № 2, поле за полем' }).getByRole('row').filter({ hasText: 'англ.' })).toHaveCount(1);
  await expect(comparedRows(page, 'Адрес (slug)')).toContainText('без изменений');
  // A stored choice reads as the form names it, not as its code.
  await expect(comparedRows(page, 'Город или регион')).toContainText('Город');
  await expect(comparedRows(page, 'Город или регион')).not.toContainText('city');
  await expect(comparedRows(page, 'Статус публикации')).toContainText('Черновик');
  await expectNoAxeViolations(page);

  page.once('dialog', (dialog) => dialog.accept());
  await versions.getByRole('button', { name: 'Восстановить версию № 1' }).click();
  await expect(versions.getByRole('status')).toContainText('Версия восстановлена');
  await expect(versions.getByRole('row', { name: /№ 3/ })).toContainText('восстановлена версия 1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`История изменений: ${NAME.first}`);

  // In Kazakh: version 2 against version 3 (the restored first), then version 2 back.
  await page.goto(`/kk${editPage.slice(3)}/history`);
  await page.getByLabel('Сол жақтағы нұсқа').selectOption({ index: 1 });
  await page.getByLabel('Оң жақтағы нұсқа').selectOption({ index: 2 });
  await page.getByLabel('Тек өзгерген өрістер').check();
  await page.getByRole('button', { name: 'Салыстыру' }).click();
  await expect(page).toHaveURL(/from=\d+&to=\d+&only=1/);
  await expect(page.getByRole('region', { name: '№ 2 және № 3 нұсқалар, өріс бойынша' })).toContainText('өзгерген');
  await expect(comparedRows(page, 'Халық саны')).toContainText('125000');
  await expect(comparedRows(page, 'Мекенжай (slug)')).toHaveCount(0);
  await expectNoAxeViolations(page);
  const kkVersions = page.getByRole('region', { name: 'Сақталған нұсқалар' });
  page.once('dialog', (dialog) => dialog.accept());
  await kkVersions.getByRole('button', { name: '№ 2 нұсқаны қалпына келтіру' }).click();
  await expect(kkVersions.getByRole('status')).toContainText('Нұсқа қалпына келтіріліп');
  await expect(kkVersions.getByRole('row', { name: /№ 4/ })).toContainText('2-нұсқа қалпына келтірілді');

  await page.goto(`/ru/admin/audit?record=${editPage.split('/').at(-1)}`);
  await expect(page.getByRole('row').filter({ hasText: 'восстановлена версия 1' })).toHaveCount(1);
  await page.goto(editPage);
  await expect(field(page, 'Название (рус.)')).toHaveValue(NAME.second);
  await expect(field(page, 'Население')).toHaveValue('125000');
  await trashAndPurge(page, browser, admin, 'partners', NAME.second);
});

test('an admin restores a version of a record in the trash, which takes it out of the trash first', async ({ page }) => {
  await signIn(page, editor);
  await page.goto('/ru/admin/partners/new');
  await field(page, 'Адрес (slug)').fill(`trashed-${run}`);
  await field(page, 'Название (рус.)').fill(`Корзиноград ${run}`);
  await field(page, 'Страна').selectOption({ label: 'Казахстан' });
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page).toHaveURL(/\/ru\/admin\/partners\/[0-9a-f-]{36}\?saved=1$/);
  const editPage = new URL(page.url()).pathname;
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Переместить в корзину' }).click();
  await page.waitForURL(/\/ru\/admin\/partners(\?|$)/);
  // An editor reads the trashed record's history; only an admin may bring a version back.
  await page.goto(`${editPage}/history`);
  await expect(page.getByText('Вернуть её или одну из её версий может только администратор.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Восстановить версию № 1' })).toHaveCount(0);

  await page.context().clearCookies();
  await signIn(page, admin);
  await page.goto('/ru/admin/trash');
  await page
    .locator('tr')
    .filter({ hasText: `Корзиноград ${run}` })
    .getByRole('link', { name: 'История' })
    .click();
  await expect(page.getByText('сначала вернёт её из корзины')).toBeVisible();
  await expectNoAxeViolations(page);
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Восстановить версию № 1' }).click();
  await expect(page.getByRole('link', { name: '← К редактированию' })).toBeVisible();
  const versions = page.getByRole('region', { name: 'Сохранённые версии' });
  await expect(versions.getByRole('row', { name: /№ 3/ })).toContainText('восстановление');
  await expect(versions.getByRole('row', { name: /№ 4/ })).toContainText('восстановлена версия 1');
  await page.goto(editPage);
  await expect(field(page, 'Название (рус.)')).toHaveValue(`Корзиноград ${run}`);
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Переместить в корзину' }).click();
  await page.waitForURL(/\/ru\/admin\/partners(\?|$)/);
  await page.goto('/ru/admin/trash');
  page.once('dialog', (dialog) => dialog.accept());
  const row = page.locator('tr').filter({ hasText: `Корзиноград ${run}` });
  await row.getByRole('button', { name: 'Удалить навсегда' }).click();
  await expect(row).toHaveCount(0);
});

test('a version that today’s rules refuse is not restored, and the history page says why', async ({ page, browser }) => {
  await signIn(page, editor);
  const create = async (slug: string, name: string) => {
    await page.goto('/ru/admin/partners/new');
    await field(page, 'Адрес (slug)').fill(slug);
    await field(page, 'Название (рус.)').fill(name);
    await field(page, 'Страна').selectOption({ label: 'Казахстан' });
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await expect(page).toHaveURL(/\/ru\/admin\/partners\/[0-9a-f-]{36}\?saved=1$/);
    return new URL(page.url()).pathname;
  };
  const renamed = await create(`taken-${run}`, `Переименованный ${run}`);
  await field(page, 'Адрес (slug)').fill(`renamed-${run}`);
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('Изменения сохранены');
  const taker = await create(`taken-${run}`, `Занявший ${run}`);

  await page.goto(`${renamed}/history`);
  const versions = page.getByRole('region', { name: 'Сохранённые версии' });
  page.once('dialog', (dialog) => dialog.accept());
  await versions.getByRole('button', { name: 'Восстановить версию № 1' }).click();
  await expect(versions.getByRole('alert')).toContainText('Эту версию нельзя восстановить');
  await expect(versions.getByRole('alert')).toContainText('Этот адрес уже занят другой записью.');
  await expect(versions.getByRole('row')).toHaveCount(3);

  await page.goto(taker);
  await trashAndPurge(page, browser, admin, 'partners', `Занявший ${run}`);
  await page.goto(renamed);
  await trashAndPurge(page, browser, admin, 'partners', `Переименованный ${run}`);
});
