import { expect, test } from '@playwright/test';

// Kazan's dated events (seed 001) in Kazakh in the Latin alphabet (docs/decisions/049): ICU has no
// kk-Latn data, so the month names and formats are the portal's own.
test.skip(({ isMobile }) => isMobile, 'nothing here depends on the viewport; portal.spec.ts runs kk-Latn on the phone');
test('the timeline in Latin script: dates from the Latin table, titles transliterated, partners by their Latin names', async ({ page }) => {
  await page.goto('/kk-latn/events');
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk-Latn');
  const event = (slug: string) => page.locator(`[data-event="${slug}"]`);
  const festival = event('2025-07-26-twin-cities-youth-music-festival');
  await expect(festival.getByRole('heading')).toHaveText('Şendudağy bauyrlas qalalardyñ halyqaralyq jastar muzykalyq festivalı');
  await expect(festival.locator('time')).toHaveText('2025 j. 26–30 şılde');
  await expect(festival.getByRole('link', { name: 'Chengdu', exact: true })).toHaveAttribute('href', '/kk-latn/partners/chengdu');
  const olympiad = page.getByTestId('events-timeline').locator('[data-event]').filter({ hasText: 'Mendeleev' });
  await expect(olympiad.locator('time')).toHaveText('2024 j. säuır');
});
