import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

// Shymkent: seed 000 names 11 twinning agreements and dates none of them.
const SHYMKENT = [
  {
    locale: 'ru',
    title: 'Реестр соглашений',
    count: '11 соглашений',
    one: 'Найдено 1 соглашение из 11',
    pager: 'Страницы списка',
    notSpecified: 'не указано',
    twinning: 'Соглашение об установлении побратимских отношений',
    friendshipTreaty: 'Договор о дружбе',
    partnerColumn: 'Партнёр',
    partnerFilter: 'Партнёр',
    typeFilter: 'Вид соглашения',
    apply: 'Показать',
    empty: 'Нет соглашений, отвечающих условиям отбора.',
    first: 'Адана',
    last: 'Эскишехир',
    istanbul: 'Стамбул',
    izmir: 'Измир',
    city: 'Шымкент',
    izmirTitle: 'Соглашение о побратимских отношениях между Шымкентом и Измиром',
    signedLabel: 'Дата подписания',
    source: 'Города-побратимы Шымкента',
    published: 'Опубликовано: 5 июня 2022 г.',
  },
  {
    locale: 'kk',
    title: 'Келісімдер тізілімі',
    count: '11 келісім',
    one: '11 келісімнің 1 табылды',
    pager: 'Тізім беттері',
    notSpecified: 'көрсетілмеген',
    twinning: 'Бауырластық қарым-қатынас орнату туралы келісім',
    friendshipTreaty: 'Достық туралы шарт',
    partnerColumn: 'Серіктес',
    partnerFilter: 'Серіктес',
    typeFilter: 'Келісім түрі',
    apply: 'Көрсету',
    empty: 'Іріктеу шарттарына сәйкес келетін келісімдер жоқ.',
    first: 'Адана',
    last: 'Ыстамбұл',
    istanbul: 'Ыстамбұл',
    izmir: 'Измир',
    city: 'Шымкент',
    izmirTitle: 'Шымкент пен Измир арасындағы бауырластық қатынастар туралы келісім',
    signedLabel: 'Қол қойылған күні',
    source: 'Города-побратимы Шымкента',
    published: 'Жарияланған күні: 2022 ж. 5 маусым',
  },
  {
    locale: 'en',
    title: 'Register of agreements',
    count: '11 agreements',
    one: '1 agreement of 11 match',
    pager: 'Pages of the list',
    notSpecified: 'not specified',
    twinning: 'Twinning agreement',
    friendshipTreaty: 'Friendship treaty',
    partnerColumn: 'Partner',
    partnerFilter: 'Partner',
    typeFilter: 'Agreement type',
    apply: 'Show',
    empty: 'No agreements match these filters.',
    first: 'Acharnes',
    last: 'Stevenage',
    istanbul: 'Istanbul',
    izmir: 'Izmir',
    city: 'Shymkent',
    izmirTitle: 'Twinning agreement between Shymkent and Izmir',
    signedLabel: 'Date signed',
    source: 'Города-побратимы Шымкента',
    published: 'Published 5 June 2022',
  },
] as const;

const rows = (page: Page) => page.locator('tbody tr');
const partnerCell = (page: Page, index: number) => rows(page).nth(index).locator('td').first();

