import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

// Shymkent's dataset (seed 000) has no dated joint events: every page must say so politely.
const L = [
  {
    locale: 'ru',
    title: 'Совместные мероприятия',
    empty: 'Совместные мероприятия пока не опубликованы.',
    partners: 'Посмотреть города-партнёры',
    noUpcoming: 'О предстоящих совместных мероприятиях пока не объявлено.',
  },
  {
    locale: 'kk',
    title: 'Бірлескен іс-шаралар',
    empty: 'Бірлескен іс-шаралар әлі жарияланбаған.',
    partners: 'Серіктес қалаларды қарау',
    noUpcoming: 'Алдағы бірлескен іс-шаралар туралы әзірге хабарланған жоқ.',
  },
  {
    locale: 'en',
    title: 'Joint events',
    empty: 'No joint events have been published yet.',
    partners: 'Browse the partner cities',
    noUpcoming: 'No upcoming joint events have been announced yet.',
  },
] as const;

for (const l of L) {
  test.describe(`in ${l.locale}`, () => {
    test('the events page says that no events are published yet and offers the partners instead', async ({ page }) => {
      await page.goto(`/${l.locale}/events`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.title);
      await expect(page.getByTestId('events-empty')).toContainText(l.empty);
      // No filters to offer, and no pager, when there is nothing to filter or page through.
      await expect(page.locator('main form')).toHaveCount(0);
      await expect(page.locator('main nav')).toHaveCount(0);
      await page.getByRole('link', { name: l.partners }).click();
      await expect(page).toHaveURL(new RegExp(`/${l.locale}/partners$`));
    });

    test('the home page says so too', async ({ page }) => {
      await page.goto(`/${l.locale}`);
      const highlights = page.getByTestId('event-highlights');
      await expect(highlights.getByText(l.empty)).toBeVisible();
      await expect(highlights.getByText(l.noUpcoming)).toBeVisible();
    });

    test('the empty events page passes an axe accessibility scan', async ({ page }) => {
      await page.goto(`/${l.locale}/events`);
      await expect(page.getByTestId('events-empty')).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}

test('an event that does not exist is not found', async ({ page }) => {
  expect((await page.goto('/ru/events/no-such-event'))?.status()).toBe(404);
  await expect(page.getByTestId('event-facts')).toHaveCount(0);
  // With no events there is one (empty) page, and no second one.
  await page.goto('/ru/events?page=2');
  await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute('content', /noindex/);
  await expect(page.getByTestId('events-empty')).toHaveCount(0);
});
