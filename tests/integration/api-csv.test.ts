import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { datasets, seedDataset } from '@/prisma/seed/seed-dataset';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { call, openApiChecker, type OpenDataRoute } from '../support/open-data';
import { agreementsCsvUrl, eventsCsvUrl, projectsCsvUrl } from '@/lib/open-data/download-urls';
import { parseRegisterQuery } from '@/lib/schemas/agreement';
import { eventTimelineQuerySchema } from '@/lib/schemas/events';

// The handlers run here outside Next: cache directives are inert, connection() only marks a render
// dynamic, and db() is whichever dataset's database a test points it at.
const client = vi.hoisted(() => ({ prisma: undefined as PrismaClient | undefined }));
vi.mock('next/cache', () => ({ cacheLife: () => undefined, cacheTag: () => undefined }));
vi.mock('next/server', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/server')>()), connection: async () => undefined }));
vi.mock('@/lib/server/db', () => ({ db: () => client.prisma }));

const partnersCsv = (await import('@/app/api/v1/partners.csv/route')) as OpenDataRoute;
const agreementsCsv = (await import('@/app/api/v1/agreements.csv/route')) as OpenDataRoute;
const eventsCsv = (await import('@/app/api/v1/events.csv/route')) as OpenDataRoute;
const projectsCsv = (await import('@/app/api/v1/projects.csv/route')) as OpenDataRoute;
const openapi = (await import('@/app/api/v1/openapi.json/route')) as OpenDataRoute;
const { openEventBatches } = await import('@/lib/server/open-data/events');

const SITE = 'https://portal.example.org';
let kazan: TestDatabase;
let shymkent: TestDatabase;
let checker: Awaited<ReturnType<typeof openApiChecker>>;

beforeAll(async () => {
  process.env.SITE_URL = SITE;
  [kazan, shymkent] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  await Promise.all([seedDataset(kazan.prisma, datasets.kazan), seedDataset(shymkent.prisma, datasets.shymkent)]);
  // An agreement with only a Russian title, and one the public may not see.
  const mogilev = await shymkent.prisma.partner.findUniqueOrThrow({ where: { slug: 'mogilev' } });
  await shymkent.prisma.agreement.create({
    data: {
      partnerId: mogilev.id,
      type: 'cooperation',
      publicationStatus: 'published',
      translations: { create: [{ locale: 'ru', title: 'Только по-русски' }] },
    },
  });
  await shymkent.prisma.agreement.create({
    data: { partnerId: mogilev.id, type: 'cooperation', publicationStatus: 'draft', translations: { create: [{ locale: 'ru', title: 'Черновик' }] } },
  });
  // A project whose title a spreadsheet would run as a formula, and projects the public may not see.
  const chengdu = await kazan.prisma.partner.findUniqueOrThrow({ where: { slug: 'chengdu' } });
  const project = (slug: string, title: string, extra: object) =>
    kazan.prisma.project.create({
      data: { slug, themes: ['sport'], translations: { create: [{ locale: 'ru', title }] }, partners: { create: [{ partnerId: chengdu.id }] }, ...extra },
    });
  await project('formula-project', '=HYPERLINK("http://evil.example","Жми")', { publicationStatus: 'published' });
  await project('draft-project', 'Черновик проекта', { publicationStatus: 'draft' });
  await project('trashed-project', 'Проект в корзине', { publicationStatus: 'published', deletedAt: new Date() });
  client.prisma = kazan.prisma;
  checker = await openApiChecker(openapi);
});

afterAll(async () => {
  await Promise.all([kazan.drop(), shymkent.drop()]);
});

/** Downloads a CSV and parses it with papaparse, which shares nothing with the csv-stringify that wrote it. */
async function download(route: OpenDataRoute, url: string) {
  const res = await call(route, url);
  expect(res.status).toBe(200);
  const bytes = new Uint8Array(await res.arrayBuffer());
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { res, bytes, text, rows: parsed.data, fields: parsed.meta.fields ?? [] };
}

describe('the partners CSV', () => {
  it("is every public partner with the partners page's filters, its first agreement, named by locale and day", async () => {
    const { res, rows, fields } = await download(partnersCsv, '/api/v1/partners.csv?locale=kk&country=CN');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="partners-kk-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(fields).toEqual([
      'slug',
      'pageUrl',
      'name',
      'regionName',
      'kind',
      'status',
      'countryCode',
      'firstAgreementType',
      'firstAgreementDate',
      'firstAgreementPrecision',
      'fallbackToRussian',
    ]);
    expect(rows.find((r) => r.slug === 'chengdu')).toMatchObject({ pageUrl: `${SITE}/kk/partners/chengdu`, countryCode: 'CN', name: 'Чэнду' });
    expect(rows.every((r) => r.countryCode === 'CN')).toBe(true);
    const res400 = await checker.getJson<{ error: { parameter: string } }>(partnersCsv, '/partners.csv', '/api/v1/partners.csv?page=2');
    expect([res400.status, res400.body.error.parameter]).toEqual([400, 'page']);
  });
});

