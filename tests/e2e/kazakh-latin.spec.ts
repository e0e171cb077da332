import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

// Kazakh in the Latin alphabet (docs/decisions/049) on the Shymkent demo: what a resident reading
// /kk-latn sees. The other locales' pages are covered by the specs that enumerate tests/e2e/locales.ts.
test.skip(({ isMobile }) => isMobile, 'nothing here depends on the viewport; portal.spec.ts runs kk-Latn on the phone');

test('a partner in Latin script: lang and hreflang, its Latin name, the transliterated about text and its note', async ({ page }) => {
  const response = await page.goto('/kk-latn/partners/izmir');
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk-Latn');
  await expect(page.locator('link[rel="alternate"][hreflang="kk-Latn"]')).toHaveAttribute('href', /\/kk-latn\/partners\/izmir$/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/kk-latn\/partners\/izmir$/);
  // The English name is the Latin one the data has: never "İzmir" spelt back from "Измир".
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Izmir');
  await expect(page.locator('header p').filter({ hasText: 'Türkia' })).toBeVisible();
  const about = page.locator('section[aria-labelledby="about"]');
  await expect(about).toContainText('Şymkenttegı «Nūrsat» şağynaudanynyñ bırneşe köşesı bauyrlas qalalar İzmir men Grossetonyñ atymen atalğan.');
  await expect(about.getByTestId('transliteration-note')).toHaveText('avtomatty transliterasia');
  await expectNoAxeViolations(page);
});

test('the about page in Latin script says it is an automatic transliteration, with its dates from the Latin table', async ({ page }) => {
  await page.goto('/kk-latn/about');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bauyrlastyq turaly');
  await expect(page.getByTestId('transliteration-note')).toHaveText('avtomatty transliterasia');
  await expect(page.locator('article')).toContainText('Düniejüzılık bauyrlas qalalar federasiasy 1957 j. 28 säuır Fransiadağy Eks-le-Ben qalasynda qūryldy.');
});

test('the partners list and its country filter are in the Latin alphabet, in its order', async ({ page }) => {
  await page.goto('/kk-latn/partners');
  await expect(page.locator('tbody tr').getByRole('rowheader')).toHaveText([
    'Acharnes',
    'Adana',
    'Baiyin',
    'Eskişehir',
    'Grosseto',
    'Istanbul',
    'Izmir',
    'Khujand',
    'Mogilev',
    'Pattaya',
    'Stevenage',
  ]);
  const countries = page.locator('select[name="country"] option:not([value=""])');
  await expect(countries).toHaveText(['Belarüs', 'Grekia', 'İtalia', 'Qytai', 'Tailand', 'Täjıkstan', 'Türkia', 'Ūlybritania']);
});

test('search understands Latin-script Kazakh, and Cyrillic on /kk-latn too', async ({ page }) => {
  for (const [query, found] of [
    ['Şymkent', 'Izmir'], // the Cyrillic about texts name Шымкент
    ['Izmir', 'Izmir'],
    ['Ыстамбұл', 'Istanbul'],
  ] as const) {
    await page.goto(`/kk-latn/search?q=${encodeURIComponent(query)}`);
    await expect(page.locator('#results-partners').locator('..').getByRole('link', { name: found }), query).toBeVisible();
  }
});

test('the header search suggests as one types in Latin script, and the keyboard alone opens the record', async ({ page }) => {
  await page.goto('/kk-latn/agreements');
  const form = page.getByRole('search').filter({ visible: true });
  const box = form.getByRole('combobox', { name: 'Portal boiynşa ızdeu' });
  await box.focus();
  await page.keyboard.type('Ystam'); // Ыстамбұл typed in Latin letters
  const option = form.getByRole('listbox').getByRole('group', { name: 'Serıktes qalalar' }).getByRole('option').first();
  await expect(option).toContainText('Istanbul');
  await expect(form.getByTestId('suggestion-count')).toHaveText(/^\d+ ūsynys\./);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/kk-latn\/partners\/istanbul$/);
});

test('every language switcher offers the Latin script, and it keeps the page', async ({ page }) => {
  await page.goto('/ru/partners');
  await page.getByRole('navigation', { name: 'Язык сайта' }).getByRole('link', { name: 'QAZ' }).click();
  await expect(page).toHaveURL(/\/kk-latn\/partners$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Serıktes qalalar');
  // The section is marked current in the HTML, which the server renders for the /kk-latn address.
  await expect(page.locator('header a[href="/kk-latn/partners"][aria-current="page"]').first()).toBeAttached();
  const switcher = page.getByRole('navigation', { name: 'Sait tılı' });
  await expect(switcher.getByRole('link', { name: 'QAZ' })).toHaveAttribute('aria-current', 'true');
  await switcher.getByRole('link', { name: 'ҚАЗ' }).click();
  await expect(page).toHaveURL(/\/kk\/partners$/);
});

test('an address that names nothing under /kk-latn is the localized 404', async ({ page }) => {
  for (const path of ['/kk-latn/partners/atlantis', '/kk-latn/no/such/page', '/kk-latn/%25zz']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText('Bet tabylmady');
    await expect(page.locator('html'), path).toHaveAttribute('lang', 'kk-Latn');
  }
});
