import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { formatPartialDate } from '../../lib/dates/partial-date';
import { calendarDayAt, localSolarOffset, nextTwinTownsDay } from '../../lib/dates/twin-towns-day';

// Shymkent: 11 partners, none with a signing date, no events (seed 000).
const HOME = [
  {
    locale: 'ru',
    city: 'Шымкент',
    istanbul: 'Стамбул, Турция',
    istanbulName: 'Стамбул',
    notSpecified: 'не указано',
    twinDay: 'Всемирный день городов-побратимов',
    noEvents: 'Совместные мероприятия пока не опубликованы',
    aboutTitle: 'О побратимстве',
    founded: 'Экс-ле-Бен',
    partnersLink: 'Все города-партнёры',
    partnersTitle: 'Города-партнёры',
  },
  {
    locale: 'kk',
    city: 'Шымкент',
    istanbul: 'Ыстамбұл, Түркия',
    istanbulName: 'Ыстамбұл',
    notSpecified: 'көрсетілмеген',
    twinDay: 'Дүниежүзілік бауырлас қалалар күні',
    noEvents: 'Бірлескен іс-шаралар әлі жарияланбаған',
    aboutTitle: 'Бауырластық туралы',
    founded: 'Экс-ле-Бен',
    partnersLink: 'Барлық серіктес қалалар',
    partnersTitle: 'Серіктес қалалар',
  },
  {
    locale: 'en',
    city: 'Shymkent',
    istanbul: 'Istanbul, Türkiye',
    istanbulName: 'Istanbul',
    notSpecified: 'not specified',
    twinDay: 'World Twin Towns Day',
    noEvents: 'No joint events have been published yet',
    aboutTitle: 'About twinning',
    founded: 'Aix-les-Bains',
    partnersLink: 'All partner cities',
    partnersTitle: 'Partner cities',
  },
] as const;

const SHYMKENT_LONGITUDE = 69.5901;

for (const l of HOME) {
  test.describe(`home and about in ${l.locale}`, () => {
    test('the map shows the home city and links each of the 11 partners to its profile', async ({ page }) => {
      await page.goto(`/${l.locale}`);
      const map = page.getByTestId('partner-map');
      await expect(map.getByRole('link')).toHaveCount(11);
      await expect(map).toContainText(l.city);
      await expect(page.getByRole('figure').filter({ has: map })).toContainText(l.istanbul);
      await map.getByRole('link', { name: l.istanbul, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/${l.locale}/partners/istanbul$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.istanbulName);
    });

    test('the figures, Twin Towns Day and the charts say what the data allows', async ({ page }) => {
      await page.goto(`/${l.locale}`);
      // Seed 000 dates no agreement: the earliest one is "not specified", never guessed.
      await expect(page.getByTestId('oldest-agreement')).toContainText(l.notSpecified);
      await expect(page.getByTestId('as-of')).toContainText(/\d{4}/);
      const today = calendarDayAt(new Date(), localSolarOffset(SHYMKENT_LONGITUDE));
      const next = nextTwinTownsDay(today);
      const day = page.getByTestId('twin-towns-day');
      await expect(day.getByRole('heading')).toHaveText(l.twinDay);
      await expect(day).toContainText(formatPartialDate({ date: next.date, precision: 'day' }, l.locale));
      // No dated agreement and no event: a sentence instead of an empty chart.
      await expect(page.getByTestId('agreements-chart-empty')).toContainText('11');
      await expect(page.getByTestId('events-chart-empty')).toContainText(l.noEvents);
      await expect(page.locator('[data-testid$="-chart"]')).toHaveCount(0);
      await expectNoAxeViolations(page);
    });

    test('the about page explains twinning from the seed and leads to the partners', async ({ page }) => {
      await page.goto(`/${l.locale}/about`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.aboutTitle);
      await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveCount(4);
      await expect(page.getByRole('main')).toContainText(l.founded);
      await expect(page.getByRole('main')).toContainText(formatPartialDate({ date: new Date(Date.UTC(1957, 3, 28)), precision: 'day' }, l.locale));
      await expectNoAxeViolations(page);
      await page.getByRole('main').getByRole('link', { name: l.partnersLink }).click();
      await expect(page).toHaveURL(new RegExp(`/${l.locale}/partners$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.partnersTitle);
    });
  });
}

test('the map is drawn on the server: the SVG and its links are in the HTML, with no map data shipped', async ({ request }) => {
  const html = await (await request.get('/en')).text();
  expect(html).toContain('data-testid="partner-map"');
  expect(html).toContain('href="/en/partners/istanbul"');
  expect(html).not.toContain('"arcs"'); // the TopoJSON stays on the server
});
