import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { expect, test } from '@playwright/test';

// The journalist: finds the Chengdu memorandum in Kazan's register, opens its permalink,
// copies the citation, and downloads the register, in each language.
const JOURNALIST = [
  {
    locale: 'ru',
    partnerFilter: 'Партнёр',
    chengdu: 'Чэнду',
    apply: 'Показать',
    title: 'Меморандум об установлении дружественного сотрудничества',
    copy: 'Скопировать ссылку для цитирования',
    copied: 'Скопировано',
    accessed: 'дата обращения',
    download: 'Скачать CSV',
  },
  {
    locale: 'kk',
    partnerFilter: 'Серіктес',
    chengdu: 'Чэнду',
    apply: 'Көрсету',
    title: 'Достық ынтымақтастық орнату туралы меморандум',
    copy: 'Сілтемені көшіру',
    copied: 'Көшірілді',
    accessed: 'қаралған күні',
    download: 'CSV жүктеп алу',
  },
  {
    locale: 'en',
    partnerFilter: 'Partner',
    chengdu: 'Chengdu',
    apply: 'Show',
    title: 'Memorandum on the establishment of friendly cooperation',
    copy: 'Copy citation',
    copied: 'Copied',
    accessed: 'Retrieved',
    download: 'Download CSV',
  },
] as const;

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

for (const j of JOURNALIST) {
  test(`${j.locale}: a journalist finds the Chengdu memorandum, cites its permalink and downloads the register`, async ({ page }) => {
    await page.goto(`/${j.locale}/agreements`);
    await page.getByLabel(j.partnerFilter, { exact: true }).selectOption({ label: j.chengdu });
    await page.getByRole('button', { name: j.apply }).click();
    await expect(page).toHaveURL(/partner=chengdu/);
    await expect(page.locator('tbody tr')).toHaveCount(1);

    // The register's download carries the filter: one row, the memorandum, dated by its year.
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: j.download }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(new RegExp(`^agreements-${j.locale}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const text = await readFile((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff); // the BOM that makes Excel read Cyrillic and Kazakh letters
    const { data, errors } = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(errors).toEqual([]);
    expect(data).toHaveLength(1);
    expect(data[0]).toMatchObject({ partnerSlug: 'chengdu', title: j.title, signedDate: '2015', signedPrecision: 'year' });

    await page.locator('tbody tr').getByRole('link', { name: j.title }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(j.title);
    const permalink = page.url();
    expect(permalink).toMatch(new RegExp(`/${j.locale}/agreements/\\d+$`));
    expect(data[0]?.permalink).toBe(permalink);

    await page.getByRole('button', { name: j.copy }).click();
    await expect(page.getByRole('main').getByRole('status').filter({ hasText: j.copied })).toBeVisible();
    const citation = await page.evaluate(() => navigator.clipboard.readText());
    expect(citation).toContain(j.title);
    expect(citation).toContain(permalink);
    expect(citation).toContain(j.accessed);
    expect(citation).toContain('2015');
  });
}
