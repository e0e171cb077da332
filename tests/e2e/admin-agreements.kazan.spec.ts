import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { createStaff, signIn, trashAndPurge, type Staff } from './staff';

// The Kazan portal: 5 published agreements dated to the year. What an editor reads in each locale.
const LOCALES = [
  {
    locale: 'ru',
    title: 'Соглашения',
    create: 'Новое соглашение',
    treaty: 'Договор о дружбе',
    partner: 'Эскишехир',
    type: 'Договор о дружбе',
    published: 'Опубликовано',
    signed: 'Дата подписания',
    history: 'История статуса',
    languages: 'Языки подписанного текста',
  },
  {
    locale: 'kk',
    title: 'Келісімдер',
    create: 'Жаңа келісім',
    treaty: 'Достық туралы шарт',
    partner: 'Ескішехир',
    type: 'Достық туралы шарт',
    published: 'Жарияланған',
    signed: 'Қол қойылған күні',
    history: 'Мәртебе тарихы',
    languages: 'Қол қойылған мәтіннің тілдері',
  },
  {
    locale: 'en',
    title: 'Agreements',
    create: 'New agreement',
    treaty: 'Treaty of friendship',
    partner: 'Eskişehir',
    type: 'Friendship treaty',
    published: 'Published',
    signed: 'Date signed',
    history: 'Status history',
    languages: 'Languages of the signed text',
  },
] as const;
let editor: Staff;
let admin: Staff;
test.beforeAll(async () => {
  [editor, admin] = await Promise.all([createStaff('kazan', 'editor'), createStaff('kazan', 'admin')]);
});

