import { expect, test } from '@playwright/test';
import { portals } from '../../playwright.config';
import { expectNoAxeViolations } from './axe';

// A resident of Kazan looks for the school exchanges of seed 001 in the projects register, narrows
// it to education with Shenzhen (a plain GET form, so it works without script), opens the SOlNTsE–
// Ke Zhuang exchange and follows it to its events and the agreement it implements.
const L = [
  {
    locale: 'ru',
    title: 'Совместные проекты',
    all: '4 проекта',
    one: '1 проект',
    labels: { theme: 'Направление', partner: 'Партнёр', apply: 'Показать' },
    project: 'Обмен школы «СОлНЦе» (Казань) и школы имени Ке Чжуан (Шэньчжэнь)',
    searchWord: 'Чжуан',
    start: '17 марта 2025 г.',
    notSpecified: 'не указано',
    visit: 'Визит делегации школы «СОлНЦе» в школу Кэ Чжуан',
    agreement: 'Меморандум об установлении отношений городов-побратимов, укреплении дружественных контактов и сотрудничества',
    underAgreement: 'Проекты в рамках этого соглашения',
    partnerProjects: 'Совместные проекты',
    empty: 'Совместные проекты пока не опубликованы.',
    active: '0 активных совместных проектов на',
  },
  {
    locale: 'kk',
    title: 'Бірлескен жобалар',
    all: '4 жоба',
    one: '1 жоба',
    labels: { theme: 'Бағыт', partner: 'Серіктес', apply: 'Көрсету' },
    project: '«СОлНЦе» (Қазан) мен Ке Чжуан атындағы (Шэньчжэнь) мектептердің алмасуы',
    searchWord: 'мектептердин', // ң typed as н
    start: '2025 ж. 17 наурыз',
    notSpecified: 'көрсетілмеген',
    visit: '«СОлНЦе» мектебі делегациясының Кэ Чжуан мектебіне сапары',
    agreement: 'Бауырлас қалалар қатынастарын орнату, достық байланыстар мен ынтымақтастықты нығайту туралы меморандум',
    underAgreement: 'Осы келісім аясындағы жобалар',
    partnerProjects: 'Бірлескен жобалар',
    empty: 'Бірлескен жобалар әзірге жарияланған жоқ.',
    active: 'күнгі белсенді бірлескен жобалар: 0',
  },
  {
    locale: 'en',
    title: 'Joint projects',
    all: '4 projects',
    one: '1 project',
    labels: { theme: 'Theme', partner: 'Partner', apply: 'Show' },
    project: 'SOlNTsE school (Kazan) and Ke Zhuang school (Shenzhen) exchange',
    searchWord: 'Zhuang',
    start: '17 March 2025',
    notSpecified: 'not specified',
    visit: 'SOlNTsE school delegation visits the Ke Zhuang school',
    agreement: 'Memorandum on establishing twin-city relations and strengthening friendly contacts and cooperation',
    underAgreement: 'Projects under this agreement',
    partnerProjects: 'Joint projects',
    empty: 'No joint projects have been published yet.',
    active: '0 active joint projects as of',
  },
] as const;

const EXCHANGE = 'solntse-ke-zhuang-school-exchange';

for (const l of L) {
  test.describe(`in ${l.locale}`, () => {
    test('a resident filters projects by theme and partner, opens one, and sees its events and agreement', async ({ page }) => {
      await page.goto(`/${l.locale}/projects`);
      await expect(page.getByRole('heading', { level: 1, name: l.title })).toBeVisible();
      await expect(page.getByTestId('projects-count')).toHaveText(l.all);
      await expectNoAxeViolations(page);

      await page.getByLabel(l.labels.theme).selectOption('education');
      await page.getByLabel(l.labels.partner).selectOption('shenzhen');
      await page.getByRole('button', { name: l.labels.apply }).click();
      await expect(page).toHaveURL(/theme=education/);
      await expect(page).toHaveURL(/partner=shenzhen/);
      await expect(page.getByTestId('projects-count')).toHaveText(l.one);
      await expect(page.locator('[data-project]')).toHaveCount(1);

      await page.getByRole('link', { name: l.project }).click();
      await expect(page).toHaveURL(new RegExp(`/${l.locale}/projects/${EXCHANGE}$`));
      await expect(page.getByRole('heading', { level: 1, name: l.project })).toBeVisible();
      const facts = page.getByTestId('project-facts');
      await expect(facts).toContainText(l.start);
      await expect(facts).toContainText(l.notSpecified); // the seed gives no status and no end
      await expect(page.getByTestId('project-events').locator('[data-event]')).toHaveCount(3);
      await expect(page.getByTestId('project-events')).toContainText(l.visit);
      await expectNoAxeViolations(page);

      await page.getByTestId('project-agreements').getByRole('link', { name: l.agreement }).click();
      await expect(page.getByRole('heading', { level: 2, name: l.underAgreement })).toBeVisible();
      await expect(page.getByTestId('related-projects').getByRole('link', { name: l.project })).toBeVisible();
    });

    test('site search finds a project by a word of its title and opens it', async ({ page }) => {
      await page.goto(`/${l.locale}/search?q=${encodeURIComponent(l.searchWord)}`);
      const result = page.locator('#results-projects').locator('..').getByRole('link', { name: l.project });
      await expect(result).toBeVisible();
      await expectNoAxeViolations(page);
      await result.click();
      await expect(page).toHaveURL(new RegExp(`/${l.locale}/projects/${EXCHANGE}$`));
    });

    test('partner profiles list their projects only when they have some, and the home page counts active ones as of today', async ({ page }) => {
      await page.goto(`/${l.locale}/partners/shenzhen`);
      await expect(page.getByRole('heading', { level: 2, name: l.partnerProjects })).toBeVisible();
      await page.goto(`/${l.locale}/partners/shumen-province`);
      await expect(page.getByTestId('related-projects')).toHaveCount(0);
      await page.goto(`/${l.locale}`);
      // No project of seed 001 has a status the seed states, so none is counted as active.
      await expect(page.getByTestId('active-projects')).toContainText(l.active);
      await expect(page.getByTestId('active-projects')).toContainText(String(new Date().getUTCFullYear()));
    });

    test('Shymkent, whose seed has no projects, says so; an unknown project is a 404', async ({ page }) => {
      await page.goto(`http://localhost:${portals.shymkent.port}/${l.locale}/projects`);
      await expect(page.getByTestId('projects-empty')).toContainText(l.empty);
      await expectNoAxeViolations(page);
      const response = await page.goto(`/${l.locale}/projects/no-such-project`);
      expect(response?.status()).toBe(404);
    });
  });
}

test('the projects and proposals pages name the feed of projects and proposals, which feed readers and other sites may load', async ({ page, request }) => {
  for (const path of ['/en/projects', '/en/proposals']) {
    await page.goto(path);
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', /\/en\/cooperation\.xml$/);
  }
  const response = await request.get('/en/cooperation.xml');
  expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  expect(response.headers()['cross-origin-resource-policy']).toBe('cross-origin');
  const xml = await response.text();
  expect(xml).toContain(`/en/projects/${EXCHANGE}`);
  expect(xml).toContain('Partnership in preparation: Xiamen');
});
