import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Pool } from 'pg';
import type { Prisma } from '@/lib/generated/prisma/client';
import { datasets, seedDataset } from '@/prisma/seed/seed-dataset';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

// The DAL runs here outside Next: its cache directives are inert, and db() is this file's database.
const client = vi.hoisted(() => ({ prisma: undefined as PrismaClient | undefined, pool: undefined as Pool | undefined }));
vi.mock('next/cache', () => ({ cacheLife: () => undefined, cacheTag: () => undefined }));
vi.mock('@/lib/server/db', () => ({ db: () => client.prisma }));
vi.mock('@/lib/server/database/pool', () => ({ databasePool: () => client.pool }));

const { listPublicProposals } = await import('@/lib/server/proposals/public-list');
const { searchPortal } = await import('@/lib/server/search/queries');
const { listPublicDetailPages } = await import('@/lib/server/sitemap/queries');
const { getHomeCity } = await import('@/lib/server/home-city/queries');
const { getPartnerSummary } = await import('@/lib/server/partners/queries');
const { countPublicEvents } = await import('@/lib/server/events/queries');
const { getMapData } = await import('@/lib/server/map/queries');
const { getLastContentChange, listAgreementYears, listEventYears } = await import('@/lib/server/stats/queries');

let database: TestDatabase;

/** Everything the home page reads, in every language: what a hidden proposal must not change. */
const homePage = () =>
  Promise.all(
    (['ru', 'kk', 'en'] as const).map(async (locale) => ({
      home: await getHomeCity(locale),
      partners: await getPartnerSummary(locale),
      events: await countPublicEvents(),
      map: await getMapData(locale),
      lastChange: await getLastContentChange(),
      agreementYears: await listAgreementYears(),
      eventYears: await listEventYears(),
    })),
  );
let homeBefore: Awaited<ReturnType<typeof homePage>>;
let sitemapBefore: Awaited<ReturnType<typeof listPublicDetailPages>>;

const HOUR = 3_600_000;
/** Proposals the public must never see, each for another reason, all named "Тайноград…". */
const hidden = (chengdu: { partnerId: string; agreementId: number }): Record<string, Prisma.ProposalCreateInput> => {
  const proposal = (name: string, extra: Partial<Prisma.ProposalCreateInput>): Prisma.ProposalCreateInput => ({
    countryCode: 'FR',
    latitude: 48.85,
    longitude: 2.35,
    stage: 'initiative',
    visibility: 'public',
    publicationStatus: 'published',
    translations: {
      create: [
        { locale: 'ru', partnerName: `Тайноград ${name}`, initiator: 'Мэрия Тайнограда', rationale: 'Общие проблемы' },
        { locale: 'en', partnerName: `Taynograd ${name}` },
      ],
    },
    stages: { create: [{ position: 0, stage: 'initiative', date: new Date('2025-05-01'), precision: 'month' }] },
    ...extra,
  });
  return {
    internal: proposal('внутренний', { visibility: 'internal' }),
    internalSigned: proposal('подписанный внутренний', {
      visibility: 'internal',
      stage: 'agreement_signed',
      partner: { connect: { id: chengdu.partnerId } },
      agreement: { connect: { id: chengdu.agreementId } },
      stages: {
        create: [
          { position: 0, stage: 'initiative', date: new Date('2025-01-01'), precision: 'year' },
          { position: 1, stage: 'agreement_signed', date: new Date('2025-06-01'), precision: 'month' },
        ],
      },
    }),
    draft: proposal('черновик', { publicationStatus: 'draft' }),
    trashed: proposal('в корзине', { deletedAt: new Date() }),
    scheduled: proposal('запланированный', { publicationStatus: 'scheduled', publishAt: new Date(Date.now() + HOUR) }),
  };
};

beforeAll(async () => {
  database = await createTestDatabase();
  client.prisma = database.prisma;
  client.pool = database.pool;
  await seedDataset(database.prisma, datasets.kazan);
  homeBefore = await homePage();
  sitemapBefore = await listPublicDetailPages();
  const chengdu = await database.prisma.agreement.findFirstOrThrow({ where: { partner: { slug: 'chengdu' } }, select: { id: true, partnerId: true } });
  for (const data of Object.values(hidden({ partnerId: chengdu.partnerId, agreementId: chengdu.id }))) await database.prisma.proposal.create({ data });
  // Due a minute ago: the public sees it, as any scheduled record whose time has come.
  await database.prisma.proposal.create({
    data: {
      countryCode: 'RU',
      stage: 'letter_of_intent',
      visibility: 'public',
      publicationStatus: 'scheduled',
      publishAt: new Date(Date.now() - 60_000),
      translations: { create: [{ locale: 'ru', partnerName: 'Великий Новгород' }] },
      stages: {
        create: [
          { position: 0, stage: 'initiative', date: new Date('2025-01-01'), precision: 'year' },
          { position: 1, stage: 'letter_of_intent', date: new Date('2025-03-10'), precision: 'day', note: 'Письмо направлено' },
        ],
      },
    },
  });
});
afterAll(async () => {
  await database.drop();
});

