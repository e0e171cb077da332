import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

// Kazan: seed 001 dates each partner's document by its year alone, so each date shows as a year.
const KAZAN = [
  {
    locale: 'ru',
    count: '5 соглашений',
    dateColumn: 'Подписано',
    notSpecified: 'не указано',
    order: ['Эскишехир', 'Шуменская область', 'Шэньчжэнь', 'Чэнду', 'Циндао'],
    chengduTitle: 'Меморандум об установлении дружественного сотрудничества',
    memorandum: 'Меморандум о дружественном сотрудничестве',
    home: 'Казань',
    chengdu: 'Чэнду',
    signedLabel: 'Дата подписания',
    statusLabel: 'Статус',
    source: 'Зарубежные города-побратимы и партнеры',
    publisher: 'Казанская городская Дума',
    notFound: /не найден|404/i,
  },
  {
    locale: 'kk',
    count: '5 келісім',
    dateColumn: 'Қол қойылған',
    notSpecified: 'көрсетілмеген',
    order: ['Ескішехир', 'Шумен облысы', 'Шэньчжэнь', 'Чэнду', 'Циндао'],
    chengduTitle: 'Достық ынтымақтастық орнату туралы меморандум',
    memorandum: 'Достық ынтымақтастық туралы меморандум',
    home: 'Қазан',
    chengdu: 'Чэнду',
    signedLabel: 'Қол қойылған күні',
    statusLabel: 'Мәртебесі',
    source: 'Зарубежные города-побратимы и партнеры',
    publisher: 'Казанская городская Дума',
    notFound: /табылмады|404/i,
  },
  {
    locale: 'en',
    count: '5 agreements',
    dateColumn: 'Signed',
    notSpecified: 'not specified',
    order: ['Eskişehir', 'Shumen Province', 'Shenzhen', 'Chengdu', 'Qingdao'],
    chengduTitle: 'Memorandum on the establishment of friendly cooperation',
    memorandum: 'Memorandum of friendly cooperation',
    home: 'Kazan',
    chengdu: 'Chengdu',
    signedLabel: 'Date signed',
    statusLabel: 'Status',
    source: 'Зарубежные города-побратимы и партнеры',
    publisher: 'Казанская городская Дума',
    notFound: /not found|404/i,
  },
] as const;
const YEARS = ['1997', '2003', '2012', '2015', '2024'];

const rows = (page: Page) => page.locator('tbody tr');
const column = (page: Page, index: number) => rows(page).locator(`td:nth-of-type(${index})`);

for (const l of KAZAN) {
  test.describe(`in ${l.locale}`, () => {
    test('the register dates each document by its year, oldest first', async ({ page }) => {
      await page.goto(`/${l.locale}/agreements`);
      await expect(page.getByRole('main').getByRole('status')).toHaveText(l.count);
      // Cells are partner, type, date, status (the title is the row header).
      await expect(column(page, 1)).toHaveText([...l.order]);
      await expect(column(page, 3)).toHaveText(YEARS);
      const chengdu = rows(page).filter({ hasText: l.chengdu });
      await expect(chengdu).toContainText(l.memorandum);
      await expect(chengdu.locator('td').nth(3)).toHaveText(l.notSpecified);
      await expectNoAxeViolations(page);
    });

    test('sorting by date turns the order round', async ({ page }) => {
      await page.goto(`/${l.locale}/agreements`);
      const header = page.getByRole('columnheader', { name: new RegExp(`^${l.dateColumn}`) });
      await expect(header).toHaveAttribute('aria-sort', 'ascending');
      await header.getByRole('link').click();
      await expect(page).toHaveURL(/sort=date&dir=desc/);
      await expect(header).toHaveAttribute('aria-sort', 'descending');
      await expect(column(page, 3)).toHaveText([...YEARS].reverse());
      await expect(column(page, 1)).toHaveText([...l.order].reverse());
    });

    test('the Chengdu memorandum permalink shows its year, parties and source', async ({ page }) => {
      await page.goto(`/${l.locale}/agreements`);
      await page.getByRole('link', { name: l.chengduTitle }).click();
      await expect(page).toHaveURL(new RegExp(`/${l.locale}/agreements/\\d+$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.chengduTitle);
      const facts = page.getByTestId('agreement-facts');
      await expect(facts.locator('div', { hasText: l.signedLabel }).locator('dd')).toHaveText('2015');
      await expect(facts).toContainText(l.memorandum);
      await expect(facts).toContainText(l.home);
      await expect(facts.getByRole('link', { name: l.chengdu, exact: true })).toBeVisible();
      await expect(facts.locator('div', { hasText: l.statusLabel }).locator('dd')).toHaveText(l.notSpecified);
      await expect(page.getByTestId('agreement-source')).toContainText(l.source);
      await expect(page.getByTestId('agreement-source')).toContainText(l.publisher);
      await expect(page).toHaveTitle(new RegExp(`^${l.chengduTitle} — `));
      await expectNoAxeViolations(page);
    });

    test('an id that names no public agreement is a 404', async ({ page }) => {
      for (const id of ['999999', 'abc', '1e3', '99999999999']) {
        const response = await page.goto(`/${l.locale}/agreements/${id}`);
        expect(response?.status(), id).toBe(404);
      }
    });
  });
}
