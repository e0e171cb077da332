import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { LOCALES } from './locales';

// The low-vision version (docs/decisions/047): settings in a cookie, applied by /vision.css,
// changed through plain forms that need no script.

type Catalogue = {
  Vision: Record<string, string> & Record<'size' | 'scheme' | 'images' | 'spacing', Record<string, string>>;
  Accessibility: Record<string, string>;
  Footer: Record<string, string>;
};
const messages = (locale: string): Catalogue => JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Catalogue;

const endsWith = (path: string) => new RegExp(`${path}$`);
const rootFontSize = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const { locale, segment } of LOCALES) {
    test(`${locale}: a resident switches the low-vision version on, changes it, browses in it and switches it off`, async ({ page, context }) => {
      const m = messages(locale);
      const bar = page.getByRole('form', { name: m.Vision.barLabel });

      await page.goto(`/${segment}/partners`);
      await expect(bar).toBeHidden();
      await page.getByRole('banner').getByRole('link', { name: m.Vision.headerLink }).click();
      await expect(page).toHaveURL(endsWith(`/${segment}/accessibility`));
      await expect(page.getByRole('heading', { level: 2, name: m.Accessibility.statementHeading })).toBeVisible();

      await page.getByRole('radio', { name: m.Vision.scheme['white-on-black'] }).check();
      await page.getByRole('radio', { name: m.Vision.size.largest }).check();
      await page.getByRole('button', { name: m.Accessibility.switchOn }).click();
      await expect(page).toHaveURL(endsWith(`/${segment}/accessibility`));
      await expect(bar).toBeVisible();
      await expect.poll(() => rootFontSize(page)).toBe('32px');
      await expect.poll(() => pageBackground(page)).toBe('rgb(0, 0, 0)');
      // The settings page shows the choices made; the bar names the current one to screen readers too.
      await expect(page.getByRole('radio', { name: m.Vision.size.largest })).toBeChecked();
      await expect(bar.getByRole('button', { name: `${m.Vision.scheme['white-on-black']} (${m.Vision.current})` })).toBeVisible();

      // The bar changes one setting and comes back to the page it is on.
      await page.getByRole('contentinfo').getByRole('link', { name: m.Footer.openData }).click();
      await expect(page).toHaveURL(endsWith(`/${segment}/open-data`));
      await expect(bar).toBeVisible();
      await bar.getByRole('button', { name: m.Vision.scheme['brown-on-beige'], exact: true }).click();
      await expect(page).toHaveURL(endsWith(`/${segment}/open-data`));
      await expect.poll(() => pageBackground(page)).toBe('rgb(247, 243, 214)');
      await bar.getByRole('button', { name: m.Vision.size.large, exact: true }).click();
      await expect.poll(() => rootFontSize(page)).toBe('24px');

      // The mode persists from page to page.
      await page.getByRole('contentinfo').getByRole('link', { name: m.Footer.cooperate }).click();
      await expect(page).toHaveURL(endsWith(`/${segment}/cooperate`));
      await expect(bar.getByRole('button', { name: `${m.Vision.scheme['brown-on-beige']} (${m.Vision.current})` })).toBeVisible();
      await expect.poll(() => rootFontSize(page)).toBe('24px');

      await bar.getByRole('button', { name: m.Vision.normalVersion }).click();
      await expect(page).toHaveURL(endsWith(`/${segment}/cooperate`));
      await expect(bar).toBeHidden();
      await expect.poll(() => rootFontSize(page)).toBe('16px');
      expect((await context.cookies()).map((c) => c.name)).not.toContain('vision');
    });
  }
});

const cookie = (baseURL: string | undefined, value: string) => ({ name: 'vision', value, url: baseURL ?? 'http://localhost' });

// One page per scheme, in turn in each language, with what that page has most of: forms, the map
// and charts, tables, the timeline. Every project (phone and desktop) scans each once.
const SCANS = [
  { scheme: 'black-on-white', path: '/ru/accessibility', rest: 'size=normal&images=shown&spacing=normal' },
  { scheme: 'white-on-black', path: '/kk', rest: 'size=largest&images=hidden&spacing=wide' },
  { scheme: 'blue-on-light-blue', path: '/en/agreements', rest: 'size=large&images=shown&spacing=wide' },
  { scheme: 'brown-on-beige', path: '/ru/events', rest: 'size=largest&images=hidden&spacing=normal' },
] as const;

