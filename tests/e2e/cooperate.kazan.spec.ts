import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { expect, test, type Page } from '@playwright/test';
import { portals } from '../../playwright.config';
import { expectNoAxeViolations } from './axe';
import { createStaff, signIn, type Staff } from './staff';

// The open call's journey on Kazan's portal: an admin sets the themes sought, a partner city
// submits the form in each language (wrong first, then right), once without JavaScript, and an
// editor finds each submission in the inbox, turns one into a proposal and moves it to a memorandum.
test.describe.configure({ mode: 'serial' });

// Fresh for each project (desktop, phone), so each finds its own submissions in the shared inbox.
let run = '';
const TEXT = {
  ru: {
    name: 'Ваше имя',
    organization: 'Организация или город (необязательно)',
    country: 'Страна (необязательно)',
    email: 'Электронная почта',
    theme: 'Направление',
    message: 'Сообщение',
    submit: 'Отправить заявку',
    checkFields: 'Проверьте отмеченные поля: заявка не отправлена.',
    emailError: 'Введите адрес электронной почты',
    required: 'Обязательное поле.',
    received: 'Спасибо! Заявка получена.',
    sought: 'Экология',
  },
  kk: {
    name: 'Атыңыз',
    organization: 'Ұйым немесе қала (міндетті емес)',
    country: 'Ел (міндетті емес)',
    email: 'Электрондық пошта',
    theme: 'Бағыт',
    message: 'Хабарлама',
    submit: 'Өтінімді жіберу',
    checkFields: 'Белгіленген өрістерді тексеріңіз: өтінім жіберілмеді.',
    emailError: 'Электрондық пошта мекенжайын енгізіңіз',
    required: 'Міндетті өріс.',
    received: 'Рақмет! Өтінім қабылданды.',
    sought: 'Экология',
  },
  en: {
    name: 'Your name',
    organization: 'Organization or city (optional)',
    country: 'Country (optional)',
    email: 'Email',
    theme: 'Theme',
    message: 'Message',
    submit: 'Send submission',
    checkFields: 'Please check the marked fields: your submission was not sent.',
    emailError: 'Enter an e-mail address',
    required: 'Required.',
    received: 'Thank you! Your submission has been received.',
    sought: 'Ecology',
  },
} as const;
type Locale = keyof typeof TEXT;
const FOOTER_LINK: Record<Locale, string> = { ru: 'Предложить сотрудничество', kk: 'Ынтымақтастық ұсыну', en: 'Propose cooperation' };
const sender = (locale: Locale, js: boolean) => `Сямынь ${locale}${js ? '' : ' без JS'} ${run}`;

