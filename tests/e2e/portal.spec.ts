import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { LOCALES } from './locales';

const PAGER = { ru: 'Страницы списка', kk: 'Тізім беттері', en: 'Pages of the list', 'kk-Latn': 'Tızım betterı' } as const;

for (const l of LOCALES) {
  test.describe(`in ${l.locale}`, () => {
    test('the home page presents the home city and its 11 sister cities', async ({ page }) => {
      await page.goto(`/${l.segment}`);
      await expect(page.locator('html')).toHaveAttribute('lang', l.locale);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.heading);
      const cards = page.getByTestId('partner-cards').getByRole('listitem');
      await expect(cards).toHaveCount(11);
      await expect(cards.filter({ hasText: l.istanbul })).toContainText(l.turkey);
      await expect(page.getByRole('definition').first()).toHaveText('11');
    });

    test('the partners page lists all 11 partners with their countries', async ({ page }) => {
      await page.goto(`/${l.segment}/partners`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.partnersTitle);
      const rows = page.locator('tbody tr');
      await expect(rows).toHaveCount(11);
      // 11 fit on one page (50 a page): no pager.
      await expect(page.getByRole('navigation', { name: PAGER[l.locale] })).toHaveCount(0);
      const istanbul = rows.filter({ has: page.getByRole('rowheader', { name: l.istanbul }) });
      await expect(istanbul).toContainText(l.turkey);
      // Seed 000 gives no signing dates: the page says so instead of inventing one.
      await expect(istanbul).toContainText(l.notSpecified);
    });

    test('the pages pass an axe accessibility scan', async ({ page }) => {
      for (const path of [`/${l.segment}`, `/${l.segment}/partners`]) {
        await page.goto(path);
        await expect(page.locator('tbody tr, [data-testid="partner-cards"] li').first()).toBeVisible();
        await expectNoAxeViolations(page);
      }
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const l of LOCALES) {
    test(`${l.locale}: every public page arrives whole, with no placeholder waiting for a script`, async ({ page }) => {
      const pages = ['', '/partners', '/partners/istanbul', '/agreements', '/events', '/about', `/search?q=${encodeURIComponent(l.istanbul)}`, '/open-data'];
      for (const path of pages) {
        const response = await page.goto(`/${l.segment}${path}`);
        expect(response?.status(), path).toBe(200);
        await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
        // A pending Suspense boundary leaves a template marker and a pulsing placeholder behind.
        await expect(page.locator('main template, main .animate-pulse'), path).toHaveCount(0);
      }
      await page.goto(`/${l.segment}`);
      await expect(page.getByTestId('partner-cards').getByRole('listitem')).toHaveCount(11);
      await expect(page.getByTestId('partner-cards').getByRole('listitem').filter({ hasText: l.istanbul })).toBeVisible();
      await page.goto(`/${l.segment}/partners`);
      await expect(page.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: l.istanbul }) })).toBeVisible();
    });
  }
});

test('the language switcher keeps the current page', async ({ page }) => {
  await page.goto('/ru/partners');
  await page.getByRole('navigation', { name: 'Язык сайта' }).getByRole('link', { name: 'ҚАЗ' }).click();
  await expect(page).toHaveURL(/\/kk\/partners$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Серіктес қалалар');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the language switcher keeps the current page and its query', async ({ page }) => {
    await page.goto('/ru/partners/izmir?ref=list');
    await page.getByRole('navigation', { name: 'Язык сайта' }).getByRole('link', { name: 'ENG' }).click();
    await expect(page).toHaveURL(/\/en\/partners\/izmir\?ref=list$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Izmir');
  });
});

test('the page-preserving language links are in the HTML, before any script runs', async ({ request }) => {
  const html = await (await request.get('/ru/partners/izmir?ref=list')).text();
  expect(html).toContain('href="/kk/partners/izmir?ref=list"');
  expect(html).toContain('href="/en/partners/izmir?ref=list"');
});

test.describe('a visitor arriving at /', () => {
  test.use({ locale: 'en-US' });
  test('gets the language their browser asks for', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/en$/);
  });
});

test('Russian is the default language', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/ru$/);
});

test('an unknown page is a 404', async ({ page }) => {
  const response = await page.goto('/ru/no-such-page');
  expect(response?.status()).toBe(404);
});

test('keyboard only: the skip link is the first stop and moves focus to the content', async ({ page, isMobile }) => {
  test.skip(isMobile, 'a phone has no Tab key');
  await page.goto('/en/partners');
  await expect(page.locator('tbody tr').first()).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // The next stop is inside the content, not back in the header.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
});

test('the phone menu opens without script and lists every section', async ({ page, isMobile }) => {
  test.skip(!isMobile, 'the menu is for narrow screens');
  await page.goto('/kk');
  await page.getByText('Мәзір').click();
  const nav = page.getByRole('navigation', { name: 'Негізгі навигация' });
  for (const name of ['Серіктес қалалар', 'Келісімдер', 'Іс-шаралар', 'Дайындалып жатқан серіктестіктер', 'Бауырластық туралы'])
    await expect(nav.getByRole('link', { name })).toBeVisible();
  await nav.getByRole('link', { name: 'Келісімдер' }).click();
  await expect(page).toHaveURL(/\/kk\/agreements$/);
});

test('the icons clients ask for by name are there, linked from every page and cached for a day', async ({ page, request }) => {
  for (const [path, type] of [
    ['/favicon.ico', 'image/x-icon'],
    ['/apple-touch-icon.png', 'image/png'],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toBe(type);
    expect(response.headers()['cache-control'], path).toBe('public, max-age=86400, stale-while-revalidate=604800');
  }
  // An ICO: reserved 0, type 1, then three images (16, 32 and 48 pixels).
  const ico = await (await request.get('/favicon.ico')).body();
  expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 3]);
  await page.goto('/en');
  await expect(page.locator('head link[rel="icon"][href="/favicon.ico"]')).toHaveCount(1);
  await expect(page.locator('head link[rel="apple-touch-icon"][href="/apple-touch-icon.png"]')).toHaveCount(1);
  await expect(page.locator('head link[rel="icon"][type="image/svg+xml"]')).toHaveCount(1);
});
