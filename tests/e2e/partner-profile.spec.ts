import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

const IZMIR = [
  {
    locale: 'ru',
    name: 'Измир',
    country: 'Турция',
    about: /Нурсат/,
    founded: 'Основан',
    notSpecified: 'не указано',
    agreement: 'Соглашение об установлении побратимских отношений',
  },
  {
    locale: 'kk',
    name: 'Измир',
    country: 'Түркия',
    about: /«Нұрсат»/,
    founded: 'Негізі қаланған',
    notSpecified: 'көрсетілмеген',
    agreement: 'Бауырластық қарым-қатынас орнату туралы келісім',
  },
  { locale: 'en', name: 'Izmir', country: 'Türkiye', about: /Nursat/, founded: 'Founded', notSpecified: 'not specified', agreement: 'Twinning agreement' },
] as const;

for (const l of IZMIR) {
  test(`in ${l.locale}, a resident opens a partner's profile from the list`, async ({ page }) => {
    await page.goto(`/${l.locale}/partners`);
    await page.getByRole('link', { name: l.name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${l.locale}/partners/izmir$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.name);
    await expect(page.getByText(l.about).first()).toBeVisible();
    // Seed 000 gives no founding year: the fact is shown as not specified, never guessed.
    const facts = page.locator('dl').filter({ hasText: l.founded });
    await expect(facts.locator('div', { hasText: l.founded })).toContainText(l.notSpecified);
    await expect(facts).toContainText(l.country);
    await expect(facts).toContainText('UTC+3');
    await expect(page.getByTestId('agreements')).toContainText(l.agreement);
    await expectNoAxeViolations(page);
  });
}
