import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

// Kazan's 42 dated events (seed 001). Dates as a resident reads them, at the source's precision:
// a day range, a month, a bare year, a range of years.
const L = [
  {
    locale: 'ru',
    title: 'Совместные мероприятия',
    total: '42 мероприятия',
    pageOf: 'страница 1 из 3',
    festival: { title: 'Международный молодежный музыкальный фестиваль городов-побратимов в Чэнду', date: '26–30 июля 2025 г.' },
    olympiad: { title: 'Казанская школьница — победительница 58-й Международной Менделеевской олимпиады по химии', date: 'апрель 2024 г.' },
    greeting: { title: 'Видеопоздравление с Праздником весны от казанских школьников', date: '2024' },
    universiade: { title: 'Казань перенимает опыт проведения Универсиады', date: '2011–2012' },
    chengdu: 'Чэнду',
    eskisehir: 'Эскишехир',
    education: 'Образование',
    culture: 'Культура',
    counts: { year2021: '6 мероприятий', chengdu2021: '3 мероприятия', education: '13 мероприятий', eskisehir: '9 мероприятий' },
    labels: { year: 'Год', partner: 'Партнёр', category: 'Направление', apply: 'Показать', next: 'Следующая', pages: 'Страницы списка' },
    empty: 'Нет мероприятий, которые подходят под выбранные условия.',
    showAll: 'Показать все мероприятия',
    notSpecified: 'не указано',
    latest: 'Последние мероприятия',
    noUpcoming: 'О предстоящих совместных мероприятиях пока не объявлено.',
  },
  {
    locale: 'kk',
    title: 'Бірлескен іс-шаралар',
    total: '42 іс-шара',
    pageOf: '3 беттің 1-беті',
    festival: { title: 'Чэндудағы бауырлас қалалардың халықаралық жастар музыкалық фестивалі', date: '2025 ж. 26–30 шілде' },
    olympiad: { title: 'Қазан оқушысы — химиядан 58-ші Халықаралық Менделеев олимпиадасының жеңімпазы', date: '2024 ж. сәуір' },
    greeting: { title: 'Қазан оқушыларының Көктем мерекесімен бейнеқұттықтауы', date: '2024' },
    universiade: { title: 'Қазан Универсиада өткізу тәжірибесін үйренді', date: '2011–2012' },
    chengdu: 'Чэнду',
    eskisehir: 'Ескішехир',
    education: 'Білім',
    culture: 'Мәдениет',
    counts: { year2021: '6 іс-шара', chengdu2021: '3 іс-шара', education: '13 іс-шара', eskisehir: '9 іс-шара' },
    labels: { year: 'Жыл', partner: 'Серіктес', category: 'Бағыты', apply: 'Көрсету', next: 'Келесі', pages: 'Тізім беттері' },
    empty: 'Таңдалған шарттарға сәйкес келетін іс-шара табылмады.',
    showAll: 'Барлық іс-шараларды көрсету',
    notSpecified: 'көрсетілмеген',
    latest: 'Соңғы іс-шаралар',
    noUpcoming: 'Алдағы бірлескен іс-шаралар туралы әзірге хабарланған жоқ.',
  },
  {
    locale: 'en',
    title: 'Joint events',
    total: '42 events',
    pageOf: 'page 1 of 3',
    festival: { title: 'International Youth Music Festival of Twin Cities in Chengdu', date: '26 – 30 July 2025' },
    olympiad: { title: 'Kazan pupil among the winners of the 58th International Mendeleev Chemistry Olympiad', date: 'April 2024' },
    greeting: { title: 'Spring Festival video greeting from Kazan pupils', date: '2024' },
    universiade: { title: 'Kazan learns from the experience of hosting the Universiade', date: '2011 – 2012' },
    chengdu: 'Chengdu',
    eskisehir: 'Eskişehir',
    education: 'Education',
    culture: 'Culture',
    counts: { year2021: '6 events', chengdu2021: '3 events', education: '13 events', eskisehir: '9 events' },
    labels: { year: 'Year', partner: 'Partner', category: 'Category', apply: 'Show', next: 'Next', pages: 'Pages of the list' },
    empty: 'No events match the selected filters.',
    showAll: 'Show all events',
    notSpecified: 'not specified',
    latest: 'Latest events',
    noUpcoming: 'No upcoming joint events have been announced yet.',
  },
] as const;

