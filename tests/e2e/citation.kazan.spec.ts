import { randomBytes } from 'node:crypto';
import pg from 'pg';
import jsonld from 'jsonld';
import { expect, test, type Page } from '@playwright/test';
import { portals } from '../../playwright.config';
import { expectNoAxeViolations } from './axe';
import { createStaff, signIn } from './staff';

// A journalist on the Kazan Chengdu memorandum (seed: signed 2015, no status, no published text).
const KAZAN = [
  {
    locale: 'ru',
    title: 'Меморандум об установлении дружественного сотрудничества',
    type: 'меморандум о дружественном сотрудничестве',
    home: 'Казань',
    site: 'Города-побратимы',
    copy: 'Скопировать ссылку для цитирования',
    copyLink: 'Скопировать адрес',
    copied: 'Скопировано',
    noDocument: 'Текст документа не опубликован.',
    history: 'История изменений',
    noChanges: 'С момента публикации сведения не менялись.',
    note: 'Примечание (английский)',
    documentAdded: 'Добавлен документ',
  },
  {
    locale: 'kk',
    title: 'Достық ынтымақтастық орнату туралы меморандум',
    type: 'достық ынтымақтастық туралы меморандум',
    home: 'Қазан',
    site: 'Бауырлас қалалар',
    copy: 'Сілтемені көшіру',
    copyLink: 'Мекенжайды көшіру',
    copied: 'Көшірілді',
    noDocument: 'Құжат мәтіні жарияланбаған.',
    history: 'Өзгерістер тарихы',
    noChanges: 'Жарияланғаннан бері мәліметтер өзгермеген.',
    note: 'Ескертпе (ағылшын тілі)',
    documentAdded: 'Құжат қосылды',
  },
  {
    locale: 'en',
    title: 'Memorandum on the establishment of friendly cooperation',
    type: 'Memorandum of friendly cooperation',
    home: 'Kazan',
    site: 'Sister cities',
    copy: 'Copy citation',
    copyLink: 'Copy link',
    copied: 'Copied',
    noDocument: 'The text of the document has not been published.',
    history: 'Change history',
    noChanges: 'No changes to the facts since publication.',
    note: 'Note (English)',
    documentAdded: 'Document added',
  },
] as const;