for (const scan of SCANS) {
  test(`the ${scan.scheme} scheme passes an axe scan (${scan.path})`, async ({ page, context, baseURL }) => {
    await context.addCookies([cookie(baseURL, `scheme=${scan.scheme}&${scan.rest}`)]);
    await page.goto(scan.path);
    await expect(page.locator('[data-vision-bar]')).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('at 320 px with the largest text and wide spacing, no page scrolls sideways', async ({ page, context, baseURL, isMobile }) => {
  test.skip(isMobile, 'the width is set here');
  await page.setViewportSize({ width: 320, height: 640 });
  await context.addCookies([cookie(baseURL, 'size=largest&scheme=white-on-black&images=hidden&spacing=wide')]);
  const paths = [
    '',
    '/partners',
    '/partners/istanbul',
    '/agreements',
    '/events',
    '/projects',
    '/proposals',
    '/about',
    '/cooperate',
    '/open-data',
    '/accessibility',
    '/search?q=a',
  ];
  for (const { locale, segment } of LOCALES) {
    for (const path of locale === 'kk' ? paths : ['', '/accessibility']) {
      await page.goto(`/${segment}${path}`);
      await expect(page.locator('[data-vision-bar]')).toBeVisible();
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(scroll, `/${segment}${path}`).toBeLessThanOrEqual(client);
    }
  }
});

test.describe('the settings', () => {
  test.skip(({ isMobile }) => isMobile, 'requests alone: no screen involved');

  test('come from the visitor’s cookie through one stylesheet, revalidated with its ETag; pages stay the same copy for everyone', async ({ request }) => {
    const normal = await request.get('/vision.css');
    expect(normal.headers()['content-type']).toBe('text/css; charset=utf-8');
    expect(normal.headers()['cache-control']).toBe('private, no-cache');
    expect(await normal.text()).toBe('');
    const again = await request.get('/vision.css', { headers: { 'If-None-Match': normal.headers().etag! } });
    expect(again.status()).toBe(304);

    const value = 'size=large&scheme=blue-on-light-blue&images=shown&spacing=normal';
    const on = await request.get('/vision.css', { headers: { Cookie: `vision=${value}` } });
    expect(await on.text()).toContain('--vision-bg: #9dd1ff');
    expect(on.headers().etag).not.toBe(normal.headers().etag);
    // A forged cookie is the normal version, never an error.
    expect(await (await request.get('/vision.css', { headers: { Cookie: 'vision=size=%00;' } })).text()).toBe('');

    // A visitor in the mode gets the same page as everyone: the server's copy, not a render of their own.
    const first = await request.get('/en/about', { headers: { Cookie: `vision=${value}` } });
    const html = await first.text();
    expect(html).toContain('<link rel="stylesheet" href="/vision.css"');
    expect(html).toContain('data-vision-bar=""');
    const second = await request.get('/en/about', { headers: { Cookie: `vision=${value}` } });
    expect(second.headers().age, 'a kept copy').toBeDefined();
    expect(await second.text()).toBe(html);
  });

  test('are changed only by a well-formed form from our own pages, which leads back to a page of ours', async ({ request, baseURL }) => {
    const post = (form: string, headers: Record<string, string> = {}) =>
      request.post('/api/vision', { data: form, headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers }, maxRedirects: 0 });

    const back = await post('locale=kk&scheme=white-on-black', { Referer: `${baseURL}/kk/events?year=2024` });
    expect(back.status()).toBe(303);
    expect(back.headers().location).toBe('/kk/events?year=2024');
    expect(back.headers()['set-cookie']).toMatch(
      /^vision=size=large&scheme=white-on-black&images=shown&spacing=normal; Max-Age=\d+; Path=\/; SameSite=Lax; HttpOnly/,
    );

    // Of another site's address as the referer, only a path of ours is kept: the answer never leads away.
    expect((await post('locale=en&mode=off', { Referer: 'https://evil.example/en/partners' })).headers().location).toBe('/en/partners');
    expect((await post('locale=en&mode=off', { Referer: 'https://evil.example/phish' })).headers().location).toBe('/en');
    expect((await post('locale=ru&mode=off')).headers().location).toBe('/ru');

    expect((await post('locale=ru&size=huge')).status()).toBe(400);
    expect((await post('locale=xx&mode=off')).status()).toBe(400);
    expect((await post(`locale=ru&mode=off&${'x'.repeat(400)}`)).status()).toBe(413);
    expect((await post('locale=ru&mode=off', { Origin: 'https://evil.example' })).status()).toBe(403);
    expect((await request.post('/api/vision', { multipart: { locale: 'ru' }, maxRedirects: 0 })).status()).toBe(415);
  });
});
