import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

// What a Shymkent resident sees when narrowing the partner list and searching, in each language.
const LOCALES = [
  {
    locale: 'ru',
    nameFilter: 'Название (на любом языке)',
    country: 'Страна',
    turkey: 'Турция',
    show: 'Показать',
    istanbul: 'Стамбул',
    mogilev: 'Могилев',
    foundOf: 'Найдено 4 партнёра из 11',
    notFound: 'Страница не найдена',
    searchTitle: 'Поиск',
    searchButton: 'Найти',
    headerSearch: 'Поиск по порталу',
    partnersGroup: 'Города-партнёры',
    suggested: /^\d+ подсказ(ка|ки|ок)\./,
  },
  {
    locale: 'kk',
    nameFilter: 'Атауы (кез келген тілде)',
    country: 'Ел',
    turkey: 'Түркия',
    show: 'Көрсету',
    istanbul: 'Ыстамбұл',
    mogilev: 'Могилёв',
    foundOf: '11 серіктестің 4 табылды',
    notFound: 'Бет табылмады',
    searchTitle: 'Іздеу',
    searchButton: 'Іздеу',
    headerSearch: 'Портал бойынша іздеу',
    partnersGroup: 'Серіктес қалалар',
    suggested: /^\d+ ұсыныс\./,
  },
  {
    locale: 'en',
    nameFilter: 'Name (in any language)',
    country: 'Country',
    turkey: 'Türkiye',
    show: 'Show',
    istanbul: 'Istanbul',
    mogilev: 'Mogilev',
    foundOf: '4 partners of 11 match',
    notFound: 'Page not found',
    searchTitle: 'Search',
    searchButton: 'Search',
    headerSearch: 'Search the portal',
    partnersGroup: 'Partner cities',
    suggested: /^\d+ suggestions?\./,
  },
] as const;

const rows = (page: Page) => page.locator('tbody tr');