const origin = `http://localhost:${portals.kazan.port}`;
const database = () => new pg.Client({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${portals.kazan.pgPort}/portal` });
async function query<Row extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<Row[]> {
  const client = database();
  await client.connect();
  try {
    return (await client.query<Row>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

let chengdu: number;
test.beforeAll(async () => {
  const [row] = await query<{ id: number }>(
    `SELECT a.id FROM "Agreement" a JOIN "Partner" p ON p.id = a."partnerId" WHERE p.slug = 'chengdu' AND a."deletedAt" IS NULL ORDER BY a.id LIMIT 1`,
  );
  chengdu = row!.id;
});

/** Today as the server writes it in a citation (the day in UTC). */
const today = new Date();
const dotted = [today.getUTCDate(), today.getUTCMonth() + 1].map((n) => String(n).padStart(2, '0')).join('.') + `.${today.getUTCFullYear()}`;
const retrieved = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(today);

function expectedCitation(l: (typeof KAZAN)[number], url: string) {
  if (l.locale === 'en') return `${l.home}. (2015). ${l.title} [${l.type}]. ${l.site}. Retrieved ${retrieved}, from ${url}`;
  const accessed = l.locale === 'ru' ? 'дата обращения' : 'қаралған күні';
  return `${l.title} : ${l.type} / ${l.home}. — 2015 // ${l.site}. — URL: ${url} (${accessed}: ${dotted}).`;
}

/** The page's JSON-LD, expanded by an independent JSON-LD processor with schema.org's vocabulary served locally. */
async function expandedJsonLd(page: Page) {
  const raw = await page.locator('script[type="application/ld+json"]').textContent();
  const documentLoader = async (url: string) => {
    if (!url.startsWith('https://schema.org')) throw new Error(`no network: ${url}`);
    return { contextUrl: undefined, documentUrl: url, document: { '@context': { '@vocab': 'https://schema.org/' } } };
  };
  const [node] = (await jsonld.expand(JSON.parse(raw!), { documentLoader })) as Record<string, unknown>[];
  return node!;
}
const S = 'https://schema.org/';
const values = (node: Record<string, unknown>, property: string) =>
  ((node[S + property] ?? []) as Record<string, unknown>[]).map((v) => v['@value'] ?? v['@id']);
const types = (node: Record<string, unknown>) => node['@type'];
/** The language of the page the node is on, where its texts are written. */
const pageLanguage = (node: Record<string, unknown>) => values((node[S + 'mainEntityOfPage'] as Record<string, unknown>[])[0]!, 'inLanguage');

test.describe('citing the Chengdu memorandum', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  for (const l of KAZAN) {
    test(`${l.locale}: a ready citation with the permalink and today's date, copied on request`, async ({ page }) => {
      const url = `${origin}/${l.locale}/agreements/${chengdu}`;
      await page.goto(`/${l.locale}/agreements/${chengdu}`);
      const cite = page.getByTestId('citation');
      await expect(cite.getByTestId('citation-text')).toHaveText(expectedCitation(l, url));
      await expect(cite.getByTestId('permalink-url')).toHaveText(url);

      await cite.getByRole('button', { name: l.copy }).click();
      await expect(cite.getByRole('status').first()).toHaveText(l.copied);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expectedCitation(l, url));
      await cite.getByRole('button', { name: l.copyLink }).click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

      // The demo publishes no scan of this memorandum: its place says so instead of a checksum.
      await expect(page.getByTestId('agreement-document')).toHaveCount(0);
      await expect(page.locator('main')).toContainText(l.noDocument);
      await expect(page.getByRole('heading', { level: 2, name: l.history })).toBeVisible();
      await expect(page.getByTestId('change-history')).toContainText(l.noChanges);

      await expect(page.locator('meta[property="og:image"]')).toHaveCount(1);
      const image = await page.locator('meta[property="og:image"]').getAttribute('content');
      expect(image).toMatch(new RegExp(`/${l.locale}/agreements/${chengdu}/opengraph-image`));
      const response = await page.request.get(image!);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');

      const node = await expandedJsonLd(page);
      expect(types(node)).toEqual([`${S}Legislation`]);
      expect(values(node, 'name')).toEqual([l.title]);
      expect(values(node, 'legislationDate')).toEqual(['2015']);
      expect(values(node, 'url')).toEqual([url]);
      expect(pageLanguage(node)).toEqual([l.locale]);
      // No status in the source: no legal force is claimed.
      expect(node[`${S}legislationLegalForce`]).toBeUndefined();
      const parties = node[`${S}spatialCoverage`] as Record<string, unknown>[];
      expect(parties.map((p) => values(p, 'name')[0])).toContain(l.home);
      expect(parties.every((p) => (types(p) as string[])[0] === `${S}City`)).toBe(true);
      await expectNoAxeViolations(page);
    });
  }

  test('the event and partner pages describe themselves as Event and City, with their own share images', async ({ page }) => {
    const [event] = await query<{ slug: string }>(
      `SELECT slug FROM "Event" WHERE "publicationStatus" = 'published' AND "deletedAt" IS NULL ORDER BY "startDate" DESC LIMIT 1`,
    );
    await page.goto(`/en/events/${event!.slug}`);
    const happening = await expandedJsonLd(page);
    expect(types(happening)).toEqual([`${S}Event`]);
    expect(values(happening, 'startDate')[0]).toMatch(/^\d{4}(-\d{2}){0,2}$/);
    expect(values(happening, 'url')).toEqual([`${origin}/en/events/${event!.slug}`]);
    expect(pageLanguage(happening)).toEqual(['en']);
    await expect(page.locator('meta[property="og:image"]')).toHaveCount(1);
    const eventImage = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(eventImage).toContain(`/en/events/${event!.slug}/opengraph-image`);
    expect((await page.request.get(eventImage!)).headers()['content-type']).toBe('image/png');

    await page.goto('/kk/partners/chengdu');
    const place = await expandedJsonLd(page);
    expect(types(place)).toEqual([`${S}City`]);
    expect(values(place, 'name')).toEqual(['Чэнду']);
    expect(pageLanguage(place)).toEqual(['kk']);
    // Chengdu lies in Sichuan, which lies in China.
    const region = (place[`${S}containedInPlace`] as Record<string, unknown>[])[0]!;
    expect(types(region)).toEqual([`${S}AdministrativeArea`]);
    expect(types((region[`${S}containedInPlace`] as Record<string, unknown>[])[0]!)).toEqual([`${S}Country`]);
    expect(place[`${S}geo`]).toBeDefined();
    await expect(page.locator('meta[property="og:image"]')).toHaveCount(1);
    const partnerImage = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(partnerImage).toContain('/kk/partners/chengdu/opengraph-image');
    expect((await page.request.get(partnerImage!)).status()).toBe(200);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const l of KAZAN) {
    test(`${l.locale}: the whole permalink and its citation are readable, and no copy button pretends to work`, async ({ page }) => {
      const response = await page.goto(`/${l.locale}/agreements/${chengdu}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1, name: l.title })).toBeVisible();
      await expect(page.getByTestId('citation-text')).toBeVisible();
      await expect(page.getByTestId('citation-text')).toHaveText(expectedCitation(l, `${origin}/${l.locale}/agreements/${chengdu}`));
      await expect(page.getByText(l.noDocument)).toBeVisible();
      await expect(page.getByRole('button', { name: l.copy, includeHidden: true })).toHaveCount(0);
    });
  }

  test('an unknown agreement answers 404 with the not-found page', async ({ page }) => {
    const response = await page.goto(`/en/agreements/987654`);
    expect(response?.status()).toBe(404);
  });
});

test('an edit after publication appears in the public history, with the checksum of the document it added', async ({ page }) => {
  const editor = await createStaff('kazan', 'editor');
  const marker = `e2e ${randomBytes(3).toString('hex')}`;
  const sha256 = randomBytes(32).toString('hex');
  const [{ id: mediaId } = { id: '' }] = await query<{ id: string }>(
    `INSERT INTO "Media" (id, kind, "mimeType", "byteSize", sha256, "storageKey", "originalName", "updatedAt") VALUES (gen_random_uuid(), 'document', 'application/pdf', 2048, $1, $2, 'memorandum.pdf', now()) RETURNING id`,
    [sha256, `${sha256}.pdf`],
  );
  const [{ max: lastEntry } = { max: '0' }] = await query<{ max: string }>(`SELECT coalesce(max(id), 0)::text AS max FROM "AuditLog"`);
  const [original] = await query<{ version: number; updatedAt: Date }>(`SELECT version, "updatedAt" FROM "Agreement" WHERE id = $1`, [chengdu]);
  const edit = async (note: string, documentId: string) => {
    await page.goto(`/ru/admin/agreements/${chengdu}`);
    await page.getByLabel('Примечание (англ.)').fill(note);
    await page.getByLabel('Документ (PDF)').selectOption(documentId);
    const saved = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes(`/admin/agreements/${chengdu}`));
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await saved;
    await expect(page.locator('form').getByRole('status')).toContainText('Изменения сохранены');
  };
  try {
    await signIn(page, editor);
    await edit(marker, mediaId);
    for (const l of KAZAN) {
      await page.goto(`/${l.locale}/agreements/${chengdu}`);
      const history = page.getByTestId('change-history');
      await expect(history.locator('ul > li').filter({ hasText: l.note })).toContainText(marker);
      await expect(history).toContainText(l.documentAdded);
      // Editors stay anonymous unless the settings say otherwise; internal ids never show.
      await expect(history).not.toContainText(editor.name);
      await expect(history).not.toContainText(mediaId);
      await expect(page.getByTestId('document-sha256')).toHaveText(sha256);
      await expect(page.getByTestId('agreement-document').getByRole('button')).toBeVisible();
      await expectNoAxeViolations(page);
    }
  } finally {
    // Leave the demo as it was: the edit undone through the form (which refreshes the public
    // pages), then its audit entries, bookkeeping and the document put back before anyone reads
    // the agreement again ("last changed" and the open data's dates stay the seed's).
    await edit('', '');
    await query(`DELETE FROM "AuditLog" WHERE id > $1 AND "entityType" = 'agreement' AND "entityId" = $2`, [lastEntry, String(chengdu)]);
    await query(`UPDATE "Agreement" SET version = $2, "updatedAt" = $3 WHERE id = $1`, [chengdu, original!.version, original!.updatedAt]);
    await query(`DELETE FROM "Media" WHERE id = $1`, [mediaId]);
  }
});