for (const l of LOCALES) {
  test(`${l.locale}: the agreements list shows type, partner, the year signed and status; the edit form shows the stored date`, async ({ page }) => {
    await signIn(page, editor);
    await page.goto(`/${l.locale}/admin/agreements`);
    await expect(page.getByRole('heading', { level: 1, name: l.title })).toBeVisible();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: l.treaty, exact: true }) });
    await expect(row).toContainText(l.partner);
    await expect(row).toContainText(l.type);
    await expect(row).toContainText('1997');
    await expect(row).toContainText(l.published);
    await expectNoAxeViolations(page);

    await row.getByRole('link', { name: l.treaty, exact: true }).click();
    await expect(page.getByLabel(l.signed)).toHaveValue('1997');
    await expect(page.getByRole('group', { name: l.history })).toBeVisible();
    await expect(page.getByRole('group', { name: l.languages })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto(`/${l.locale}/admin/agreements/new`);
    await expect(page.getByRole('heading', { level: 1, name: l.create })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('an editor creates an agreement with its status history, keeps the input on an error, publishes it and residents see it', async ({ page, browser }) => {
  await signIn(page, editor);
  await page.goto('/ru/admin/agreements/new');
  const marker = randomBytes(3).toString('hex');
  await page.getByLabel('Партнёр').selectOption({ label: 'Чэнду' });
  await page.getByLabel('Вид соглашения').selectOption('cooperation');
  await page.getByLabel('Дата подписания').fill('2019-13');
  await page.getByRole('group', { name: 'Языки подписанного текста' }).getByLabel('китайский').check();
  await page.getByLabel('Название (рус.)').fill(`Соглашение о сотрудничестве в образовании ${marker}`);
  await page.getByLabel('Название (каз.)').fill(`Білім саласындағы ынтымақтастық туралы келісім ${marker}`);
  await page.getByLabel('Название (англ.)').fill(`Agreement on cooperation in education ${marker}`);
  await page.getByRole('button', { name: 'Добавить запись' }).click();
  const entry = page.getByRole('group', { name: 'Запись 1' });
  await entry.getByLabel('Событие').selectOption('signed');
  await entry.getByLabel('Дата').fill('2019-10-15');
  await page.getByRole('button', { name: 'Сохранить' }).click();

  // Refused with the reason beside the field; everything typed, ticked and added is still there.
  await expect(page.locator('main').getByRole('alert')).toContainText('Дата в виде ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД');
  await expect(page.getByLabel('Название (каз.)')).toHaveValue(`Білім саласындағы ынтымақтастық туралы келісім ${marker}`);
  await expect(page.getByRole('group', { name: 'Языки подписанного текста' }).getByLabel('китайский')).toBeChecked();
  await expect(page.getByRole('group', { name: 'Запись 1' }).getByLabel('Дата')).toHaveValue('2019-10-15');
  await page.getByLabel('Дата подписания').fill('2019-10');
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await page.waitForURL(/\/ru\/admin\/agreements\/\d+\?saved=1$/);
  const id = /agreements\/(\d+)/.exec(page.url())![1];
  await expect(page.getByRole('group', { name: 'Запись 1' }).getByLabel('Дата')).toHaveValue('2019-10-15');
  await expect(page.getByLabel('Дата подписания')).toHaveValue('2019-10');

  // Rows are edited in place: add an entry, remove the first, and the saved form shows what was stored.
  await page.getByRole('button', { name: 'Добавить запись' }).click();
  const second = page.getByRole('group', { name: 'Запись 2' });
  await second.getByLabel('Событие').selectOption('in_force');
  await second.getByLabel('Дата').fill('2020');
  await page.getByRole('button', { name: 'Удалить запись 1' }).click();
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.locator('form').getByRole('status')).toContainText('Изменения сохранены');
  await expect(page.getByRole('group', { name: /^Запись \d$/ })).toHaveCount(1);
  await expect(page.getByRole('group', { name: 'Запись 1' }).getByLabel('Дата')).toHaveValue('2020');

  // Still a draft: the preview renders the permalink as residents will see it; the permalink itself is a 404.
  await page.getByRole('link', { name: 'Предпросмотр' }).click();
  await expect(page.getByTestId('preview-notice')).toHaveText('Предпросмотр — не опубликовано');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Соглашение о сотрудничестве в образовании ${marker}`);
  await expect(page.locator('main')).toContainText('октябрь 2019 г.');
  await expectNoAxeViolations(page);
  expect((await page.request.get(`/ru/agreements/${id}`)).status()).toBe(404);
  await page.getByRole('link', { name: 'Вернуться к редактированию' }).click();
  await page.getByLabel('Статус публикации').selectOption('published');
  // The router restores the form as it was left, "saved" notice included: wait for this save's own answer.
  const published = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes(`/admin/agreements/${id}`));
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await published;
  await expect(page.locator('form').getByRole('status')).toContainText('Изменения сохранены');

  // Published: the permalink shows it at once, at the month's precision, in each language.
  await page.goto(`/ru/agreements/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Соглашение о сотрудничестве в образовании ${marker}`);
  await expect(page.locator('main')).toContainText('октябрь 2019 г.');
  await expect(page.locator('main')).toContainText('вступило в силу');
  await expect(page.locator('main')).not.toContainText('15 октября 2019 г.');
  await page.goto(`/kk/agreements/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Білім саласындағы ынтымақтастық туралы келісім ${marker}`);
  await page.goto(`/en/agreements/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Agreement on cooperation in education ${marker}`);
  await expect(page.locator('main')).toContainText('October 2019');

  // Its history, in Kazakh: the first version's status row beside the second's, then the first restored (a draft again).
  await page.goto(`/kk/admin/agreements/${id}/history`);
  await page.getByLabel('Сол жақтағы нұсқа').selectOption({ index: 0 });
  await page.getByLabel('Оң жақтағы нұсқа').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Салыстыру' }).click();
  const statusDate = page
    .getByRole('region', { name: /№ 1 және № 2/ })
    .getByRole('row')
    .filter({ hasText: '2019-10-15' });
  await expect(statusDate).toContainText('2020');
  await expect(statusDate).toContainText('өзгерген');
  await expectNoAxeViolations(page);
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: '№ 1 нұсқаны қалпына келтіру' }).click();
  await expect(page.getByRole('region', { name: 'Сақталған нұсқалар' }).getByRole('status')).toContainText('Нұсқа қалпына келтіріліп');
  await page.goto(`/ru/admin/agreements/${id}`);
  await expect(page.getByRole('group', { name: 'Запись 1' }).getByLabel('Дата')).toHaveValue('2019-10-15');
  await expect(page.getByLabel('Дата подписания')).toHaveValue('2019-10');

  // Leave the demo as it was (other specs count Kazan's five agreements): trash, then purge as an admin.
  await page.goto(`/ru/admin/agreements/${id}`);
  await trashAndPurge(page, browser, admin, 'agreements', marker);
});
