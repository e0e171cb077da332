import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { expect, test, type Page } from '@playwright/test';
import { portals } from '../../playwright.config';
import { expectNoAxeViolations } from './axe';
import { createStaff, signIn } from './staff';

// The Kazan portal: 42 published events to list. What an editor reads in each locale (English puts
// spaces around the range dash).
const LOCALES = [
  {
    locale: 'ru',
    title: 'Мероприятия',
    create: 'Новое мероприятие',
    universiade: 'Казань перенимает опыт проведения Универсиады',
    dates: '2011–2012',
    published: 'Опубликовано',
    partners: 'Партнёры',
    start: 'Начало',
  },
  {
    locale: 'kk',
    title: 'Іс-шаралар',
    create: 'Жаңа іс-шара',
    universiade: 'Қазан Универсиада өткізу тәжірибесін үйренді',
    dates: '2011–2012',
    published: 'Жарияланған',
    partners: 'Серіктестер',
    start: 'Басталуы',
  },
  {
    locale: 'en',
    title: 'Events',
    create: 'New event',
    universiade: 'Kazan learns from the experience of hosting the Universiade',
    dates: /2011\s–\s2012/,
    published: 'Published',
    partners: 'Partners',
    start: 'Start',
  },
] as const;

const kazanDatabase = () => new pg.Client({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${portals.kazan.pgPort}/portal` });
const signInAsEditor = async (page: Page) => signIn(page, await createStaff('kazan', 'editor'));

for (const l of LOCALES) {
  test(`${l.locale}: the events list shows every event with its dates at their precision, partners and status`, async ({ page }) => {
    await signInAsEditor(page);
    await page.goto(`/${l.locale}/admin/events`);
    await expect(page.getByRole('heading', { level: 1, name: l.title })).toBeVisible();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: l.universiade }) });
    await expect(row).toContainText(l.dates);
    await expect(row).toContainText(l.published);
    // Drafts and scheduled ones too: the 42 seeded events, plus any this run's other tests created.
    expect(await page.locator('tbody tr').count()).toBeGreaterThanOrEqual(42);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: l.create, exact: true }).click();
    await expect(page.getByLabel(l.start)).toBeVisible();
    await expect(page.getByRole('group', { name: l.partners })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('an editor creates a draft with two partners in three languages, keeps the input on an error, and previews it', async ({ page }) => {
  await signInAsEditor(page);
  await page.goto('/ru/admin/events/new');
  const slug = `forum-${randomBytes(3).toString('hex')}`;
  await page.getByLabel('Заголовок (рус.)').fill('Форум городов-побратимов');
  await page.getByLabel('Заголовок (каз.)').fill('Бауырлас қалалар форумы');
  await page.getByLabel('Заголовок (англ.)').fill('Sister cities forum');
  await page.getByLabel('Текст (рус.)').fill('Делегации обсудили молодёжные обмены.');
  await page.getByLabel('Адрес (slug)').fill(slug);
  await page.getByLabel('Начало').fill('2025-07-26');
  await page.getByLabel('Окончание').fill('2025-07-20');
  await page.getByLabel('Направление').selectOption('forum');
  await page.getByRole('group', { name: 'Партнёры' }).getByLabel('Циндао').check();
  await page.getByRole('group', { name: 'Партнёры' }).getByLabel('Чэнду').check();
  await page.getByRole('button', { name: 'Сохранить' }).click();

  // Refused with the reason beside the field; everything typed and ticked is still there.
  await expect(page.getByRole('alert').filter({ hasText: 'Проверьте отмеченные поля' })).toContainText('Окончание: Окончание раньше начала.');
  await expect(page.getByLabel('Окончание')).toHaveAccessibleDescription(/Окончание раньше начала\./);
  await expect(page.getByLabel('Заголовок (каз.)')).toHaveValue('Бауырлас қалалар форумы');
  await expect(page.getByRole('group', { name: 'Партнёры' }).getByLabel('Чэнду')).toBeChecked();
  await page.getByLabel('Окончание').fill('2025-07-30');
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await page.waitForURL(/\/ru\/admin\/events\/\d+\?saved=1$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Форум городов-побратимов' })).toBeVisible();

  await page.getByRole('link', { name: 'Предпросмотр' }).click();
  await expect(page.getByTestId('preview-notice')).toHaveText('Предпросмотр — не опубликовано');
  await expect(page.getByRole('heading', { level: 1, name: 'Форум городов-побратимов' })).toBeVisible();
  await expect(page.getByTestId('event-facts')).toContainText('26–30 июля 2025 г.');
  await expect(page.getByTestId('event-facts')).toContainText('Циндао');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expectNoAxeViolations(page);

  // Not public yet.
  expect((await page.request.get(`/ru/events/${slug}`)).status()).toBe(404);
});

test('an event cannot be published while a photo lacks alt texts or a credit: the error names the photo', async ({ page }) => {
  // A photo row as an upload with only a Russian alt text leaves it (the file itself is not needed here).
  const sha = randomBytes(32).toString('hex');
  const name = `undescribed-${sha.slice(0, 6)}.jpg`;
  const client = kazanDatabase();
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO "Media" (id, kind, "mimeType", "byteSize", width, height, sha256, "storageKey", "originalName") VALUES (gen_random_uuid(), 'image', 'image/jpeg', 1000, 1200, 800, $1, $2, $3) RETURNING id`,
      [sha, `${sha.slice(0, 2)}/${sha}.jpg`, name],
    );
    await client.query(`INSERT INTO "MediaTranslation" ("mediaId", locale, alt) VALUES ($1, 'ru', 'Зал форума')`, [rows[0]!.id]);
  } finally {
    await client.end();
  }
  await signInAsEditor(page);
  await page.goto('/ru/admin/events/new');
  await page.getByLabel('Заголовок (рус.)').fill('Форум с фотографией');
  await page.getByLabel('Адрес (slug)').fill(`photo-${sha.slice(0, 6)}`);
  await page.getByLabel('Начало').fill('2025');
  await page.getByLabel('Направление').selectOption('forum');
  await page.getByRole('group', { name: 'Партнёры' }).getByLabel('Циндао').check();
  const photo = page.getByRole('checkbox', { name: name });
  await expect(photo).toHaveAccessibleDescription(/Для публикации не хватает: альт\. текста \(каз\.\), альт\. текста \(англ\.\), автора/);
  await photo.check();
  await page.getByLabel('Статус публикации').selectOption('published');
  await page.getByRole('button', { name: 'Сохранить' }).click();

  const summary = page.getByRole('alert').filter({ hasText: 'Проверьте отмеченные поля' });
  await expect(summary).toContainText(`Фотографии: ${name}: Чтобы опубликовать запись с этим фото`);
  await expect(page.getByRole('checkbox', { name: name })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: name })).toHaveAccessibleDescription(/добавьте в медиатеке альтернативный текст/);
  expect((await page.request.get(`/ru/events/photo-${sha.slice(0, 6)}`)).status()).toBe(404);
});
