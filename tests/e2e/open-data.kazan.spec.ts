import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

// The open-data page and the download links of the public pages, on the Kazan portal (42 events,
// 5 agreements). Dates are formatted here in Node, whose ICU has Kazakh, exactly as the server does.
const L = [
  {
    locale: 'ru',
    title: 'Открытые данные',
    csv: 'Скачать CSV',
    ical: 'Подписаться на календарь (iCal)',
    atom: 'Лента новых мероприятий (Atom)',
    partnerIcal: 'Мероприятия с этим партнёром в календаре (iCal)',
    footer: 'Открытые данные',
    calendarName: 'Совместные мероприятия — Казань',
  },
  {
    locale: 'kk',
    title: 'Ашық деректер',
    csv: 'CSV жүктеп алу',
    ical: 'Күнтізбеге жазылу (iCal)',
    atom: 'Жаңа іс-шаралар арнасы (Atom)',
    partnerIcal: 'Осы серіктеспен өткен іс-шаралар күнтізбеде (iCal)',
    footer: 'Ашық деректер',
    calendarName: 'Бірлескен іс-шаралар — Қазан',
  },
  {
    locale: 'en',
    title: 'Open data',
    csv: 'Download CSV',
    ical: 'Subscribe to the calendar (iCal)',
    atom: 'Feed of new events (Atom)',
    partnerIcal: 'Events with this partner in your calendar (iCal)',
    footer: 'Open data',
    calendarName: 'Joint events — Kazan',
  },
] as const;

// The site's English is British: "4 December 2026".
const formatDay = (date: Date, locale: string) =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);