for (const l of SHYMKENT) {
  test.describe(`in ${l.locale}`, () => {
    test('the register lists the 11 twinning agreements, undated and with no status given', async ({ page }) => {
      await page.goto(`/${l.locale}/agreements`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.title);
      await expect(page.getByRole('main').getByRole('status')).toHaveText(l.count);
      await expect(rows(page)).toHaveCount(11);
      // 11 fit on one page (50 a page): no pager.
      await expect(page.getByRole('navigation', { name: l.pager })).toHaveCount(0);
      const istanbul = rows(page).filter({ has: page.getByRole('link', { name: l.istanbul, exact: true }) });
      await expect(istanbul).toContainText(l.twinning);
      // Seed 000 gives neither dates nor statuses: both cells say so rather than guess.
      await expect(istanbul.locator('td').nth(2)).toHaveText(l.notSpecified);
      await expect(istanbul.locator('td').nth(3)).toHaveText(l.notSpecified);
      // Default order: by date (all undated), then by partner name in the page's language.
      await expect(page.locator('th[aria-sort="ascending"]')).toHaveCount(1);
      await expect(partnerCell(page, 0)).toHaveText(l.first);
    });

    test('sorting by partner puts the names in order, then in reverse', async ({ page }) => {
      await page.goto(`/${l.locale}/agreements`);
      const header = page.getByRole('columnheader', { name: new RegExp(`^${l.partnerColumn}`) });
      await header.getByRole('link').click();
      await expect(page).toHaveURL(/sort=partner&dir=asc/);
      await expect(header).toHaveAttribute('aria-sort', 'ascending');
      await expect(partnerCell(page, 0)).toHaveText(l.first);
      await expect(partnerCell(page, 10)).toHaveText(l.last);
      await header.getByRole('link').click();
      await expect(page).toHaveURL(/sort=partner&dir=desc/);
      await expect(header).toHaveAttribute('aria-sort', 'descending');
      await expect(partnerCell(page, 0)).toHaveText(l.last);
      await expect(partnerCell(page, 10)).toHaveText(l.first);
    });

    test('the filters narrow the register and keep the sort order', async ({ page }) => {
      await page.goto(`/${l.locale}/agreements?sort=partner&dir=desc`);
      await page.getByLabel(l.partnerFilter, { exact: true }).selectOption('istanbul');
      await page.getByRole('button', { name: l.apply }).click();
      await expect(page).toHaveURL(/partner=istanbul/);
      await expect(page).toHaveURL(/sort=partner/);
      await expect(page.getByRole('main').getByRole('status')).toHaveText(l.one);
      await expect(rows(page)).toHaveCount(1);
      await expect(partnerCell(page, 0)).toHaveText(l.istanbul);

      await page.goto(`/${l.locale}/agreements`);
      await page.getByLabel(l.typeFilter, { exact: true }).selectOption('friendship_treaty');
      await page.getByRole('button', { name: l.apply }).click();
      await expect(page).toHaveURL(/type=friendship_treaty/);
      await expect(page.getByText(l.empty)).toBeVisible();
      await expect(rows(page)).toHaveCount(0);
    });

    test('a bad query string falls back to the default view', async ({ page }) => {
      const response = await page.goto(`/${l.locale}/agreements?sort=price&dir=up&type=alliance&partner=%27%3B`);
      expect(response?.status()).toBe(200);
      await expect(rows(page)).toHaveCount(11);
      await expect(partnerCell(page, 0)).toHaveText(l.first);
    });

    test('a row leads to the permalink with the parties, "not specified" and the source', async ({ page }) => {
      await page.goto(`/${l.locale}/agreements`);
      await page.getByRole('link', { name: l.izmirTitle }).click();
      await expect(page).toHaveURL(new RegExp(`/${l.locale}/agreements/\\d+$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.izmirTitle);
      const facts = page.getByTestId('agreement-facts');
      await expect(facts).toContainText(l.city);
      await expect(facts.getByRole('link', { name: l.izmir, exact: true })).toHaveAttribute('href', `/${l.locale}/partners/izmir`);
      await expect(facts.locator('div', { hasText: l.signedLabel })).toContainText(l.notSpecified);
      await expect(page.getByTestId('agreement-source')).toContainText(l.source);
      await expect(page.getByTestId('agreement-source')).toContainText(l.published);
      // The Russian title is quoted as published: a Kazakh or English page marks its language.
      const sourceTitle = page.getByTestId('agreement-source').getByText(l.source, { exact: true });
      if (l.locale === 'ru') await expect(sourceTitle).not.toHaveAttribute('lang');
      else await expect(sourceTitle).toHaveAttribute('lang', 'ru');
    });

    test('the register and a permalink pass an axe accessibility scan', async ({ page }) => {
      await page.goto(`/${l.locale}/agreements?sort=partner&dir=desc`);
      await expect(rows(page).first()).toBeVisible();
      await expectNoAxeViolations(page);
      await page.getByRole('link', { name: l.izmirTitle }).click();
      await expect(page.getByTestId('agreement-facts')).toBeVisible();
      // The title depends on the record, so it streams in with the page: scan once it is there.
      await expect(page).toHaveTitle(new RegExp(`^${l.izmirTitle} — `));
      await expectNoAxeViolations(page);
    });
  });
}
