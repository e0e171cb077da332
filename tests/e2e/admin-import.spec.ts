import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { expect, test } from '@playwright/test';
import { portals } from '../../playwright.config';
import { expectNoAxeViolations } from './axe';
import { createStaff, signIn } from './staff';

/** Windows-1251 bytes of Cyrillic and ASCII text, as Russian Excel saves "CSV (разделители — точка с запятой)". */
const cp1251 = (text: string) =>
  Buffer.from(
    Uint8Array.from(text, (char) => {
      const code = char.codePointAt(0)!;
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      throw new Error(`no 1251 byte for ${char}`);
    }),
  );

/** Removes what the journey imported, so the demo stays as it was. */
async function deletePartner(slug: string) {
  const client = new pg.Client({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${portals.shymkent.pgPort}/portal` });
  await client.connect();
  try {
    await client.query('DELETE FROM "Partner" WHERE slug = $1', [slug]);
  } finally {
    await client.end();
  }
}

test('an editor checks a Windows-1251 file from Excel, imports it as a draft, and a second import changes nothing (ru)', async ({ page }) => {
  const slug = `e2e-town-${randomBytes(3).toString('hex')}`;
  await signIn(page, await createStaff('shymkent', 'editor'));
  await page.getByRole('link', { name: 'Импорт', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Импорт' })).toBeVisible();
  try {
    await page.getByLabel('Что импортируем').selectOption('partners');
    await page.getByLabel('Файл', { exact: true }).setInputFiles({
      name: 'партнёры.csv',
      mimeType: 'text/csv',
      buffer: cp1251(`slug;name;kind;countryCode\r\n${slug};Новый город;city;KZ\r\nmogilev;;;\r\n`),
    });
    await page.getByRole('button', { name: 'Проверить' }).click();
    await expect(page.getByTestId('import-detected')).toHaveText('Найдено: CSV, кодировка windows-1251, разделитель ;');
    // The second row leaves Mogilev's name blank: the form's rule names the column, and nothing may be imported.
    await expect(page.locator('tr[data-outcome="error"]')).toContainText('name: Обязательное поле.');
    await expect(page.getByRole('button', { name: 'Импортировать' })).toHaveCount(0);

    await page.getByLabel('Файл', { exact: true }).setInputFiles({
      name: 'партнёры.csv',
      mimeType: 'text/csv',
      buffer: cp1251(`slug;name;kind;countryCode\r\n${slug};Новый город;city;KZ\r\n`),
    });
    await page.getByRole('button', { name: 'Проверить' }).click();
    await expect(page.getByRole('main').getByRole('status')).toHaveText(
      'Проверка завершена, ничего не записано. Создать: 1, обновить: 0, без изменений: 0, ошибок: 0.',
    );
    await expect(page.locator('tr[data-outcome="create"]')).toContainText(slug);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Импортировать' }).click();
    await expect(page.getByRole('main').getByRole('status')).toHaveText('Импорт выполнен. Создать: 1, обновить: 0, без изменений: 0, ошибок: 0.');
    // The same file again (kept by the page): unchanged.
    await page.getByRole('button', { name: 'Проверить' }).click();
    await expect(page.locator('tr[data-outcome="unchanged"]')).toContainText(slug);

    await page.goto('/ru/admin/partners');
    await expect(page.locator('tr').filter({ hasText: 'Новый город' })).toContainText('Черновик');
    const template = await page.request.get('/ru/admin/import/template/partners');
    expect(await template.text()).toMatch(/^\uFEFFslug,pageUrl,name,regionName,kind,status,countryCode,/);
  } finally {
    await deletePartner(slug);
  }
});

test('a file naming an unknown partner is refused row by row, in Kazakh, and nothing can be imported (kk)', async ({ page }) => {
  await signIn(page, await createStaff('shymkent', 'editor'), 'kk');
  await page.goto('/kk/admin/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Импорт' })).toBeVisible();
  await page.getByLabel('Не импорттаймыз').selectOption('events');
  await page.getByLabel('Мәтіндер тілі').selectOption('kk');
  await page.getByLabel('Файл', { exact: true }).setInputFiles({
    name: 'events.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('slug,title,category,startDate,partnerSlugs\r\ne2e-forum,Форум,forum,03.2022,atlantis\r\n'),
  });
  await page.getByRole('button', { name: 'Тексеру' }).click();
  await expect(page.getByTestId('import-detected')).toHaveText('Анықталды: CSV, кодтау utf-8, бөлгіш ,');
  await expect(page.locator('tr[data-outcome="error"]')).toContainText('partnerSlugs: Белгісіз серіктес «atlantis».');
  await expect(page.getByRole('main').getByRole('status')).toHaveText(
    'Ештеңе жазылмады: файлдағы қателерді түзетіп, қайта тексеріңіз. Жасау: 0, жаңарту: 0, өзгеріссіз: 0, қате: 1.',
  );
  await expect(page.getByRole('button', { name: 'Импорттау' })).toHaveCount(0);

  await page.getByLabel('Файл', { exact: true }).setInputFiles({ name: 'junk.csv', mimeType: 'text/csv', buffer: Buffer.from([0, 1, 2, 3, 250, 251, 0]) });
  await page.getByRole('button', { name: 'Тексеру' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Файл қабылданбады.' })).toContainText('Бұл CSV немесе XLSX кестесі емес.');
});