describe('the agreements CSV', () => {
  it('is UTF-8 with a BOM, a header row and the Chengdu memorandum at year precision', async () => {
    const { res, bytes, rows, fields } = await download(agreementsCsv, '/api/v1/agreements.csv');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="agreements-ru-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(fields).toEqual(
      expect.arrayContaining(['id', 'permalink', 'type', 'title', 'partner', 'signedDate', 'signedPrecision', 'status', 'documentSha256', 'fallbackToRussian']),
    );
    expect(rows).toHaveLength(5);
    const chengdu = rows.find((r) => r.partnerSlug === 'chengdu');
    const id = (await kazan.prisma.agreement.findFirstOrThrow({ where: { partner: { slug: 'chengdu' } } })).id;
    expect(chengdu).toMatchObject({
      id: String(id),
      permalink: `${SITE}/ru/agreements/${id}`,
      type: 'friendly_cooperation_memorandum',
      title: 'Меморандум об установлении дружественного сотрудничества',
      partner: 'Чэнду',
      partnerCountry: 'CN',
      signedDate: '2015',
      signedPrecision: 'year',
      status: '', // unknown stays empty, never invented
      place: '',
      fallbackToRussian: '',
    });
  });

  it('keeps Kazakh letters intact and names the file by locale', async () => {
    const { res, rows } = await download(agreementsCsv, '/api/v1/agreements.csv?locale=kk&partner=eskisehir');
    expect(res.headers.get('content-disposition')).toMatch(/filename="agreements-kk-/);
    expect(rows.map((r) => [r.partner, r.title])).toEqual([['Ескішехир', 'Достық туралы шарт']]);
    expect(rows[0]?.permalink).toMatch(/\/kk\/agreements\/\d+$/);
  });

  it('applies the register filters and order, exactly as the register page writes them', async () => {
    const memoranda = await download(agreementsCsv, '/api/v1/agreements.csv?locale=en&type=friendly_cooperation_memorandum&sort=partner&dir=desc');
    expect(memoranda.rows.map((r) => r.partner)).toEqual(['Shenzhen', 'Chengdu']);
    const none = await download(agreementsCsv, '/api/v1/agreements.csv?status=in_force');
    expect(none.rows).toEqual([]);
    expect(none.text.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^id,permalink,/);
  });

  it('gives undated Shymkent agreements empty dates, and marks Russian fallbacks', async () => {
    client.prisma = shymkent.prisma;
    try {
      const { rows } = await download(agreementsCsv, '/api/v1/agreements.csv?locale=en&partner=mogilev');
      expect(rows.map((r) => r.title).sort()).toEqual(['Twinning agreement between Shymkent and Mogilev', 'Только по-русски']);
      expect(rows.every((r) => r.signedDate === '' && r.signedPrecision === '')).toBe(true);
      expect(rows.find((r) => r.title === 'Только по-русски')?.fallbackToRussian).toBe('title');
      const all = await download(agreementsCsv, '/api/v1/agreements.csv');
      expect(all.rows).toHaveLength(await shymkent.prisma.agreement.count({ where: { publicationStatus: 'published' } }));
      expect(all.rows.map((r) => r.title)).not.toContain('Черновик');
    } finally {
      client.prisma = kazan.prisma;
    }
  });

  it('answers bad parameters with a JSON 400 naming them', async () => {
    for (const [query, parameter] of [
      ['locale=de', 'locale'],
      ['page=2', 'page'],
      ['sort=x', 'sort'],
      ['unknown=1', 'unknown'],
    ]) {
      const res = await checker.getJson<{ error: { parameter: string } }>(agreementsCsv, '/agreements.csv', `/api/v1/agreements.csv?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.error.parameter).toBe(parameter);
    }
  });

  it('answers 304 to its ETag and to If-Modified-Since', async () => {
    const first = await call(agreementsCsv, '/api/v1/agreements.csv?locale=kk');
    const etag = first.headers.get('etag') ?? '';
    expect((await call(agreementsCsv, '/api/v1/agreements.csv?locale=kk', { headers: { 'If-None-Match': etag } })).status).toBe(304);
    expect(
      (await call(agreementsCsv, '/api/v1/agreements.csv?locale=kk', { headers: { 'If-Modified-Since': first.headers.get('last-modified') ?? '' } })).status,
    ).toBe(304);
    expect((await call(agreementsCsv, '/api/v1/agreements.csv?locale=en', { headers: { 'If-None-Match': etag } })).status).toBe(200);
  });
});

describe('the download links of the pages', () => {
  it('are accepted as they are written, with every filter the pages can set', async () => {
    const register = parseRegisterQuery({ partner: 'chengdu', type: 'friendly_cooperation_memorandum', status: 'in_force', sort: 'status', dir: 'desc' });
    expect((await call(agreementsCsv, agreementsCsvUrl('kk', register))).status).toBe(200);
    expect((await download(agreementsCsv, agreementsCsvUrl('en', parseRegisterQuery({ partner: 'chengdu' })))).rows).toHaveLength(1);
    const { page: _, ...timeline } = eventTimelineQuerySchema.parse({ year: '2011', partner: 'shenzhen', category: 'sport', page: '3' });
    expect((await download(eventsCsv, eventsCsvUrl('ru', timeline))).rows.map((r) => r.slug)).toEqual(['2011-kazan-universiade-experience']);
    const filters = { theme: 'education', partner: 'shenzhen', status: undefined, year: 2025, kind: 'school' } as const;
    expect((await download(projectsCsv, projectsCsvUrl('kk', filters, 'title'))).rows.map((r) => r.slug)).toEqual(['solntse-ke-zhuang-school-exchange']);
  });
});

describe('the projects CSV', () => {
  it("is the whole register in its order, undated projects' dates empty, named by locale and day", async () => {
    const { res, bytes, rows, fields } = await download(projectsCsv, '/api/v1/projects.csv?locale=en');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="projects-en-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(res.headers.get('etag')).toMatch(/^"/);
    expect(fields).toEqual([
      'slug',
      'pageUrl',
      'title',
      'summary',
      'themes',
      'status',
      'startDate',
      'startPrecision',
      'endDate',
      'endPrecision',
      'partners',
      'partnerSlugs',
      'fallbackToRussian',
    ]);
    expect(rows.map((r) => r.slug)).toHaveLength(5);
    expect(rows[0]).toMatchObject({
      slug: 'solntse-ke-zhuang-school-exchange',
      pageUrl: `${SITE}/en/projects/solntse-ke-zhuang-school-exchange`,
      title: 'SOlNTsE school (Kazan) and Ke Zhuang school (Shenzhen) exchange',
      themes: 'education',
      status: '',
      startDate: '2025-03-17',
      startPrecision: 'day',
      endDate: '',
      partners: 'Shenzhen',
      partnerSlugs: 'shenzhen',
      fallbackToRussian: '',
    });
    // Only Russian: given in Russian and marked so.
    expect(rows.find((r) => r.slug === 'formula-project')).toMatchObject({ fallbackToRussian: 'title' });
  });

  it('keeps a title that starts like a formula as text, and applies the register filters in Kazakh, Cyrillic and Latin', async () => {
    const { rows } = await download(projectsCsv, '/api/v1/projects.csv?partner=chengdu&theme=sport');
    expect(rows.map((r) => r.title)).toEqual(['\'=HYPERLINK("http://evil.example","Жми")']);
    const kk = await download(projectsCsv, '/api/v1/projects.csv?locale=kk&partner=chengdu&sort=title&theme=education');
    expect(kk.rows.map((r) => [r.slug, r.partners])).toEqual([['chengdu-partner-exchange-training', 'Чэнду']]);
    const latin = await download(projectsCsv, '/api/v1/projects.csv?locale=kk-Latn&partner=chengdu&sort=title&theme=education');
    expect(latin.rows.map((r) => [r.slug, r.partners])).toEqual([['chengdu-partner-exchange-training', 'Chengdu']]);
    expect(latin.rows[0]?.title).not.toMatch(/[\u0400-\u04FF]/);
  });

  it('never holds a draft or trashed project, in any locale', async () => {
    for (const locale of ['ru', 'kk', 'en', 'kk-Latn']) {
      const { text } = await download(projectsCsv, `/api/v1/projects.csv?locale=${locale}`);
      expect(text).not.toMatch(/draft-project|trashed-project|Черновик проекта|Проект в корзине/);
    }
  });

  it('is a header row alone for a city without projects, and a JSON 400 for a page number', async () => {
    client.prisma = shymkent.prisma;
    try {
      const { rows, fields } = await download(projectsCsv, '/api/v1/projects.csv');
      expect([rows, fields[0]]).toEqual([[], 'slug']);
    } finally {
      client.prisma = kazan.prisma;
    }
    const res = await checker.getJson<{ error: { parameter: string } }>(projectsCsv, '/projects.csv', '/api/v1/projects.csv?page=2');
    expect([res.status, res.body.error.parameter]).toEqual([400, 'page']);
  });
});

describe('the events CSV', () => {
  it('lists every matching event, unpaged, newest first', async () => {
    const { res, bytes, rows, fields } = await download(eventsCsv, '/api/v1/events.csv');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="events-ru-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(fields.slice(0, 3)).toEqual(['slug', 'pageUrl', 'title']);
    expect(rows).toHaveLength(42);
    const starts = rows.map((r) => r.startDate?.slice(0, 4)); // a year-precision date sorts as its first day
    expect(starts).toEqual([...starts].sort().reverse());
  });

  it('applies the timeline filters, in Kazakh', async () => {
    const { rows } = await download(eventsCsv, '/api/v1/events.csv?locale=kk&year=2011');
    expect(rows.map((r) => [r.slug, r.title, r.startDate, r.startPrecision, r.endDate, r.partnerSlugs])).toEqual([
      ['2011-kazan-universiade-experience', 'Қазан Универсиада өткізу тәжірибесін үйренді', '2011', 'year', '2012', 'shenzhen'],
    ]);
    const chengdu = await download(eventsCsv, '/api/v1/events.csv?partner=chengdu');
    expect(chengdu.rows.length).toBe(
      await kazan.prisma.event.count({ where: { publicationStatus: 'published', deletedAt: null, partners: { some: { partner: { slug: 'chengdu' } } } } }),
    );
    expect(chengdu.rows.every((r) => r.partnerSlugs?.split(';').includes('chengdu'))).toBe(true);
  });

  it('reads the same events in the same order when it goes batch by batch, events on one date included', async () => {
    const all = { year: undefined, partner: undefined, category: undefined };
    const read = async (batchSize: number) => {
      const batches = [];
      for await (const batch of openEventBatches('ru', all, batchSize)) batches.push(batch.map((e) => ({ slug: e.slug, date: e.start.date })));
      return batches;
    };
    const [whole] = await read(1_000);
    const batched = await read(4);
    expect(batched.flat()).toEqual(whole);
    expect(batched).toHaveLength(Math.ceil(whole!.length / 4));
    // Several events dated the same year: the batches continue after the last id on that date.
    expect(new Set(whole!.map((e) => e.date)).size).toBeLessThan(whole!.length);
  });

  it('is a header row alone for a city without events', async () => {
    client.prisma = shymkent.prisma;
    try {
      const { rows, fields } = await download(eventsCsv, '/api/v1/events.csv?locale=en');
      expect(rows).toEqual([]);
      expect(fields).toContain('startDate');
    } finally {
      client.prisma = kazan.prisma;
    }
  });

  it('answers bad parameters with a JSON 400, and a preflight', async () => {
    const res = await checker.getJson<{ error: { parameter: string } }>(eventsCsv, '/events.csv', '/api/v1/events.csv?year=abc');
    expect(res.status).toBe(400);
    expect(res.body.error.parameter).toBe('year');
    expect((await eventsCsv.OPTIONS()).headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
  });
});