for (const l of LOCALES) {
  test.describe(`in ${l.locale}`, () => {
    test('the name filter finds a partner by its Kazakh name, whatever the page language', async ({ page }) => {
      await page.goto(`/${l.locale}/partners`);
      await expect(rows(page)).toHaveCount(11);
      await page.getByLabel(l.nameFilter).fill('Ыстамбұл');
      await page.getByRole('button', { name: l.show }).click();
      await expect(page).toHaveURL(/[?&]q=/);
      await expect(rows(page)).toHaveCount(1);
      await expect(rows(page).first().getByRole('rowheader')).toHaveText(l.istanbul);
    });

    test('the country filter narrows the list and the filtered URL can be shared', async ({ page }) => {
      await page.goto(`/${l.locale}/partners`);
      await page.getByLabel(l.country, { exact: true }).selectOption({ label: l.turkey });
      await page.getByRole('button', { name: l.show }).click();
      await expect(rows(page)).toHaveCount(4);
      await expect(page.getByRole('main').getByRole('status')).toHaveText(l.foundOf);
      const shared = page.url();
      expect(new URL(shared).searchParams.get('country')).toBe('TR');
      await page.goto(shared);
      await expect(rows(page)).toHaveCount(4);
      for (const row of await rows(page).all()) await expect(row).toContainText(l.turkey);
      await expectNoAxeViolations(page);
    });

    test('sorting by country puts Belarus first and says so to screen readers', async ({ page }) => {
      await page.goto(`/${l.locale}/partners`);
      const header = page.getByRole('columnheader', { name: new RegExp(`^${l.country} `) }); // its name goes on with how it sorts
      await header.getByRole('link').click();
      await expect(header).toHaveAttribute('aria-sort', 'ascending');
      await expect(rows(page).first().getByRole('rowheader')).toHaveText(l.mogilev);
    });

    test('site search finds a partner typed with Russian look-alike letters', async ({ page }) => {
      await page.goto(`/${l.locale}/search?q=${encodeURIComponent('ыстамбул')}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.searchTitle);
      const result = page.locator('#results-partners').locator('..').getByRole('link', { name: l.istanbul });
      await expect(result).toBeVisible();
      await result.click();
      await expect(page).toHaveURL(new RegExp(`/${l.locale}/partners/istanbul$`));
      await page.goto(`/${l.locale}/search`);
      await expectNoAxeViolations(page);
    });

    test('the header search suggests records as one types, and the keyboard alone opens one', async ({ page, isMobile }) => {
      test.skip(isMobile, 'a keyboard journey: the desktop header is enough, the phone menu holds the same component');
      await page.goto(`/${l.locale}/agreements`);
      const form = page.getByRole('search').filter({ visible: true });
      const box = form.getByRole('combobox', { name: l.headerSearch });
      const popup = form.getByRole('listbox');
      await box.focus();
      await page.keyboard.type(l.istanbul.slice(0, 5));
      await expect(popup).toBeVisible();
      await expect(box).toHaveAttribute('aria-expanded', 'true');
      await expect(popup.getByRole('group', { name: l.partnersGroup }).getByRole('option').first()).toContainText(l.istanbul);
      await expect(form.getByTestId('suggestion-count')).toHaveText(l.suggested);
      if (l.locale === 'ru') await expectNoAxeViolations(page);
      await page.keyboard.press('ArrowDown');
      const first = popup.getByRole('option').first();
      await expect(first).toHaveAttribute('aria-selected', 'true');
      await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id')) ?? '');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${l.locale}/partners/istanbul$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.istanbul);

      // Escape closes the popup, a second one clears the field; Enter with nothing chosen searches.
      await box.focus();
      await page.keyboard.type(l.istanbul.slice(0, 5));
      await expect(popup).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(popup).toBeHidden();
      await expect(box).toHaveAttribute('aria-expanded', 'false');
      await expect(box).toHaveValue(l.istanbul.slice(0, 5));
      await page.keyboard.press('Escape');
      await expect(box).toHaveValue('');
      await page.keyboard.type(l.istanbul);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${l.locale}/search\\?q=`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.searchTitle);
    });

    test('a partner or agreement that does not exist is a real, localized 404', async ({ page }) => {
      for (const path of [`/${l.locale}/partners/atlantis`, `/${l.locale}/agreements/999999`, `/${l.locale}/events/no-such-event`]) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(404);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.notFound);
      }
      await expectNoAxeViolations(page);
    });

    test('each page names its translations for search engines', async ({ page }) => {
      await page.goto(`/${l.locale}/partners/izmir`);
      for (const [lang, segment] of [
        ['ru', 'ru'],
        ['kk', 'kk'],
        ['en', 'en'],
        ['kk-Latn', 'kk-latn'],
      ]) {
        await expect(page.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveAttribute('href', new RegExp(`/${segment}/partners/izmir$`));
      }
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/${l.locale}/partners/izmir$`));
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the header search form takes a resident to the results', async ({ page, isMobile }) => {
    await page.goto('/ru');
    if (isMobile) await page.getByText('Меню').click();
    const form = page.getByRole('search').filter({ visible: true });
    await form.getByRole('searchbox').fill('Гроссето');
    await form.getByRole('button').click();
    await expect(page).toHaveURL(/\/ru\/search\?q=/);
    await expect(page.getByRole('link', { name: 'Гроссето', exact: true })).toBeVisible();
  });
});

test('the sitemap lists every partner page with its translations, and robots.txt points to it', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('/kk/partners/izmir</loc>');
  expect(sitemap).toMatch(/hreflang="en" href="[^"]+\/en\/partners\/izmir"/);
  expect(sitemap).toContain('/kk-latn/partners/izmir</loc>');
  expect(sitemap).toMatch(/hreflang="kk-Latn" href="[^"]+\/kk-latn\/partners\/izmir"/);
  expect((sitemap.match(/<loc>/g) ?? []).length).toBe((10 + 11 + 11) * 4); // sections (open data, projects, proposals, the open call and the low-vision version included) + partners + agreements, in 4 languages
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Sitemap: http:\/\/localhost:\d+\/sitemap\.xml/);
});