const FESTIVAL = '2025-07-26-twin-cities-youth-music-festival';
const items = (page: Page) => page.getByTestId('events-timeline').locator('[data-event]');
const item = (page: Page, slug: string) => page.locator(`[data-event="${slug}"]`);
const yearHeadings = (page: Page) => page.getByTestId('events-timeline').getByRole('heading', { level: 2 });

for (const l of L) {
  test.describe(`in ${l.locale}`, () => {
    test('the timeline shows the newest events first, by year, with dates at their precision', async ({ page }) => {
      await page.goto(`/${l.locale}/events`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.title);
      await expect(page.getByTestId('events-count')).toHaveText(`${l.total} · ${l.pageOf}`);
      await expect(items(page)).toHaveCount(20);
      await expect(yearHeadings(page).first()).toHaveText('2025');
      await expect(items(page).first()).toHaveAttribute('data-event', FESTIVAL);
      for (const e of [l.festival, l.olympiad, l.greeting]) {
        const found = items(page).filter({ has: page.getByRole('heading', { name: e.title }) });
        await expect(found.locator('time')).toHaveText(e.date);
      }
      await expect(item(page, FESTIVAL).getByRole('link', { name: l.chengdu, exact: true })).toHaveAttribute('href', `/${l.locale}/partners/chengdu`);
    });

    test('filters by year, partner and category narrow the list, and say so when nothing matches', async ({ page }) => {
      await page.goto(`/${l.locale}/events`);
      await page.getByLabel(l.labels.year).selectOption('2021');
      await page.getByRole('button', { name: l.labels.apply }).click();
      await expect(page).toHaveURL(/[?&]year=2021/);
      await expect(page.getByTestId('events-count')).toHaveText(l.counts.year2021);
      await expect(items(page)).toHaveCount(6);
      await expect(yearHeadings(page)).toHaveText(['2021']);

      // The form keeps the year, so adding a partner narrows further.
      await page.getByLabel(l.labels.partner).selectOption({ label: l.chengdu });
      await page.getByRole('button', { name: l.labels.apply }).click();
      await expect(page).toHaveURL(/partner=chengdu/);
      await expect(page.getByTestId('events-count')).toHaveText(l.counts.chengdu2021);
      await expect(items(page)).toHaveCount(3);

      await page.goto(`/${l.locale}/events`);
      await page.getByLabel(l.labels.category).selectOption({ label: l.education });
      await page.getByRole('button', { name: l.labels.apply }).click();
      await expect(page.getByTestId('events-count')).toContainText(l.counts.education);
      await expect(items(page)).toHaveCount(13);

      await page.goto(`/${l.locale}/events?partner=eskisehir`);
      await expect(page.getByTestId('events-count')).toHaveText(l.counts.eskisehir);
      await expect(page.getByLabel(l.labels.partner)).toHaveValue('eskisehir');

      // 2011 has only a sports event: with "culture" nothing is left, and the page says so.
      await page.goto(`/${l.locale}/events?year=2011&category=culture`);
      await expect(page.getByTestId('events-empty')).toContainText(l.empty);
      await page.getByRole('link', { name: l.showAll }).click();
      await expect(items(page)).toHaveCount(20);

      // Malformed values are ignored rather than failing.
      const response = await page.goto(`/${l.locale}/events?year=abc&category=party&partner=%3Cb%3E`);
      expect(response?.status()).toBe(200);
      await expect(page.getByTestId('events-count')).toContainText(l.total);
    });

    test('pagination moves to the next pages, keeping the order', async ({ page }) => {
      await page.goto(`/${l.locale}/events`);
      const pager = page.getByRole('navigation', { name: l.labels.pages });
      await expect(pager.getByRole('link', { name: '1' })).toHaveAttribute('aria-current', 'page');
      await pager.getByRole('link', { name: l.labels.next }).click();
      await expect(page).toHaveURL(/[?&]page=2$/);
      await expect(pager.getByRole('link', { name: '2' })).toHaveAttribute('aria-current', 'page');
      await expect(items(page)).toHaveCount(20);
      await expect(items(page).first()).toHaveAttribute('data-event', '2022-children-choral-singing-week');
      await expect(pager.getByRole('link', { name: l.labels.next })).toHaveAttribute('rel', 'next');

      await pager.getByRole('link', { name: '3' }).click();
      await expect(items(page)).toHaveCount(2);
      const universiade = items(page).filter({ has: page.getByRole('heading', { name: l.universiade.title }) });
      await expect(universiade.locator('time')).toHaveText(l.universiade.date);
      await expect(yearHeadings(page).last()).toHaveText('2011');
    });

    test('an event page shows its dates, partners and place', async ({ page }) => {
      await page.goto(`/${l.locale}/events`);
      await page.getByRole('link', { name: l.festival.title }).click();
      await expect(page).toHaveURL(new RegExp(`/${l.locale}/events/${FESTIVAL}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.festival.title);
      const facts = page.getByTestId('event-facts');
      await expect(facts).toContainText(l.festival.date);
      await expect(facts).toContainText(l.culture);
      await expect(facts).toContainText(l.notSpecified); // the source gives no format
      const sourceTitle = page.getByTestId('event-sources').getByText('Зарубежные города-побратимы и партнеры', { exact: true });
      // The Russian title is quoted as published: a Kazakh or English page marks its language.
      if (l.locale === 'ru') await expect(sourceTitle).not.toHaveAttribute('lang');
      else await expect(sourceTitle).toHaveAttribute('lang', 'ru');
      await facts.getByRole('link', { name: l.chengdu }).click();
      await expect(page).toHaveURL(new RegExp(`/${l.locale}/partners/chengdu$`));
    });

    test("a partner's profile links its events to their pages", async ({ page }) => {
      await page.goto(`/${l.locale}/partners/eskisehir`);
      await page.getByTestId('timeline').getByRole('link').first().click();
      await expect(page).toHaveURL(new RegExp(`/${l.locale}/events/2025-02-06-eskisehir-delegation-kazanysh-forum$`));
      await expect(page.getByTestId('event-facts').getByRole('link', { name: l.eskisehir })).toBeVisible();
      // Kazan's longest history (Chengdu, 21 events) is listed whole; only a longer one ends in a link to the timeline.
      await page.goto(`/${l.locale}/partners/chengdu`);
      await expect(page.getByTestId('timeline').getByRole('link')).toHaveCount(21);
      await expect(page.getByTestId('all-partner-events')).toHaveCount(0);
    });

    test('the home page shows the latest events and says none are announced', async ({ page }) => {
      await page.goto(`/${l.locale}`);
      const highlights = page.getByTestId('event-highlights');
      await expect(highlights.getByRole('heading', { name: l.latest })).toBeVisible();
      await expect(page.getByTestId('latest-events').getByRole('listitem')).toHaveCount(3);
      await expect(page.getByTestId('latest-events').getByRole('listitem').first()).toContainText(l.festival.date);
      await expect(highlights.getByText(l.noUpcoming)).toBeVisible();
    });

    test('the timeline and an event page pass an axe accessibility scan', async ({ page }) => {
      await page.goto(`/${l.locale}/events?page=2`);
      await expect(items(page).first()).toBeVisible();
      await expectNoAxeViolations(page);
      await page.goto(`/${l.locale}/events/2023-09-07-united-cities-forum-rostki`);
      await expect(page.getByTestId('event-facts')).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}

test('a page past the end of the timeline, or an unknown event, is not found', async ({ page }) => {
  // Next.js answers a page's own notFound() with 200 under Cache Components: the not-found page, marked noindex.
  await page.goto('/en/events?page=9');
  await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute('content', /noindex/);
  await expect(page.getByTestId('events-timeline')).toHaveCount(0);
  await page.goto('/en/events?year=2013&page=2');
  await expect(page.getByTestId('events-timeline')).toHaveCount(0);
  await page.goto('/en/events?page=3');
  await expect(page).toHaveTitle(/^Joint events, page 3/);
  expect((await page.goto('/en/events/no-such-event'))?.status()).toBe(404);
  await expect(page.getByTestId('event-facts')).toHaveCount(0);
});
