import { randomBytes } from 'node:crypto';
import pg from 'pg';
import sharp from 'sharp';
import { hashPassword } from 'better-auth/crypto';
import { expect, test, type Page } from '@playwright/test';
import { portals } from '../../playwright.config';
import { expectNoAxeViolations } from './axe';

// One locale (ru): the other two are covered by the message catalogue tests; this checks the journey.
const RU = {
  email: 'Электронная почта', password: 'Пароль', signIn: 'Войти',
  title: 'Медиатека', file: 'Файл', altRu: 'Альтернативный текст (русский)', altKk: 'Альтернативный текст (казахский)', altEn: 'Альтернативный текст (английский)',
  credit: 'Автор или источник', upload: 'Загрузить', uploaded: 'Файл загружен.', details: 'Описание и авторство', save: 'Сохранить',
  missing: 'Для публикации не хватает: альтернативного текста на казахском, альтернативного текста на английском и автора или источника',
  ready: 'Готово к публикации', refused: 'Этот тип файла не принимается.',
};
const PASSWORD = 'media e2e password 42';

/** An editor in the Shymkent test portal's database, made the way an admin's invite would leave it. */
async function createEditor(): Promise<string> {
  const email = `media-${randomBytes(4).toString('hex')}@example.org`;
  const client = new pg.Client({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${portals.shymkent.pgPort}/portal` });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO "User" (id, email, name, role, "emailVerified", "updatedAt") VALUES (gen_random_uuid(), $1, 'Media Editor', 'editor', true, now()) RETURNING id`,
      [email],
    );
    await client.query(`INSERT INTO "Account" (id, "userId", "providerId", "accountId", "passwordHash", "updatedAt") VALUES (gen_random_uuid(), $1, 'credential', $2, $3, now())`, [rows[0]!.id, rows[0]!.id, await hashPassword(PASSWORD)]);
  } finally {
    await client.end();
  }
  return email;
}

async function signIn(page: Page, email: string) {
  await page.goto('/ru/admin/sign-in');
  await page.getByLabel(RU.email).fill(email);
  await page.getByLabel(RU.password).fill(PASSWORD);
  await page.getByRole('button', { name: RU.signIn }).click();
  await page.waitForURL(/\/ru\/admin$/);
}

test('an editor uploads a photo, completes its alt texts and credit, and the file is served resized', async ({ page }) => {
  await signIn(page, await createEditor());
  await page.goto('/ru/admin/media');
  await expect(page.getByRole('heading', { level: 1, name: RU.title })).toBeVisible();

  // A different photo in each run, so that no run finds the previous one's file (dedup).
  const name = `e2e-${randomBytes(3).toString('hex')}.jpg`;
  const colour = { r: randomBytes(1)[0]!, g: 90, b: 160 };
  const photo = await sharp({ create: { width: 1800, height: 1200, channels: 3, background: colour } }).jpeg().toBuffer();
  await page.getByLabel(RU.file, { exact: true }).setInputFiles({ name, mimeType: 'image/jpeg', buffer: photo });
  await page.getByLabel(RU.altRu, { exact: true }).first().fill('Флаги городов-побратимов');
  await page.getByRole('button', { name: RU.upload }).click();
  await expect(page.getByRole('status').filter({ hasText: RU.uploaded })).toBeVisible();

  const item = page.getByTestId('media-item').filter({ hasText: name });
  await expect(item.getByText(RU.missing)).toBeVisible();
  const thumbnail = item.locator('img');
  await expect(thumbnail).toHaveAttribute('src', /^\/media\/[0-9a-f]{2}\/[0-9a-f]{64}\.jpg\?w=480$/);
  await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(480);
  const served = await page.request.get((await thumbnail.getAttribute('src'))!);
  expect(served.headers()).toMatchObject({ 'content-type': 'image/webp', 'x-content-type-options': 'nosniff', 'cache-control': 'public, max-age=31536000, immutable' });

  await item.getByText(RU.details).click();
  await item.getByLabel(RU.altKk, { exact: true }).fill('Бауырлас қалалардың тулары');
  await item.getByLabel(RU.altEn, { exact: true }).fill('Flags of the sister cities');
  await item.getByLabel(RU.credit, { exact: true }).fill('Пресс-служба акимата');
  await item.getByRole('button', { name: RU.save }).click();
  await expect(item.getByText(RU.ready)).toBeVisible();

  await expectNoAxeViolations(page);
});

test('a file that is not an image or PDF is refused, whatever its name', async ({ page }) => {
  await signIn(page, await createEditor());
  await page.goto('/ru/admin/media');
  await page.getByLabel(RU.file, { exact: true }).setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>') });
  await page.getByRole('button', { name: RU.upload }).click();
  await expect(page.getByText(RU.refused).first()).toBeVisible();
  await expect(page.getByLabel(RU.file, { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
});