for (const l of L) {
  test.describe(`open data (${l.locale})`, () => {
    test('the open-data page states the licence, the last change and addresses that answer', async ({ page }) => {
      await page.goto(`/${l.locale}`);
      await page.getByRole('contentinfo').getByRole('link', { name: l.footer, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/${l.locale}/open-data$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.title);

      const license = page.getByTestId('license').getByRole('link', { name: 'CC BY 4.0' });
      await expect(license).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/');

      // The page and the feeds take "last changed" from the same source.
      const feed = await page.request.get(`/${l.locale}/feed.xml`);
      expect(feed.status()).toBe(200);
      expect(feed.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
      await expect(page.getByTestId('last-changed')).toHaveText(formatDay(new Date(feed.headers()['last-modified']!), l.locale));

      const urls = page.getByTestId('open-data-url');
      await expect(urls).toHaveCount(13); // the addresses stream in after the shell
      const hrefs = await urls.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      expect(hrefs).toEqual([
        `/api/v1/partners?locale=${l.locale}`,
        `/api/v1/agreements?locale=${l.locale}`,
        `/api/v1/events?locale=${l.locale}`,
        `/api/v1/projects?locale=${l.locale}`,
        `/api/v1/proposals?locale=${l.locale}`,
        '/api/v1/openapi.json',
        `/api/v1/partners.csv?locale=${l.locale}`,
        `/api/v1/agreements.csv?locale=${l.locale}`,
        `/api/v1/events.csv?locale=${l.locale}`,
        `/api/v1/projects.csv?locale=${l.locale}`,
        `/${l.locale}/events.ics`,
        `/${l.locale}/feed.xml`,
        `/${l.locale}/cooperation.xml`,
      ]);
      // Each link shows its full address, to copy into a program.
      await expect(urls.filter({ hasText: new RegExp(`^http://localhost:\\d+/${l.locale}/events\\.ics$`) })).toHaveCount(1);
      for (const href of hrefs) expect((await page.request.get(href)).status(), href).toBe(200);

      const calendar = await page.request.get(`/${l.locale}/events.ics`);
      expect(calendar.headers()['content-type']).toBe('text/calendar; charset=utf-8');
      // Long lines are folded (RFC 5545, section 3.1): unfold before reading.
      const ics = (await calendar.text()).replace(/\r\n[ \t]/g, '');
      expect(ics.match(/^BEGIN:VEVENT/gm)).toHaveLength(42);
      expect(ics).toContain(`X-WR-CALNAME:${l.calendarName}`);

      await expectNoAxeViolations(page);
    });

    test('the register and the timeline offer their data with the current filters', async ({ page }) => {
      await page.goto(`/${l.locale}/agreements?partner=chengdu&sort=status&dir=desc`);
      const register = page.getByTestId('download-links');
      await expect(register.getByRole('link', { name: l.csv })).toHaveAttribute(
        'href',
        `/api/v1/agreements.csv?locale=${l.locale}&partner=chengdu&sort=status&dir=desc`,
      );

      await page.goto(`/${l.locale}/events?year=2021&partner=chengdu`);
      const timeline = page.getByTestId('download-links');
      await expect(timeline.getByRole('link', { name: l.csv })).toHaveAttribute('href', `/api/v1/events.csv?locale=${l.locale}&year=2021&partner=chengdu`);
      await expect(timeline.getByRole('link', { name: l.ical })).toHaveAttribute('href', `/${l.locale}/events.ics`);
      await expect(timeline.getByRole('link', { name: l.atom })).toHaveAttribute('href', `/${l.locale}/feed.xml`);
      // Feed readers discover the feed from the page itself; the hreflang links stay.
      await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', new RegExp(`/${l.locale}/feed\\.xml$`));
      await expect(page.locator('link[rel="alternate"][hreflang="kk"]')).toHaveCount(1);

      await page.goto(`/${l.locale}/partners/chengdu`);
      const partnerLink = page.getByTestId('download-links').getByRole('link', { name: l.partnerIcal });
      await expect(partnerLink).toHaveAttribute('href', `/${l.locale}/partners/chengdu/events.ics`);
      const partnerCalendar = await page.request.get(`/${l.locale}/partners/chengdu/events.ics`);
      expect(partnerCalendar.status()).toBe(200);
      expect(await partnerCalendar.text()).toMatch(/^BEGIN:VEVENT/m);
      expect((await page.request.get(`/${l.locale}/partners/atlantis/events.ics`)).status()).toBe(404);
    });

    test("a journalist downloads the projects register with its filter and order, the rows the register shows, and reads a project's JSON-LD", async ({
      page,
    }) => {
      await page.goto(`/${l.locale}/projects?partner=chengdu&sort=title`);
      const shown = await page.locator('[data-project]').getByRole('heading').allTextContents();
      expect(shown).toHaveLength(2);
      const downloading = page.waitForEvent('download');
      await page.getByTestId('download-links').getByRole('link', { name: l.csv }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(new RegExp(`^projects-${l.locale}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
      const text = await readFile((await download.path())!, 'utf8');
      expect(text.charCodeAt(0)).toBe(0xfeff);
      const { data, errors } = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
      expect(errors).toEqual([]);
      // The same projects in the same order and language as the register, each with its page.
      expect(data.map((row) => row.title)).toEqual(shown.map((title) => title.trim()));
      expect(data.every((row) => row.partnerSlugs === 'chengdu' && row.fallbackToRussian === '')).toBe(true);
      expect(data.map((row) => row.slug).sort()).toEqual(['chengdu-partner-exchange-training', 'kazan-zoo-giant-panda-reserve-specialist-exchange']);

      const slug = 'solntse-ke-zhuang-school-exchange';
      await page.goto(`/${l.locale}/projects/${slug}`);
      const node = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<string, unknown>;
      expect(node).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'Project',
        url: new URL(`/${l.locale}/projects/${slug}`, page.url()).toString(),
        foundingDate: '2025-03-17',
        mainEntityOfPage: { inLanguage: l.locale },
        member: [{ '@type': 'School' }, { '@type': 'School' }],
      });
      expect(node).not.toHaveProperty('dissolutionDate');
      expect(node.event).toHaveLength(3);
    });
  });
}
