import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

// Kazan (seed 001): 5 partners, agreements dated to the year, 42 dated events.
const KAZAN = [
  { locale: 'ru', oldestYear: '1997', eskisehir: 'Эскишехир', qingdao: 'Циндао, Китай' },
  { locale: 'kk', oldestYear: '1997', eskisehir: 'Ескішехир', qingdao: 'Циндао, Қытай' },
  { locale: 'en', oldestYear: '1997', eskisehir: 'Eskişehir', qingdao: 'Qingdao, China' },
] as const;

const AGREEMENTS_PER_YEAR: Record<number, number> = { 1997: 1, 2003: 1, 2012: 1, 2015: 1, 2024: 1 };
const EVENTS_PER_YEAR: Record<number, number> = { 2011: 1, 2013: 2, 2014: 1, 2016: 1, 2018: 2, 2019: 4, 2020: 4, 2021: 6, 2022: 6, 2023: 5, 2024: 5, 2025: 5 };
const years = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => first + i);

for (const l of KAZAN) {
  test(`in ${l.locale}, the home page shows Kazan's earliest agreement, its map and its year charts`, async ({ page }) => {
    await page.goto(`/${l.locale}`);
    const oldest = page.getByTestId('oldest-agreement');
    await expect(oldest).toContainText(l.oldestYear);
    await expect(oldest.getByRole('link')).toHaveText(l.eskisehir);
    // A year-precision date prints as the year, never as 1 January.
    await expect(oldest).not.toContainText(/январ|қаңтар|January/i);

    const map = page.getByTestId('partner-map');
    await expect(map.getByRole('link')).toHaveCount(5);
    await expect(map.getByRole('link', { name: l.qingdao, exact: true })).toHaveAttribute('href', `/${l.locale}/partners/qingdao`);

    for (const [id, counts, span] of [
      ['agreements-chart', AGREEMENTS_PER_YEAR, years(1997, 2024)],
      ['events-chart', EVENTS_PER_YEAR, years(2011, 2025)],
    ] as const) {
      const chart = page.getByTestId(id);
      await expect(chart.locator('svg[role="img"]')).toBeVisible();
      await chart.locator('summary').click();
      const rows = chart.locator('tbody tr');
      await expect(rows).toHaveCount(span.length);
      // Every year between the first and the last has its row, with zero where nothing happened.
      for (const [i, year] of span.entries()) {
        await expect(rows.nth(i).getByRole('rowheader')).toHaveText(String(year));
        await expect(rows.nth(i).getByRole('cell')).toHaveText(String(counts[year] ?? 0));
      }
    }

    await expectNoAxeViolations(page);
  });
}
