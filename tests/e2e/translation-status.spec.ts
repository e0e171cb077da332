import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { createStaff, signIn, type Staff } from './staff';

// Issue 18 point 6: once the Russian text changes, the dashboard lists the Kazakh and English
// texts as outdated, in the editor's language, with a link to the record's edit page.
test.describe.configure({ mode: 'serial' });

const run = randomBytes(3).toString('hex');
const NAME = { ru: `Переводоград ${run}`, kk: `Аудармақала ${run}`, en: `Translationville ${run}` };
let editor: Staff;
test.beforeAll(async () => {
  editor = await createStaff('shymkent', 'editor');
});

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const translations = (page: Page) => page.getByRole('region', { name: /Переводы: нет или устарели|Аударма жоқ немесе ескірген/ });

test('a Russian edit makes the kk and en texts outdated on the dashboard, in ru and kk', async ({ page }) => {
  await signIn(page, editor);
  await page.goto('/ru/admin/partners/new');
  await field(page, 'Адрес (slug)').fill(`translation-${run}`);
  await field(page, 'Название (рус.)').fill(NAME.ru);
  await field(page, 'Название (каз.)').fill(NAME.kk);
  await field(page, 'Название (англ.)').fill(NAME.en);
  await field(page, 'Страна').selectOption({ label: 'Казахстан' });
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page).toHaveURL(/\/ru\/admin\/partners\/[0-9a-f-]{36}\?saved=1$/);
  const editPage = new URL(page.url()).pathname;

  await page.goto('/ru/admin');
  await expect(translations(page).getByRole('link', { name: NAME.ru })).toHaveCount(0);

  await page.goto(editPage);
  await field(page, 'Название (рус.)').fill(`${NAME.ru}-на-Степи`);
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('Изменения сохранены');

  await page.goto('/kk/admin');
  const entry = translations(page).getByRole('listitem').filter({ hasText: NAME.kk });
  await expect(entry).toContainText('аудармадан кейін орысша мәтін өзгерді: қазақша, ағылшынша');
  await page.goto('/ru/admin');
  await translations(page)
    .getByRole('link', { name: `${NAME.ru}-на-Степи` })
    .click();
  await expect(page).toHaveURL(new RegExp(`${editPage}$`));
});
