import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Pool } from 'pg';
import { datasets, seedDataset } from '@/prisma/seed/seed-dataset';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { call, openApiChecker, type OpenDataRoute } from '../support/open-data';
import { processInvalidations } from '@/lib/cache/invalidations.mjs';

// The handlers run here outside Next: cache directives are inert, connection() only marks a render
// dynamic, and db() is this file's database.
const client = vi.hoisted(() => ({ prisma: undefined as PrismaClient | undefined, pool: undefined as Pool | undefined }));
vi.mock('next/cache', () => ({ cacheLife: () => undefined, cacheTag: () => undefined }));
vi.mock('next/server', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/server')>()), connection: async () => undefined }));
vi.mock('@/lib/server/db', () => ({ db: () => client.prisma }));
vi.mock('@/lib/server/database/pool', () => ({ databasePool: () => client.pool }));

const routes = {
  partners: (await import('@/app/api/v1/partners/route')) as OpenDataRoute,
  partner: (await import('@/app/api/v1/partners/[slug]/route')) as unknown as OpenDataRoute,
  agreements: (await import('@/app/api/v1/agreements/route')) as OpenDataRoute,
  agreement: (await import('@/app/api/v1/agreements/[id]/route')) as unknown as OpenDataRoute,
  events: (await import('@/app/api/v1/events/route')) as OpenDataRoute,
  event: (await import('@/app/api/v1/events/[slug]/route')) as unknown as OpenDataRoute,
  projects: (await import('@/app/api/v1/projects/route')) as OpenDataRoute,
  project: (await import('@/app/api/v1/projects/[slug]/route')) as unknown as OpenDataRoute,
  proposals: (await import('@/app/api/v1/proposals/route')) as OpenDataRoute,
  search: (await import('@/app/api/v1/search/route')) as OpenDataRoute,
  openapi: (await import('@/app/api/v1/openapi.json/route')) as OpenDataRoute,
};
const unknown = await import('@/app/api/v1/[[...path]]/route');

const SITE = 'https://portal.example.org';
let database: TestDatabase;
let checker: Awaited<ReturnType<typeof openApiChecker>>;
const ids: Record<string, number> = {};

type Text = { text: string; lang: string; fallback: boolean };
type List<T> = { locale: string; data: T[]; meta: { page: number; perPage: number; total: number; pageCount: number }; links: Record<string, string | null> };
type Partner = { slug: string; name: Text; url: string; pageUrl: string };
type Agreement = {
  id: number;
  title: Text | null;
  partner: { slug: string; name: Text };
  signed: { date: string; precision: string } | null;
  permalink: string;
  url: string;
};
type Event = { slug: string; title: Text; start: { date: string } };
type Project = { slug: string; title: Text; url: string; pageUrl: string; partners: { slug: string }[]; start: { date: string; precision: string } | null };
type Proposal = {
  id: number;
  signed: boolean;
  stage: string;
  partnerName: Text;
  pageUrl: string;
  agreement: { id: number; permalink: string } | null;
  partner: { slug: string } | null;
};
type Suggestions = { locale: string; query: string; data: { kind: string; title: Text; detail: string; pageUrl: string }[] };
type ErrorBody = { error: { code: string; parameter?: string; message: string } };

beforeAll(async () => {
  process.env.SITE_URL = SITE;
  database = await createTestDatabase();
  client.prisma = database.prisma;
  client.pool = database.pool;
  const prisma = database.prisma;
  await seedDataset(prisma, datasets.kazan);
  const chengdu = await prisma.partner.findUniqueOrThrow({ where: { slug: 'chengdu' } });
  ids.chengdu = (await prisma.agreement.findFirstOrThrow({ where: { partnerId: chengdu.id } })).id;
  ids.shenzhen = (await prisma.agreement.findFirstOrThrow({ where: { partner: { slug: 'shenzhen' } } })).id;
  const title = (ru: string) => ({ create: [{ locale: 'ru' as const, title: ru }] });
  const later = new Date(Date.now() + 86_400_000);
  // What the public must not see, each for another reason.
  ids.draft = (
    await prisma.agreement.create({ data: { partnerId: chengdu.id, type: 'other', publicationStatus: 'draft', translations: title('Черновик') } })
  ).id;
  ids.scheduled = (
    await prisma.agreement.create({
      data: { partnerId: chengdu.id, type: 'other', publicationStatus: 'scheduled', publishAt: later, translations: title('Запланировано') },
    })
  ).id;
  ids.trashed = (
    await prisma.agreement.create({
      data: { partnerId: chengdu.id, type: 'other', publicationStatus: 'published', deletedAt: new Date(), translations: title('В корзине') },
    })
  ).id;
  await prisma.partner.create({
    data: {
      slug: 'hidden-town',
      kind: 'city',
      countryCode: 'CN',
      publicationStatus: 'draft',
      translations: { create: [{ locale: 'ru', name: 'Скрытый город' }] },
    },
  });
  const event = (slug: string, extra: object) => ({
    slug,
    startDate: new Date('2015-06-01'),
    startPrecision: 'month' as const,
    category: 'culture' as const,
    translations: { create: [{ locale: 'ru' as const, title: slug }] },
    partners: { create: [{ partnerId: chengdu.id }] },
    ...extra,
  });
  await prisma.event.create({ data: event('draft-event', { publicationStatus: 'draft' }) });
  await prisma.event.create({ data: event('scheduled-event', { publicationStatus: 'scheduled', publishAt: later }) });
  await prisma.event.create({ data: event('trashed-event', { publicationStatus: 'published', deletedAt: new Date() }) });
  // Projects and proposals the public must not see: a draft, a trashed and a not-yet-due project;
  // internal (one of them signed), draft and trashed proposals, all named "Тайноград…".
  const project = (slug: string, extra: object) => ({
    slug,
    themes: ['culture' as const],
    translations: { create: [{ locale: 'ru' as const, title: `Тайноград ${slug}` }] },
    partners: { create: [{ partnerId: chengdu.id }] },
    ...extra,
  });
  await prisma.project.create({ data: project('draft-project', { publicationStatus: 'draft' }) });
  await prisma.project.create({ data: project('trashed-project', { publicationStatus: 'published', deletedAt: new Date() }) });
  await prisma.project.create({ data: project('scheduled-project', { publicationStatus: 'scheduled', publishAt: later }) });
  const proposal = (name: string, extra: object) => ({
    countryCode: 'FR',
    stage: 'initiative' as const,
    visibility: 'public' as const,
    publicationStatus: 'published' as const,
    translations: {
      create: [
        { locale: 'ru' as const, partnerName: `Тайноград ${name}` },
        { locale: 'en' as const, partnerName: `Taynograd ${name}` },
      ],
    },
    stages: { create: [{ position: 0, stage: 'initiative' as const, date: new Date('2025-05-01'), precision: 'month' as const }] },
    ...extra,
  });
  await prisma.proposal.create({ data: proposal('internal', { visibility: 'internal' }) });
  await prisma.proposal.create({
    data: proposal('signed internal', {
      visibility: 'internal',
      stage: 'agreement_signed',
      partnerId: chengdu.id,
      agreementId: ids.chengdu,
      stages: {
        create: [
          { position: 0, stage: 'initiative', date: new Date('2025-01-01'), precision: 'year' },
          { position: 1, stage: 'agreement_signed', date: new Date('2025-06-01'), precision: 'month' },
        ],
      },
    }),
  });
  await prisma.proposal.create({ data: proposal('draft', { publicationStatus: 'draft' }) });
  await prisma.proposal.create({ data: proposal('trashed', { deletedAt: new Date() }) });
  // The permalink's facts on Shenzhen's memorandum: a status history, a link, a document.
  await prisma.agreement.update({
    where: { id: ids.shenzhen },
    data: {
      status: 'in_force',
      textLanguages: ['ru', 'zh'],
      statusHistory: {
        create: [
          { kind: 'signed', date: new Date('2012-01-01'), precision: 'year' },
          { kind: 'in_force', date: new Date('2012-05-01'), precision: 'month' },
        ],
      },
      document: {
        create: {
          kind: 'document',
          mimeType: 'application/pdf',
          byteSize: 1234,
          sha256: 'c'.repeat(64),
          storageKey: `${'cc'}/${'c'.repeat(64)}.pdf`,
          originalName: 'memo.pdf',
        },
      },
    },
  });
  await prisma.agreementLink.createMany({
    data: [
      { fromId: ids.shenzhen, toId: ids.chengdu, kind: 'amends' },
      { fromId: ids.shenzhen, toId: ids.draft, kind: 'supersedes' },
    ],
  });
  checker = await openApiChecker(routes.openapi);
});

afterAll(async () => {
  await database.drop();
});

const get = <T>(route: OpenDataRoute, path: string, url: string, options?: Parameters<typeof call>[2]) => checker.getJson<T>(route, path, url, options);

describe('the OpenAPI document', () => {
  it('is served, valid, and names the licence from the settings and the server', async () => {
    const info = checker.doc as unknown as { info: { license: { identifier: string } }; servers: { url: string }[]; paths: object };
    expect(info.info.license.identifier).toBe('CC-BY-4.0');
    expect(info.servers).toEqual([{ url: `${SITE}/api/v1` }]);
    expect(Object.keys(info.paths).sort()).toEqual([
      '/agreements',
      '/agreements.csv',
      '/agreements/{id}',
      '/events',
      '/events.csv',
      '/events/{slug}',
      '/openapi.json',
      '/partners',
      '/partners.csv',
      '/partners/{slug}',
      '/projects',
      '/projects.csv',
      '/projects/{slug}',
      '/proposals',
      '/search',
    ]);
    await database.prisma.homeCity.update({ where: { id: 1 }, data: { dataLicense: 'CC-BY-SA-4.0' } });
    const changed = await call(routes.openapi, '/api/v1/openapi.json');
    expect(((await changed.json()) as typeof info).info.license.identifier).toBe('CC-BY-SA-4.0');
    await database.prisma.homeCity.update({ where: { id: 1 }, data: { dataLicense: 'CC-BY-4.0' } });
  });

  it('sends Last-Modified as its description promises, and moves it when the licence setting changes', async () => {
    const doc = checker.doc as unknown as { info: { description: string } };
    expect(doc.info.description).toMatch(/responses carry ETag and Last-Modified/);
    const first = await call(routes.openapi, '/api/v1/openapi.json');
    const lastModified = first.headers.get('last-modified') ?? '';
    const { updatedAt } = await database.prisma.homeCity.findUniqueOrThrow({ where: { id: 1 } });
    expect(Date.parse(lastModified)).toBeGreaterThanOrEqual(Math.floor(updatedAt.getTime() / 1000) * 1000);
    expect(Date.parse(lastModified)).toBeLessThanOrEqual(Date.now());
    expect((await call(routes.openapi, '/api/v1/openapi.json', { headers: { 'If-Modified-Since': lastModified } })).status).toBe(304);
    await new Promise((resolve) => setTimeout(resolve, 1100)); // Last-Modified counts whole seconds
    await database.prisma.homeCity.update({ where: { id: 1 }, data: { dataLicense: 'CC0-1.0' } });
    try {
      const changed = await call(routes.openapi, '/api/v1/openapi.json', { headers: { 'If-Modified-Since': lastModified } });
      expect(changed.status).toBe(200);
      expect(Date.parse(changed.headers.get('last-modified') ?? '')).toBeGreaterThan(Date.parse(lastModified));
    } finally {
      await database.prisma.homeCity.update({ where: { id: 1 }, data: { dataLicense: 'CC-BY-4.0' } });
    }
  });
});

describe('partners', () => {
  it('lists the public partners, paged, with meta and links', async () => {
    const all = await get<List<Partner>>(routes.partners, '/partners', '/api/v1/partners');
    expect(all.status).toBe(200);
    expect(all.body.data.map((p) => p.slug)).toEqual(['qingdao', 'chengdu', 'shumen-province', 'shenzhen', 'eskisehir']);
    expect(all.body.meta).toEqual({ page: 1, perPage: 20, total: 5, pageCount: 1 });
    expect(all.body.data[1]).toMatchObject({
      url: `${SITE}/api/v1/partners/chengdu`,
      pageUrl: `${SITE}/ru/partners/chengdu`,
      name: { text: 'Чэнду', lang: 'ru', fallback: false },
    });

    const second = await get<List<Partner>>(routes.partners, '/partners', '/api/v1/partners?perPage=2&page=2&sort=name&dir=desc');
    expect(second.body.meta).toEqual({ page: 2, perPage: 2, total: 5, pageCount: 3 });
    expect(second.body.links).toMatchObject({
      prev: `${SITE}/api/v1/partners?perPage=2&page=1&sort=name&dir=desc`,
      next: `${SITE}/api/v1/partners?perPage=2&page=3&sort=name&dir=desc`,
      last: `${SITE}/api/v1/partners?perPage=2&page=3&sort=name&dir=desc`,
    });
    const pastTheEnd = await get<List<Partner>>(routes.partners, '/partners', '/api/v1/partners?page=9');
    expect(pastTheEnd.body).toMatchObject({ data: [], meta: { page: 9, total: 5 }, links: { next: null } });
  });

  it('narrows with the partners page filters and names in the requested locale', async () => {
    const chinese = await get<List<Partner>>(routes.partners, '/partners', '/api/v1/partners?country=CN&locale=en&sort=name');
    expect(chinese.body.data.map((p) => p.name.text)).toEqual(['Chengdu', 'Qingdao', 'Shenzhen']);
    const memoranda = await get<List<Partner>>(routes.partners, '/partners', '/api/v1/partners?type=friendly_cooperation_memorandum&year=2015');
    expect(memoranda.body.data.map((p) => p.slug)).toEqual(['chengdu']);
    const kk = await get<List<Partner>>(routes.partners, '/partners', '/api/v1/partners?locale=kk&q=Ескішехир');
    expect(kk.body.data.map((p) => p.name)).toEqual([{ text: 'Ескішехир', lang: 'kk', fallback: false }]);
    expect(kk.body.data[0]?.url).toBe(`${SITE}/api/v1/partners/eskisehir?locale=kk`);
  });

  it('gives a partner as its profile shows it, and 404 for one the public may not see', async () => {
    const chengdu = await get<{ data: { agreements: { id: number }[]; events: unknown[]; about: Text; areaKm2: number } }>(
      routes.partner,
      '/partners/{slug}',
      '/api/v1/partners/chengdu?locale=kk',
      { params: { slug: 'chengdu' } },
    );
    expect(chengdu.status).toBe(200);
    expect(chengdu.body.data.agreements.map((a) => a.id)).toEqual([ids.chengdu]);
    expect(chengdu.body.data.about.text).toMatch(/^Чэнду — Сычуань провинциясының/);
    const latin = await get<{ data: { name: Text; about: Text } }>(routes.partner, '/partners/{slug}', '/api/v1/partners/chengdu?locale=kk-Latn', {
      params: { slug: 'chengdu' },
    });
    // A foreign city keeps its Latin name; the Kazakh about text comes transliterated, and says so.
    expect(latin.body.data.name).toEqual({ text: 'Chengdu', lang: 'en', fallback: false });
    expect(latin.body.data.about).toMatchObject({ lang: 'kk-Latn', fallback: false });
    expect(latin.body.data.about.text).toMatch(/^Şendu — Syşuän provinsiasynyñ/);
    expect(chengdu.body.data.events.length).toBe(
      await database.prisma.eventPartner.count({ where: { partner: { slug: 'chengdu' }, event: { publicationStatus: 'published', deletedAt: null } } }),
    );
    for (const slug of ['hidden-town', 'atlantis']) {
      const missing = await get<ErrorBody>(routes.partner, '/partners/{slug}', `/api/v1/partners/${slug}`, { params: { slug } });
      expect(missing.status).toBe(404);
      expect(missing.body.error.code).toBe('not_found');
    }
  });
});

describe('agreements', () => {
  it('lists only what the public may see, filtered like the register', async () => {
    const all = await get<List<Agreement>>(routes.agreements, '/agreements', '/api/v1/agreements');
    expect(all.body.meta.total).toBe(5);
    expect(all.body.data.map((a) => a.id)).not.toContain(ids.draft);
    expect(all.body.data.map((a) => a.signed?.date)).toEqual(['1997', '2003', '2012', '2015', '2024']);
    const chengdu = await get<List<Agreement>>(routes.agreements, '/agreements', '/api/v1/agreements?partner=chengdu&locale=kk');
    expect(chengdu.body.data).toHaveLength(1);
    expect(chengdu.body.data[0]).toMatchObject({
      id: ids.chengdu,
      type: 'friendly_cooperation_memorandum',
      signed: { date: '2015', precision: 'year' },
      title: { text: 'Достық ынтымақтастық орнату туралы меморандум', lang: 'kk', fallback: false },
      permalink: `${SITE}/kk/agreements/${ids.chengdu}`,
      status: null,
      place: null,
    });
    const byPartner = await get<List<Agreement>>(
      routes.agreements,
      '/agreements',
      '/api/v1/agreements?sort=partner&dir=desc&locale=en&type=friendly_cooperation_memorandum',
    );
    expect(byPartner.body.data.map((a) => a.partner.name.text)).toEqual(['Shenzhen', 'Chengdu']);
  });

  it('gives an agreement with everything its permalink shows', async () => {
    const { status, body } = await get<{ data: Record<string, unknown> }>(routes.agreement, '/agreements/{id}', `/api/v1/agreements/${ids.shenzhen}`, {
      params: { id: String(ids.shenzhen) },
    });
    expect(status).toBe(200);
    expect(body.data).toMatchObject({
      id: ids.shenzhen,
      permalink: `${SITE}/ru/agreements/${ids.shenzhen}`,
      status: 'in_force',
      textLanguages: ['ru', 'zh'],
      signed: { date: '2012', precision: 'year' },
      statusHistory: [
        { kind: 'signed', date: { date: '2012', precision: 'year' }, note: null },
        { kind: 'in_force', date: { date: '2012-05', precision: 'month' }, note: null },
      ],
      // The link to the draft is not public.
      links: [
        { kind: 'amends', agreement: { id: ids.chengdu, url: `${SITE}/api/v1/agreements/${ids.chengdu}`, permalink: `${SITE}/ru/agreements/${ids.chengdu}` } },
      ],
      document: { url: `${SITE}/media/cc/${'c'.repeat(64)}.pdf`, mimeType: 'application/pdf', byteSize: 1234, sha256: 'c'.repeat(64), fileName: 'memo.pdf' },
      // The source's title is quoted in Russian on every locale's answer, and says so.
      source: { title: 'Зарубежные города-побратимы и партнеры', language: 'ru', publisher: 'Казанская городская Дума', url: null, publishedOn: null },
    });
    const chengdu = await get<{ data: { linkedFrom: unknown[] } }>(routes.agreement, '/agreements/{id}', `/api/v1/agreements/${ids.chengdu}`, {
      params: { id: String(ids.chengdu) },
    });
    expect(chengdu.body.data.linkedFrom).toMatchObject([{ kind: 'amends', agreement: { id: ids.shenzhen } }]);
  });

  it('answers 404 JSON for drafts, scheduled, trashed, unknown and impossible ids', async () => {
    for (const id of [ids.draft, ids.scheduled, ids.trashed, 987_654, 'abc', '99999999999', '007']) {
      const missing = await get<ErrorBody>(routes.agreement, '/agreements/{id}', `/api/v1/agreements/${id}`, { params: { id: String(id) } });
      expect(missing.status, String(id)).toBe(404);
      expect(missing.body.error.code).toBe('not_found');
    }
  });
});

describe('events', () => {
  const published = { publicationStatus: 'published' as const, deletedAt: null };

  it('pages the public timeline, newest first', async () => {
    const first = await get<List<Event>>(routes.events, '/events', '/api/v1/events?perPage=10');
    expect(first.body.meta).toEqual({ page: 1, perPage: 10, total: 42, pageCount: 5 });
    const last = await get<List<Event>>(routes.events, '/events', '/api/v1/events?perPage=10&page=5');
    expect(last.body.data).toHaveLength(2);
    const starts = [...first.body.data, ...last.body.data].map((e) => e.start.date.slice(0, 4)); // a year-precision date sorts as its first day
    expect(starts).toEqual([...starts].sort().reverse());
    const slugs = (await get<List<Event>>(routes.events, '/events', '/api/v1/events?perPage=100')).body.data.map((e) => e.slug);
    expect(slugs).not.toEqual(expect.arrayContaining(['draft-event']));
    expect(slugs.filter((s) => s.endsWith('-event'))).toEqual([]);
  });

  it('narrows with the timeline filters', async () => {
    const chengdu = await get<List<Event>>(routes.events, '/events', '/api/v1/events?partner=chengdu&perPage=100');
    expect(chengdu.body.meta.total).toBe(await database.prisma.event.count({ where: { ...published, partners: { some: { partner: { slug: 'chengdu' } } } } }));
    const year = await get<List<Event>>(routes.events, '/events', '/api/v1/events?year=2013&category=sport&locale=kk');
    const expected = await database.prisma.event.count({
      where: { ...published, category: 'sport', startDate: { gte: new Date('2013-01-01'), lt: new Date('2014-01-01') } },
    });
    expect(expected).toBeGreaterThan(0);
    expect(year.body.meta.total).toBe(expected);
    expect(year.body.data.every((e) => e.start.date.startsWith('2013') && e.title.lang === 'kk')).toBe(true);
    expect(year.body.data.map((e) => e.slug)).toEqual(['2013-shenzhen-athletes-kazan-universiade']);
  });

  it('gives an event as its page shows it, and 404 for one the public may not see', async () => {
    const slug = '2013-tatarstan-culture-days-eskisehir';
    const event = await get<{ data: { slug: string; partners: { slug: string }[]; sources: unknown[] } }>(
      routes.event,
      '/events/{slug}',
      `/api/v1/events/${slug}?locale=en`,
      { params: { slug } },
    );
    expect(event.body.data).toMatchObject({
      slug,
      pageUrl: `${SITE}/en/events/${slug}`,
      partners: [{ slug: 'eskisehir' }],
      sources: [{ title: 'Зарубежные города-побратимы и партнеры', language: 'ru' }],
    });
    for (const hidden of ['draft-event', 'scheduled-event', 'trashed-event', 'nothing']) {
      expect((await get(routes.event, '/events/{slug}', `/api/v1/events/${hidden}`, { params: { slug: hidden } })).status).toBe(404);
    }
  });
});

describe('projects', () => {
  it('lists the public register, newest start first, with its filters, order and paging', async () => {
    const all = await get<List<Project>>(routes.projects, '/projects', '/api/v1/projects');
    expect(all.status).toBe(200);
    expect(all.body.meta).toEqual({ page: 1, perPage: 20, total: 4, pageCount: 1 });
    // Only one has a start; undated ones follow, as on the register page.
    expect(all.body.data[0]).toMatchObject({
      slug: 'solntse-ke-zhuang-school-exchange',
      url: `${SITE}/api/v1/projects/solntse-ke-zhuang-school-exchange`,
      pageUrl: `${SITE}/ru/projects/solntse-ke-zhuang-school-exchange`,
      start: { date: '2025-03-17', precision: 'day' },
      partners: [{ slug: 'shenzhen', url: `${SITE}/api/v1/partners/shenzhen` }],
    });
    const chengdu = await get<List<Project>>(routes.projects, '/projects', '/api/v1/projects?partner=chengdu&sort=title&locale=en');
    expect(chengdu.body.data.map((p) => p.title.text)).toEqual([
      'Chengdu’s partner exchange programme',
      'Specialist exchange between the Kazan Zoo-Botanical Garden and the giant panda reserve',
    ]);
    const schools = await get<List<Project>>(routes.projects, '/projects', '/api/v1/projects?kind=school&theme=education&year=2025&locale=kk');
    expect(schools.body.data.map((p) => [p.slug, p.title.lang])).toEqual([['solntse-ke-zhuang-school-exchange', 'kk']]);
    const second = await get<List<Project>>(routes.projects, '/projects', '/api/v1/projects?perPage=3&page=2');
    expect(second.body.meta).toEqual({ page: 2, perPage: 3, total: 4, pageCount: 2 });
    expect(second.body.links).toMatchObject({ prev: `${SITE}/api/v1/projects?perPage=3&page=1`, next: null });
    expect(second.body.data).toHaveLength(1);
  });

  it('gives a project as its page shows it: agreements, participants, events and sources', async () => {
    const slug = 'solntse-ke-zhuang-school-exchange';
    const { status, body } = await get<{ data: Record<string, unknown> }>(routes.project, '/projects/{slug}', `/api/v1/projects/${slug}?locale=en`, {
      params: { slug },
    });
    expect(status).toBe(200);
    expect(body.data).toMatchObject({
      slug,
      pageUrl: `${SITE}/en/projects/${slug}`,
      themes: ['education'],
      status: null,
      end: null,
      outcomes: { text: expect.stringMatching(/^On 17 March 2025 the schools signed/), lang: 'en', fallback: false },
      agreements: [{ id: ids.shenzhen, permalink: `${SITE}/en/agreements/${ids.shenzhen}`, signed: { date: '2012', precision: 'year' } }],
      organizations: [
        { kind: 'school', countryCode: 'RU', name: { text: expect.stringMatching(/SOlNTsE/) } },
        { kind: 'school', countryCode: 'CN', name: { text: 'Ke Zhuang Group Experimental School of Arts and Sciences' } },
      ],
      sources: [{ title: 'Зарубежные города-побратимы и партнеры', language: 'ru' }],
    });
    expect((body.data.events as { slug: string }[]).map((e) => e.slug)).toEqual([
      '2025-06-11-solntse-school-delegation-shenzhen',
      '2025-04-08-kazan-shenzhen-schools-second-teleconference',
      '2025-03-17-kazan-shenzhen-schools-first-telebridge',
    ]);
  });

  it('never gives a draft, trashed or not-yet-due project, in the list or on its own', async () => {
    for (const locale of ['ru', 'kk', 'en', 'kk-Latn']) {
      const all = await get<List<Project>>(routes.projects, '/projects', `/api/v1/projects?perPage=100&locale=${locale}&partner=chengdu`);
      expect(JSON.stringify(all.body)).not.toMatch(/Тайноград|-project/);
    }
    for (const slug of ['draft-project', 'trashed-project', 'scheduled-project', 'nothing']) {
      const missing = await get<ErrorBody>(routes.project, '/projects/{slug}', `/api/v1/projects/${slug}`, { params: { slug } });
      expect(missing.status, slug).toBe(404);
      expect(missing.body.error.code).toBe('not_found');
    }
  });
});

describe('proposals', () => {
  it('says plainly that nothing is signed until the stage is agreement_signed, and then links the agreement and partner', async () => {
    const { status, body } = await get<List<Proposal>>(routes.proposals, '/proposals', '/api/v1/proposals?locale=en');
    expect(status).toBe(200);
    expect(body.data.map((p) => [p.partnerName.text, p.stage, p.signed])).toEqual([
      ['Qingdao', 'agreement_signed', true],
      ['Xiamen', 'initiative', false],
    ]);
    const [qingdao, xiamen] = body.data;
    const twinning = await database.prisma.agreement.findFirstOrThrow({ where: { partner: { slug: 'qingdao' }, type: 'twinning' } });
    expect(qingdao).toMatchObject({
      agreement: { id: twinning.id, permalink: `${SITE}/en/agreements/${twinning.id}` },
      partner: { slug: 'qingdao', pageUrl: `${SITE}/en/partners/qingdao` },
    });
    expect(xiamen).toMatchObject({ agreement: null, partner: null, pageUrl: `${SITE}/en/proposals#proposal-${xiamen!.id}` });
  });

  it('never gives an internal, draft or trashed proposal, in any language', async () => {
    for (const locale of ['ru', 'kk', 'en', 'kk-Latn']) {
      const { body } = await get<List<Proposal>>(routes.proposals, '/proposals', `/api/v1/proposals?perPage=100&locale=${locale}`);
      expect(JSON.stringify(body)).not.toMatch(/Тайноград|Taynograd/);
      expect(body.meta.total).toBe(2);
    }
  });
});

describe('search suggestions', () => {
  const suggest = (query: string) => get<Suggestions>(routes.search, '/search', `/api/v1/search?${query}`);
  const q = (text: string, locale?: string) => `q=${encodeURIComponent(text)}${locale ? `&locale=${locale}` : ''}`;

  it('suggests partners, agreements, events and projects, grouped in that order, a few of each, with their pages in the locale', async () => {
    const { status, headers, body } = await suggest(q('Циндао'));
    expect(status).toBe(200);
    expect(headers.get('cache-control')).toBe('public, max-age=300');
    expect(body.locale).toBe('ru');
    expect(body.query).toBe('Циндао');
    const kinds = body.data.map((s) => s.kind);
    expect([...new Set(kinds)]).toEqual(['partner', 'agreement', 'event', 'project']); // never a proposal: it has no page of its own
    for (const kind of new Set(kinds)) expect(kinds.filter((k) => k === kind).length).toBeLessThanOrEqual(3);
    expect(body.data[0]).toEqual({
      kind: 'partner',
      title: { text: 'Циндао', lang: 'ru', fallback: false },
      detail: 'Город · Китай',
      pageUrl: `${SITE}/ru/partners/qingdao`,
    });
    expect(body.data.find((s) => s.kind === 'agreement')?.pageUrl).toMatch(new RegExp(`^${SITE}/ru/agreements/\\d+$`));
    expect(body.data.find((s) => s.kind === 'project')?.pageUrl).toBe(`${SITE}/ru/projects/kazan-qingdao-pupils-cooperation`);
  });

  it('answers in the locale asked for, with its dates and words, whatever the language typed', async () => {
    const kk = (await suggest(q('Universiade experience', 'kk'))).body;
    expect(kk.data.find((s) => s.kind === 'event')).toEqual({
      kind: 'event',
      title: { text: 'Қазан Универсиада өткізу тәжірибесін үйренді', lang: 'kk', fallback: false },
      detail: '2011–2012',
      pageUrl: `${SITE}/kk/events/2011-kazan-universiade-experience`,
    });
    const en = (await suggest(q('Циндао', 'en'))).body;
    expect(en.data[0]).toMatchObject({ title: { text: 'Qingdao', lang: 'en' }, detail: 'City · China', pageUrl: `${SITE}/en/partners/qingdao` });
  });

  it('never suggests a draft, scheduled or trashed record', async () => {
    for (const text of ['Черновик', 'Запланировано', 'В корзине', 'Скрытый город', 'Тайноград', 'draft-event', 'trashed-event', 'scheduled-event'])
      expect((await suggest(q(text))).body.data, text).toEqual([]);
  });

  it('takes % and _ as plain characters, and suggests nothing for punctuation alone', async () => {
    for (const text of ['%%', '__', '%_', "'; --"]) {
      const { status, body } = await suggest(q(text));
      expect([status, body.data], text).toEqual([200, []]);
    }
    expect((await suggest(q('Циндао%'))).body.data[0]?.pageUrl).toBe(`${SITE}/ru/partners/qingdao`);
  });

  it.each([
    ['', 'Parameter "q" is required.'],
    ['q=', 'Parameter "q" is required.'],
    ['q=%D0%A6', 'Parameter "q" must be at least 2 characters long.'],
    [`q=${'я'.repeat(500)}`, 'Parameter "q" must be at most 200 characters long.'],
    ['q=%FF%FE', 'Parameter "q" is not valid UTF-8 percent-encoding.'],
    ['q=%C0%AF%C0%AF', 'Parameter "q" is not valid UTF-8 percent-encoding.'],
    ['q=Циндао&q=Чэнду', 'Parameter "q" is given more than once.'],
  ])('refuses ?%s with a 400 that says why', async (query, message) => {
    const { status, body } = await get<ErrorBody>(routes.search, '/search', `/api/v1/search?${query}`);
    expect(status).toBe(400);
    expect(body.error).toEqual({ code: 'invalid_parameter', parameter: 'q', message });
  });
});

describe('bad query strings', () => {
  const cases: [keyof typeof routes, string, string, string, Record<string, string>?][] = [
    ['events', '/events', 'year=abc', 'year'],
    ['events', '/events', 'page=0', 'page'],
    ['agreements', '/agreements', 'perPage=10000', 'perPage'],
    ['partners', '/partners', 'locale=de', 'locale'],
    ['agreements', '/agreements', 'sort=x', 'sort'],
    ['partners', '/partners', 'unknown=1', 'unknown'],
    ['events', '/events', 'sort=date', 'sort'], // the timeline has no order to choose
    ['events', '/events', 'year=2013&year=2014', 'year'],
    ['partners', '/partners', 'country=cn', 'country'],
    ['agreements', '/agreements', 'partner=../x', 'partner'],
    ['agreement', '/agreements/{id}', 'locale=xx', 'locale', { id: '1' }],
    ['partner', '/partners/{slug}', 'page=2', 'page', { slug: 'chengdu' }],
    ['openapi', '/openapi.json', 'v=2', 'v'],
    // Whole numbers in digits only: each of these once answered 200 with a guessed value.
    ['partners', '/partners', 'perPage=0x10', 'perPage'],
    ['agreements', '/agreements', 'perPage=1e2', 'perPage'],
    ['events', '/events', 'page=+1', 'page'],
    ['events', '/events', 'year=%202015', 'year'],
    ['partners', '/partners', 'q=%FF%FE', 'q'],
    ['projects', '/projects', 'theme=art', 'theme'],
    ['projects', '/projects', 'dir=asc', 'dir'], // the register has one direction per order
    ['project', '/projects/{slug}', 'page=2', 'page', { slug: 'kazan-qingdao-pupils-cooperation' }],
    ['proposals', '/proposals', 'stage=initiative', 'stage'],
  ];
  it.each(cases)('%s (%s) ?%s is a 400 naming the parameter', async (name, path, query, parameter, params) => {
    const url = `/api/v1/${name}?${query}`;
    const res = await get<ErrorBody>(routes[name], path, url, { params });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'invalid_parameter', parameter });
    expect(res.body.error.message).toContain(`"${parameter}"`);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('names the documented maximum of page, not the largest integer JavaScript holds exactly', async () => {
    const res = await get<ErrorBody>(routes.events, '/events', '/api/v1/events?page=99999999999999999999');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('Parameter "page" must be at most 100000.');
  });

  it('never answers 500, whatever the query string', async () => {
    const queries = [
      '%00',
      'q=' + 'я'.repeat(500),
      'year=1e3',
      'year=-1',
      'page=99999999999999999999',
      'perPage=-1',
      'perPage=1.5',
      'locale=',
      'dir=%F0',
      '&&&',
      '=1',
      'q=%27%3B--',
      'year=2013&page=100000',
      'partner=' + 'a'.repeat(100),
    ];
    const paths: Record<keyof typeof routes, string> = {
      partners: '/partners',
      partner: '/partners/{slug}',
      agreements: '/agreements',
      agreement: '/agreements/{id}',
      events: '/events',
      event: '/events/{slug}',
      projects: '/projects',
      project: '/projects/{slug}',
      proposals: '/proposals',
      search: '/search',
      openapi: '/openapi.json',
    };
    for (const [name, path] of Object.entries(paths) as [keyof typeof routes, string][]) {
      const params: Record<string, string> =
        name === 'agreement'
          ? { id: String(ids.chengdu) }
          : { slug: name === 'event' ? '2011-kazan-universiade-experience' : name === 'project' ? 'kazan-qingdao-pupils-cooperation' : 'chengdu' };
      for (const query of queries) {
        const res = await get(routes[name], path, `/api/v1/x?${query}`, { params });
        expect([200, 400], `${name}?${query}`).toContain(res.status);
      }
    }
  });
});

describe('query counts', () => {
  it('do not grow with the rows of a list', async () => {
    let operations = 0;
    const counting = database.prisma.$extends({
      query: {
        $allOperations({ args, query }) {
          operations++;
          return query(args);
        },
      },
    });
    const count = async (route: OpenDataRoute, url: string) => {
      operations = 0;
      expect((await call(route, url)).status).toBe(200);
      expect(operations).toBeGreaterThan(0);
      return operations;
    };
    client.prisma = counting as unknown as PrismaClient;
    try {
      for (const [route, one, many] of [
        [routes.partners, '/api/v1/partners?country=BG', '/api/v1/partners'],
        [routes.agreements, '/api/v1/agreements?partner=chengdu', '/api/v1/agreements'],
        [routes.events, '/api/v1/events?year=2011', '/api/v1/events?perPage=100'],
        [routes.projects, '/api/v1/projects?partner=qingdao', '/api/v1/projects'],
        [routes.projects, '/api/v1/projects?partner=qingdao&sort=title', '/api/v1/projects?sort=title'],
      ] as const) {
        expect(await count(route, many), many).toBe(await count(route, one));
      }
    } finally {
      client.prisma = database.prisma;
    }
  });
});

describe('paths and methods the API does not have', () => {
  it('answers an unknown path with a JSON 404 in the Error format, by any method', async () => {
    for (const path of ['/api/v1/nope', '/api/v1/partners/chengdu/nope', '/api/v1']) {
      for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const) {
        const response = await unknown[method](new Request(`http://localhost${path}`, { method }));
        expect(response.status, `${method} ${path}`).toBe(404);
        expect(response.headers.get('content-type')).toBe('application/json');
        expect(response.headers.get('access-control-allow-origin')).toBe('*');
        const body = (await response.json()) as ErrorBody;
        checker.expectError(body);
        expect(body.error).toMatchObject({ code: 'not_found', message: expect.stringContaining(path) });
      }
      const head = await unknown.HEAD(new Request(`http://localhost${path}`, { method: 'HEAD' }));
      expect([head.status, await head.text()]).toEqual([404, '']);
    }
  });

  it('refuses a method that would change data with a JSON 405 naming the methods it takes', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
      const response = await routes.partners[method](new Request('http://localhost/api/v1/partners', { method }));
      expect(response.status, method).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
      const body = (await response.json()) as ErrorBody;
      checker.expectError(body);
      expect(body.error.code).toBe('method_not_allowed');
    }
  });
});

