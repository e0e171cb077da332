import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

// Shymkent: seed 000 has no partnership in preparation, and the page says so.
for (const [locale, title, empty] of [
  ['ru', 'Партнёрства в подготовке', 'Сейчас нет опубликованных партнёрств в подготовке.'],
  ['kk', 'Дайындалып жатқан серіктестіктер', 'Қазір жарияланған дайындалып жатқан серіктестіктер жоқ.'],
  ['en', 'Partnerships in preparation', 'There are no published partnerships in preparation at the moment.'],
] as const) {
  test(`${locale}: with no proposal, the proposals page says there is none`, async ({ page }) => {
    await page.goto(`/${locale}/proposals`);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByText(empty)).toBeVisible();
    await expect(page.getByRole('article')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
}
