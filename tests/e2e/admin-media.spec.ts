import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { createStaff, signIn } from './staff';

// One locale (ru): the other two are covered by the message catalogue tests; this checks the journey.
const RU = {
  email: 'Электронная почта',
  password: 'Пароль',
  signIn: 'Войти',
  title: 'Медиатека',
  file: 'Файл',
  altRu: 'Альтернативный текст (русский)',
  altKk: 'Альтернативный текст (казахский)',
  altEn: 'Альтернативный текст (английский)',
  credit: 'Автор или источник',
  upload: 'Загрузить',
  uploaded: 'Файл загружен.',
  details: 'Описание и авторство',
  save: 'Сохранить',
  missing: 'Для публикации не хватает: альтернативного текста на казахском, альтернативного текста на английском и автора или источника',
  ready: 'Готово к публикации',
  refused: 'Этот тип файла не принимается.',
};

test('an editor uploads a photo, completes its alt texts and credit, and the file is served resized', async ({ page }) => {
  await signIn(page, await createStaff('shymkent', 'editor'));
  await page.goto('/ru/admin/media');
  await expect(page.getByRole('heading', { level: 1, name: RU.title })).toBeVisible();

  // A different photo in each run, so that no run finds the previous one's file (dedup).
  const name = `e2e-${randomBytes(3).toString('hex')}.jpg`;
  const colour = { r: randomBytes(1)[0]!, g: 90, b: 160 };
  const photo = await sharp({ create: { width: 1800, height: 1200, channels: 3, background: colour } })
    .jpeg()
    .toBuffer();
  await page.getByLabel(RU.file, { exact: true }).setInputFiles({ name, mimeType: 'image/jpeg', buffer: photo });
  await page.getByLabel(RU.altRu, { exact: true }).first().fill('Флаги городов-побратимов');
  await page.getByRole('button', { name: RU.upload }).click();
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: RU.uploaded })).toBeVisible();

  const item = page.getByTestId('media-item').filter({ hasText: name });
  await expect(item.getByText(RU.missing)).toBeVisible();
  const thumbnail = item.locator('img');
  await expect(thumbnail).toHaveAttribute('src', /^\/media\/[0-9a-f]{2}\/[0-9a-f]{64}\.jpg\?w=480$/);
  await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(480);
  const served = await page.request.get((await thumbnail.getAttribute('src'))!);
  expect(served.headers()).toMatchObject({
    'content-type': 'image/webp',
    'x-content-type-options': 'nosniff',
    'cache-control': 'public, max-age=31536000, immutable',
  });

  await item.getByText(RU.details).click();
  await item.getByLabel(RU.altKk, { exact: true }).fill('Бауырлас қалалардың тулары');
  await item.getByLabel(RU.altEn, { exact: true }).fill('Flags of the sister cities');
  await item.getByLabel(RU.credit, { exact: true }).fill('Пресс-служба акимата');
  await item.getByRole('button', { name: RU.save }).click();
  await expect(item.getByText(RU.ready)).toBeVisible();

  await expectNoAxeViolations(page);
});

test('a file that is not an image or PDF is refused, whatever its name', async ({ page }) => {
  await signIn(page, await createStaff('shymkent', 'editor'));
  await page.goto('/ru/admin/media');
  await page.getByLabel(RU.file, { exact: true }).setInputFiles({
    name: 'photo.jpg',
    mimeType: 'image/jpeg',
    buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  });
  await page.getByRole('button', { name: RU.upload }).click();
  await expect(page.getByText(RU.refused).first()).toBeVisible();
  await expect(page.getByLabel(RU.file, { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
});