describe('conditional requests, HEAD and CORS', () => {
  it('answers 304 to a matching ETag or a current If-Modified-Since', async () => {
    const first = await call(routes.agreements, '/api/v1/agreements?partner=chengdu');
    const etag = first.headers.get('etag');
    const lastModified = first.headers.get('last-modified');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(lastModified).not.toBeNull();
    expect(first.headers.get('cache-control')).toMatch(/public/);
    expect((await call(routes.agreements, '/api/v1/agreements?partner=chengdu', { headers: { 'If-None-Match': etag ?? '' } })).status).toBe(304);
    expect((await call(routes.agreements, '/api/v1/agreements?partner=chengdu', { headers: { 'If-None-Match': `"other", W/${etag}` } })).status).toBe(304);
    expect((await call(routes.agreements, '/api/v1/agreements?partner=chengdu', { headers: { 'If-None-Match': '"other"' } })).status).toBe(200);
    expect((await call(routes.agreements, '/api/v1/agreements?partner=chengdu', { headers: { 'If-Modified-Since': lastModified ?? '' } })).status).toBe(304);
    const before = new Date(Date.parse(lastModified ?? '') - 1000).toUTCString();
    expect((await call(routes.agreements, '/api/v1/agreements?partner=chengdu', { headers: { 'If-Modified-Since': before } })).status).toBe(200);
    const detail = await call(routes.partner, '/api/v1/partners/chengdu', { params: { slug: 'chengdu' } });
    expect(
      (await call(routes.partner, '/api/v1/partners/chengdu', { params: { slug: 'chengdu' }, headers: { 'If-None-Match': detail.headers.get('etag') ?? '' } }))
        .status,
    ).toBe(304);
  });

  it('changes the ETag and Last-Modified when a record goes to the trash', async () => {
    const before = await call(routes.events, '/api/v1/events?year=2013');
    await new Promise((resolve) => setTimeout(resolve, 1100)); // Last-Modified counts whole seconds
    const event = await database.prisma.event.findFirstOrThrow({
      where: { startDate: { gte: new Date('2013-01-01'), lt: new Date('2014-01-01') }, deletedAt: null },
    });
    await database.prisma.event.update({ where: { id: event.id }, data: { deletedAt: new Date() } });
    // What the trash's revalidateTag() tells this process (lib/cache/cache-handler.mjs): the API then reads the data's date again.
    processInvalidations().note(['events']);
    try {
      const after = await call(routes.events, '/api/v1/events?year=2013', { headers: { 'If-None-Match': before.headers.get('etag') ?? '' } });
      expect(after.status).toBe(200);
      expect(Date.parse(after.headers.get('last-modified') ?? '')).toBeGreaterThan(Date.parse(before.headers.get('last-modified') ?? ''));
      const stale = await call(routes.events, '/api/v1/events?year=2013', { headers: { 'If-Modified-Since': before.headers.get('last-modified') ?? '' } });
      expect(stale.status).toBe(200);
    } finally {
      await database.prisma.event.update({ where: { id: event.id }, data: { deletedAt: null } });
    }
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const got = await call(routes.partners, '/api/v1/partners');
    const head = await call(routes.partners, '/api/v1/partners', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toBe(got.headers.get('etag'));
    expect(head.headers.get('content-length')).toBe(got.headers.get('content-length'));
    expect(await head.text()).toBe('');
  });

  it('lets any site read the data from a browser', async () => {
    const res = await call(routes.events, '/api/v1/events');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toMatch(/ETag.*Last-Modified/);
    const notFound = await call(routes.event, '/api/v1/events/none', { params: { slug: 'none' } });
    expect(notFound.headers.get('access-control-allow-origin')).toBe('*');
    const preflight = await routes.events.OPTIONS();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/If-None-Match/);
  });
});
