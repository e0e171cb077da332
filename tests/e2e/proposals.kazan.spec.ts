import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

// Kazan: seed 001 has Xiamen's 2021 initiative, still at that stage, and Qingdao's, signed in 2024.
const KAZAN = [
  {
    locale: 'ru',
    title: 'Партнёрства в подготовке',
    count: '2 партнёрства',
    xiamen: 'Сямынь',
    qingdao: 'Циндао',
    initiative: 'Этап: Инициатива',
    notSigned: 'Ничего ещё не подписано',
    signed: 'Соглашение подписано',
    history: ['2021Инициатива', 'август 2021 г.ПереговорыОнлайн-совещание', '2024Соглашение подписано'],
    agreement: 'Соглашение об установлении побратимских отношений между городом Казанью',
    rationale: 'Обоснование',
    notSpecified: 'не указано',
  },
  {
    locale: 'kk',
    title: 'Дайындалып жатқан серіктестіктер',
    count: '2 серіктестік',
    xiamen: 'Сямынь',
    qingdao: 'Циндао',
    initiative: 'Кезең: Бастама',
    notSigned: 'Әзірге ештеңеге қол қойылған жоқ',
    signed: 'Келісімге қол қойылды',
    history: ['2021Бастама', '2021 ж. тамызКеліссөздерОнлайн-совещание', '2024Келісімге қол қойылды'],
    agreement: 'Қазан қаласы, Татарстан Республикасы',
    rationale: 'Негіздеме',
    notSpecified: 'көрсетілмеген',
  },
  {
    locale: 'en',
    title: 'Partnerships in preparation',
    count: '2 partnerships',
    xiamen: 'Xiamen',
    qingdao: 'Qingdao',
    initiative: 'Stage: Initiative',
    notSigned: 'Nothing has been signed yet',
    signed: 'The agreement has been signed',
    history: ['2021Initiative', 'August 2021NegotiationsОнлайн-совещание', '2024Agreement signed'],
    agreement: 'Agreement on the establishment of twinning relations between the city of Kazan',
    rationale: 'Rationale',
    notSpecified: 'not specified',
  },
] as const;

for (const l of KAZAN) {
  test(`${l.locale}: Xiamen is at the initiative with nothing signed, Qingdao signed with its agreement and partner linked`, async ({ page }) => {
    await page.goto(`/${l.locale}/proposals`);
    await expect(page.getByRole('heading', { level: 1, name: l.title })).toBeVisible();
    await expect(page.getByText(l.count, { exact: true })).toBeVisible();

    const xiamen = page.getByRole('article', { name: l.xiamen });
    await expect(xiamen.getByText(l.initiative)).toBeVisible();
    await expect(xiamen.getByTestId('proposal-signed-state')).toContainText(l.notSigned);
    // The seed says who proposed it, not why.
    await expect(
      xiamen
        .locator('dl > div')
        .filter({ has: page.locator('dt', { hasText: l.rationale }) })
        .locator('dd'),
    ).toHaveText(l.notSpecified);
    await expect(xiamen.getByRole('link')).toHaveCount(0);

    const qingdao = page.getByRole('article', { name: l.qingdao });
    await expect(qingdao.getByTestId('proposal-signed-state')).toContainText(l.signed);
    // The meeting's note is in Russian, marked so on the kk and en pages.
    await expect(qingdao.getByTestId('proposal-history').locator('li')).toHaveText(l.history.map((h) => new RegExp(`^${h}`)));
    const agreement = qingdao.getByRole('link', { name: new RegExp(`^${l.agreement}`) });
    await expect(agreement).toHaveAttribute('href', new RegExp(`^/${l.locale}/agreements/\\d+$`));
    await expect(qingdao.getByRole('link', { name: l.qingdao, exact: true })).toHaveAttribute('href', `/${l.locale}/partners/qingdao`);

    await expectNoAxeViolations(page);
    await agreement.click();
    await expect(page).toHaveURL(new RegExp(`/${l.locale}/agreements/\\d+$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(l.agreement);
  });
}

test('the site navigation leads to the proposals', async ({ page, isMobile }) => {
  await page.goto('/en');
  if (isMobile) await page.getByText('Menu', { exact: true }).click();
  await page.getByRole('navigation', { name: 'Main navigation' }).filter({ visible: true }).getByRole('link', { name: 'Partnerships in preparation' }).click();
  await expect(page).toHaveURL(/\/en\/proposals$/);
  // Marked in the HTML itself, whether the phone menu stayed open (a client navigation) or the page loaded anew (closed).
  await expect(page.locator('a[aria-current="page"]', { hasText: 'Partnerships in preparation' }).first()).toBeAttached();
});