let admin: Staff;
let editor: Staff;
test.beforeAll(async () => {
  run = randomBytes(3).toString('hex');
  [admin, editor] = await Promise.all([createStaff('kazan', 'admin'), createStaff('kazan', 'editor')]);
  // Each project (desktop, phone) submits from the same address: start from a fresh hourly count.
  const client = new pg.Client({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${portals.kazan.pgPort}/portal` });
  await client.connect();
  await client.query(`DELETE FROM "OpenCallThrottle"`);
  await client.end();
});

const form = (page: Page) => page.getByRole('main').locator('form');

/** Wrong input first (a bad address, no message), kept and explained; then the same form put right. */
async function submitWrongThenRight(page: Page, locale: Locale, js: boolean) {
  const t = TEXT[locale];
  const name = sender(locale, js);
  await page.goto(`/${locale}/cooperate`);
  await page.getByLabel(t.name, { exact: true }).fill(name);
  await page.getByLabel(t.organization, { exact: true }).fill(`Народное правительство Сямыня ${run}`);
  await page.getByLabel(t.email, { exact: true }).fill('xiamen at example');
  await page.getByRole('button', { name: t.submit }).click();
  const alert = form(page).getByRole('alert');
  await expect(alert).toContainText(t.checkFields);
  await expect(alert).toContainText(t.emailError);
  await expect(page.getByLabel(t.name, { exact: true })).toHaveValue(name);
  await expect(page.getByLabel(t.email, { exact: true })).toHaveValue('xiamen at example');
  await expect(page.getByLabel(t.message, { exact: true })).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel(t.email, { exact: true }).fill('foreign@xm.gov.example');
  await page.getByLabel(t.country, { exact: true }).selectOption('CN');
  await page.getByLabel(t.theme, { exact: true }).selectOption('education');
  await page.getByLabel(t.message, { exact: true }).fill(`Предлагаем обмен школьниками и побратимство (${locale}).`);
  await page.getByRole('button', { name: t.submit }).click();
  await expect(form(page).getByRole('status')).toContainText(t.received);
  await expect(page.getByLabel(t.name, { exact: true })).toHaveValue('');
}

test('an admin sets the themes sought, and the open call page shows them in every language', async ({ page }) => {
  await signIn(page, admin);
  await page.goto('/ru/admin/settings');
  await page.getByRole('group', { name: 'Направления, в которых ищем партнёров' }).getByLabel('Экология').check();
  await page.getByLabel('Срок хранения заявок, дней').fill('180');
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('Изменения сохранены');
  for (const locale of ['ru', 'kk', 'en'] as const) {
    await page.goto(`/${locale}/cooperate`);
    await expect(page.getByRole('main').getByRole('listitem').filter({ hasText: TEXT[locale].sought })).toBeVisible();
  }
});

for (const locale of ['ru', 'kk', 'en'] as const) {
  test(`a partner city finds the form from the footer and submits it in ${locale}: wrong input is explained and kept, then it is received`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/about`);
    await page.getByRole('contentinfo').getByRole('link', { name: FOOTER_LINK[locale], exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/cooperate$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(FOOTER_LINK[locale]);
    await expectNoAxeViolations(page);
    await submitWrongThenRight(page, locale, true);
    await expectNoAxeViolations(page);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the form posts, answers wrong input with the page and the input kept, then receives it', async ({ page }) => {
    await submitWrongThenRight(page, 'ru', false);
  });
});

test('an editor finds each submission in the inbox and turns one into a proposal in one step', async ({ page }) => {
  await signIn(page, editor);
  await page.goto('/ru/admin/inbox');
  for (const locale of ['ru', 'kk', 'en'] as const) await expect(page.getByRole('link', { name: sender(locale, true) })).toBeVisible();
  await expect(page.getByRole('link', { name: sender('ru', false) })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: sender('kk', true) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Заявка от ${sender('kk', true)}`);
  await expect(page.getByText('foreign@xm.gov.example')).toBeVisible();
  await expect(page.getByText('Предлагаем обмен школьниками и побратимство (kk).')).toBeVisible();
  await expect(page.getByLabel('Страна предлагаемого партнёра')).toHaveValue('CN');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Оформить предложение' }).click();
  const proposal = page.getByRole('link', { name: /Открыть предложение №\d+/ });
  await expect(proposal).toBeVisible();
  await expect(proposal).toHaveAttribute('href', /^\/ru\/admin\/proposals\/\d+$/);
  await page.goto('/ru/admin/inbox');
  await expect(page.locator('tr').filter({ hasText: sender('kk', true) })).toContainText('Оформлена');

  // The proposal it became moves on to a memorandum in the proposal editor.
  await page
    .locator('tr')
    .filter({ hasText: sender('kk', true) })
    .getByRole('link', { name: sender('kk', true) })
    .click();
  await page.getByRole('link', { name: /Открыть предложение №\d+/ }).click();
  const initiative = page.getByRole('group', { name: 'Этап 1' });
  await expect(initiative.getByLabel('Этап', { exact: true })).toHaveValue('initiative');
  await page.getByRole('button', { name: 'Добавить этап' }).click();
  const memorandum = page.getByRole('group', { name: 'Этап 2' });
  await memorandum.getByLabel('Этап', { exact: true }).selectOption('memorandum');
  // The day the submission came, in Kazan's time: from 21:00 UTC it is a day ahead of the date in UTC.
  await memorandum.getByLabel('Дата').fill(await initiative.getByLabel('Дата').inputValue());
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.locator('form').getByRole('status')).toContainText('Изменения сохранены');
  await expect(page.getByRole('group', { name: 'Этап 2' }).getByLabel('Этап', { exact: true })).toHaveValue('memorandum');
});
