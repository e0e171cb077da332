import { expect, test } from '@playwright/test';

// The site's font comes in one file per script (app/fonts.ts): each page loads the ones its
// letters need, from the site itself. The Kazakh letters need Cyrillic Extended.
test.skip(({ isMobile }) => isMobile, 'fonts do not depend on the viewport');

const CYRILLIC_EXTENDED = 'U+460-52F';

for (const locale of ['ru', 'kk', 'en', 'kk-latn'] as const) {
  test(`${locale}: the text is set in Inter, from the site's own files`, async ({ page }) => {
    const fontRequests: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fontRequests.push(request.url());
    });
    await page.goto(`/${locale}`);
    const loaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.unicodeRange);
    });
    // Latin, Cyrillic and Cyrillic Extended: every page names the three languages in the switcher.
    expect(loaded.length).toBeGreaterThanOrEqual(3);
    expect(loaded.some((range) => range.includes(CYRILLIC_EXTENDED))).toBe(true);
    expect(fontRequests.length).toBeGreaterThan(0);
    for (const url of fontRequests) expect(new URL(url).pathname).toMatch(/^\/_next\/static\/media\/.+\.woff2$/);
    expect(fontRequests.every((url) => new URL(url).origin === new URL(page.url()).origin)).toBe(true);
  });
}