describe('the public proposals', () => {
  it('are the public, published ones only, the most recently moved first: never an internal, draft, trashed or not-yet-due one', async () => {
    for (const locale of ['ru', 'kk', 'en'] as const) {
      const names = (await listPublicProposals(locale)).map((p) => p.partnerName.text);
      expect(names.some((name) => /Тайноград|Taynograd/.test(name))).toBe(false);
    }
    expect((await listPublicProposals('ru')).map((p) => p.partnerName.text)).toEqual(['Великий Новгород', 'Циндао', 'Сямынь']);
    // What the page counts is this list: three, in every language.
    expect((await listPublicProposals('en')).length).toBe(3);
  });

  it('give the proposed partner, initiator and dated history in the page language, and a Russian note as Russian', async () => {
    const [novgorod, qingdao, xiamen] = await listPublicProposals('en');
    expect(xiamen).toMatchObject({
      stage: 'initiative',
      countryCode: 'CN',
      latitude: 24.4798,
      longitude: 118.0894,
      partnerName: { text: 'Xiamen', lang: 'en', isFallback: false },
      place: { text: 'Fujian Province', lang: 'en', isFallback: false },
      initiator: { text: 'Officials of the cities of Xiamen and Qingdao', lang: 'en', isFallback: false },
      rationale: null,
      agreement: null,
      partner: null,
    });
    expect(qingdao!.stages.map((s) => `${s.stage} ${s.date.toISOString().slice(0, 7)} ${s.precision}`)).toEqual([
      'initiative 2021-01 year',
      'negotiations 2021-08 month',
      'agreement_signed 2024-01 year',
    ]);
    expect(novgorod).toMatchObject({ partnerName: { text: 'Великий Новгород', lang: 'ru', isFallback: true }, place: null, initiator: null });
    expect(novgorod!.stages[1]!.note).toBe('Письмо направлено');
  });
});

describe('a public proposal in search', () => {
  const found = async (locale: 'ru' | 'kk' | 'en', query: string) => (await searchPortal(locale, query)).proposals;

  it('is found by the proposed partner’s name, place or initiator in each language, named in the page language, with the id its anchor on the proposals page takes', async () => {
    const xiamen = (await listPublicProposals('en')).find((p) => p.partnerName.text === 'Xiamen');
    for (const [locale, query] of [
      ['ru', 'Сямынь'],
      ['kk', 'Фуцзянь провинциясы'],
      ['en', 'Xiamen'],
      ['en', 'Fujian'],
      ['ru', 'представители городов Сямынь'],
      ['kk', 'Сямын'], // ь left out
    ] as const) {
      expect(
        (await found(locale, query)).map((p) => p.id),
        `${locale}: ${query}`,
      ).toContain(xiamen!.id);
    }
    // Xiamen's own name ranks first; Qingdao's initiator names Xiamen too.
    expect((await found('kk', 'Xiamen'))[0]).toEqual({
      id: xiamen!.id,
      partnerName: { text: 'Сямынь', lang: 'kk', isFallback: false },
      stage: 'initiative',
      countryCode: 'CN',
    });
    // A Russian-only proposal is found from every language, in Russian.
    expect(await found('en', 'Новгород')).toMatchObject([
      { partnerName: { text: 'Великий Новгород', lang: 'ru', isFallback: true }, stage: 'letter_of_intent' },
    ]);
  });
});

describe('an internal, draft or trashed proposal reaches no other public page', () => {
  it('changes nothing the home page reads, in any language', async () => {
    expect(await homePage()).toEqual(homeBefore);
  });

  it('is in no search result, by its name in either language, its initiator or its rationale', async () => {
    // Every hidden proposal's words are in the search index: only the data layer's check keeps them out.
    const [indexed] = await database.prisma.$queryRaw<{ count: number }[]>`
      SELECT count(DISTINCT "proposalId")::int AS count FROM "ProposalTranslation" WHERE "searchVector" @@ to_tsquery('simple', 'тайноград:*')`;
    expect(indexed?.count).toBe(Object.keys(hidden({ partnerId: '', agreementId: 0 })).length);
    for (const query of ['Тайноград', 'Taynograd', 'Мэрия Тайнограда', 'Общие проблемы', 'Тайнаград']) {
      for (const locale of ['ru', 'kk', 'en'] as const) {
        const results = await searchPortal(locale, query);
        expect(JSON.stringify(results)).not.toMatch(/Тайноград|Taynograd/);
        expect([...results.partners, ...results.agreements, ...results.events, ...results.projects, ...results.proposals]).toEqual([]);
      }
    }
  });

  it('adds no page to the sitemap', async () => {
    expect(await listPublicDetailPages()).toEqual(sitemapBefore);
  });
});

// Last: it changes Qingdao's partner and agreement, whose times of change the sitemap and home page show.
describe('a signed public proposal', () => {
  it("link a signed proposal's agreement and the partner it became, and only while the public may see them", async () => {
    const qingdaoOf = async () => (await listPublicProposals('en')).find((p) => p.partnerName.text === 'Qingdao');
    const agreement = await database.prisma.agreement.findFirstOrThrow({ where: { partner: { slug: 'qingdao' }, type: 'twinning' } });
    expect(await qingdaoOf()).toMatchObject({
      stage: 'agreement_signed',
      partner: { slug: 'qingdao', name: { text: 'Qingdao' } },
      agreement: { id: agreement.id, title: { text: expect.stringMatching(/^Agreement on the establishment of twinning relations/) } },
    });
    await database.prisma.agreement.update({ where: { id: agreement.id }, data: { deletedAt: new Date() } });
    expect(await qingdaoOf()).toMatchObject({ partner: { slug: 'qingdao' }, agreement: null });
    await database.prisma.partner.update({ where: { slug: 'qingdao' }, data: { publicationStatus: 'draft' } });
    await database.prisma.agreement.update({ where: { id: agreement.id }, data: { deletedAt: null } });
    // A draft partner hides its agreement too, as on the agreement's own page.
    expect(await qingdaoOf()).toMatchObject({ partner: null, agreement: null });
    await database.prisma.partner.update({ where: { slug: 'qingdao' }, data: { publicationStatus: 'published' } });
  });
});
