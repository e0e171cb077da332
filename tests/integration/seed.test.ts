import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { datasets, seedDataset } from '@/prisma/seed/seed-dataset';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let database: TestDatabase;
beforeEach(async () => {
  database = await createTestDatabase();
});
afterEach(async () => {
  await database.drop();
});

const nameIn = async (db: TestDatabase, slug: string, locale: 'ru' | 'kk' | 'en') =>
  (await db.prisma.partnerTranslation.findFirst({ where: { partner: { slug }, locale }, select: { name: true } }))?.name;

describe('the Shymkent demo dataset', () => {
  it('loads Shymkent and its 11 sister cities with names in three languages', async () => {
    const outcome = await seedDataset(database.prisma, datasets.shymkent);
    expect(outcome).toEqual({ seeded: true, counts: { partners: 11, agreements: 11, events: 0, projects: 0 } });
    const home = await database.prisma.homeCityTranslation.findMany({ orderBy: { locale: 'asc' }, select: { locale: true, name: true } });
    expect(home.map((h) => h.name)).toEqual(['Шымкент', 'Шымкент', 'Shymkent']);

    const partners = await database.prisma.partner.findMany({
      select: { slug: true, countryCode: true, latitude: true, _count: { select: { translations: true } } },
    });
    expect(partners.map((p) => `${p.slug}:${p.countryCode}`).sort()).toEqual([
      'acharnes:GR',
      'adana:TR',
      'baiyin:CN',
      'eskisehir:TR',
      'grosseto:IT',
      'istanbul:TR',
      'izmir:TR',
      'khujand:TJ',
      'mogilev:BY',
      'pattaya:TH',
      'stevenage:GB',
    ]);
    expect(partners.every((p) => p.latitude !== null && p._count.translations === 3)).toBe(true);
    expect(await nameIn(database, 'istanbul', 'kk')).toBe('Ыстамбұл');
  });

  it('keeps the seed-000 facts and invents no dates', async () => {
    await seedDataset(database.prisma, datasets.shymkent);
    const about = async (slug: string) => (await database.prisma.partnerTranslation.findFirst({ where: { partner: { slug }, locale: 'ru' } }))?.about ?? '';
    expect(await about('izmir')).toMatch(/Нурсат/);
    expect(await about('grosseto')).toMatch(/Нурсат/);
    expect(await about('khujand')).toMatch(/квартал/);
    expect(await about('stevenage')).toMatch(/указатель/);
    expect(await database.prisma.agreement.count({ where: { signedOn: { not: null } } })).toBe(0);
    expect(await database.prisma.partner.count({ where: { OR: [{ population: { not: null } }, { foundedYear: { not: null } }] } })).toBe(0);
  });

  it('is idempotent: a second run changes nothing', async () => {
    await seedDataset(database.prisma, datasets.shymkent);
    const again = await seedDataset(database.prisma, datasets.shymkent);
    expect(again.seeded).toBe(false);
    expect(await database.prisma.partner.count()).toBe(11);
    expect(await database.prisma.homeCity.count()).toBe(1);
  });

  it('seeds once when two starts race', async () => {
    const results = await Promise.all([seedDataset(database.prisma, datasets.shymkent), seedDataset(database.prisma, datasets.shymkent)]);
    expect(results.filter((r) => r.seeded)).toHaveLength(1);
    expect(await database.prisma.partner.count()).toBe(11);
  });

  it('refuses a database that already holds another dataset', async () => {
    await seedDataset(database.prisma, datasets.kazan);
    expect(await seedDataset(database.prisma, datasets.shymkent)).toEqual({ seeded: false, reason: 'the database already holds content' });
    expect(await database.prisma.partner.count()).toBe(5);
  });
});

describe('the Kazan dataset', () => {
  beforeEach(async () => {
    await seedDataset(database.prisma, datasets.kazan);
  });

  it('keeps the facts of seed 001, BCE years and a region among partners', async () => {
    const chengdu = await database.prisma.partner.findUniqueOrThrow({ where: { slug: 'chengdu' } });
    expect(chengdu).toMatchObject({
      foundedYear: -311,
      population: 4_300_000,
      populationYear: 2021,
      areaYear: 2021,
      timeZone: 'Asia/Shanghai',
      websiteUrl: 'http://www.chengdu.gov.cn/',
    });
    expect(chengdu.areaKm2?.toString()).toBe('885.61');
    expect((await database.prisma.partner.findUniqueOrThrow({ where: { slug: 'eskisehir' } })).foundedYear).toBe(-1000);
    expect((await database.prisma.partner.findUniqueOrThrow({ where: { slug: 'shumen-province' } })).kind).toBe('region');
  });

  it('dates the agreements at year precision, as the source does', async () => {
    const agreements = await database.prisma.agreement.findMany({
      select: { type: true, signedOn: true, signedPrecision: true, partner: { select: { slug: true } } },
    });
    const byPartner = Object.fromEntries(agreements.map((a) => [a.partner.slug, `${a.type} ${a.signedOn?.toISOString().slice(0, 4)} ${a.signedPrecision}`]));
    expect(byPartner).toEqual({
      qingdao: 'twinning 2024 year',
      chengdu: 'friendly_cooperation_memorandum 2015 year',
      'shumen-province': 'cooperation 2003 year',
      shenzhen: 'friendly_cooperation_memorandum 2012 year',
      eskisehir: 'friendship_treaty 1997 year',
    });
  });

  it('keeps every dated event at its precision, with forums shared by several partners', async () => {
    const event = (slug: string) =>
      database.prisma.event.findUniqueOrThrow({
        where: { slug },
        select: { startDate: true, startPrecision: true, endDate: true, endPrecision: true, partners: { select: { partner: { select: { slug: true } } } } },
      });
    const festival = await event('2025-07-26-twin-cities-youth-music-festival');
    expect([festival.startDate.toISOString().slice(0, 10), festival.endDate?.toISOString().slice(0, 10), festival.startPrecision]).toEqual([
      '2025-07-26',
      '2025-07-30',
      'day',
    ]);
    const meeting = await event('2021-08-kazan-qingdao-online-meeting');
    expect([meeting.startDate.toISOString().slice(0, 10), meeting.startPrecision]).toEqual(['2021-08-01', 'month']);
    const roundTable = await event('2020-09-23-smart-city-mayors-round-table');
    expect(roundTable.partners.map((p) => p.partner.slug).sort()).toEqual(['chengdu', 'eskisehir', 'shenzhen']);
    expect(await database.prisma.event.count()).toBe(42);
    expect(await database.prisma.eventPartner.count({ where: { partner: { slug: 'shumen-province' } } })).toBe(0);
  });

  it("has Qingdao's twinning as a signed proposal and Xiamen's at the initiative, both public, dated as seed 001 dates them", async () => {
    const proposals = await database.prisma.proposal.findMany({
      orderBy: { id: 'asc' },
      select: {
        stage: true,
        visibility: true,
        publicationStatus: true,
        countryCode: true,
        partner: { select: { slug: true } },
        agreement: { select: { type: true, partner: { select: { slug: true } } } },
        translations: { orderBy: { locale: 'asc' }, select: { partnerName: true, initiator: true, rationale: true } },
        stages: { orderBy: { position: 'asc' }, select: { stage: true, date: true, precision: true, note: true } },
      },
    });
    const history = (p: (typeof proposals)[number]) => p.stages.map((s) => `${s.stage} ${s.date.toISOString().slice(0, 10)} ${s.precision}`);
    const [qingdao, xiamen, ...others] = proposals;
    expect(others).toEqual([]);
    expect(qingdao).toMatchObject({ stage: 'agreement_signed', visibility: 'public', publicationStatus: 'published', countryCode: 'CN' });
    expect(qingdao!.translations.map((t) => t.partnerName)).toEqual(['Циндао', 'Циндао', 'Qingdao']);
    expect(history(qingdao!)).toEqual(['initiative 2021-01-01 year', 'negotiations 2021-08-01 month', 'agreement_signed 2024-01-01 year']);
    expect(qingdao!.stages[1]!.note).toMatch(/Онлайн-совещание/);
    expect([qingdao!.partner?.slug, qingdao!.agreement?.type, qingdao!.agreement?.partner.slug]).toEqual(['qingdao', 'twinning', 'qingdao']);
    expect(xiamen).toMatchObject({ stage: 'initiative', visibility: 'public', publicationStatus: 'published', partner: null, agreement: null });
    expect(xiamen!.translations.map((t) => t.partnerName)).toEqual(['Сямынь', 'Сямынь', 'Xiamen']);
    expect(history(xiamen!)).toEqual(['initiative 2021-01-01 year']);
    // The seed says who proposed them, never why.
    expect(proposals.flatMap((p) => p.translations.map((t) => t.initiator))).toEqual(Array(6).fill(expect.stringMatching(/Xiamen|Сямынь/)));
    expect(proposals.flatMap((p) => p.translations.map((t) => t.rationale))).toEqual(Array(6).fill(null));
  });

  it('has the school exchange programmes of seed 001 as projects, with their dated events, and no status or date the seed does not give', async () => {
    const project = (slug: string) =>
      database.prisma.project.findUniqueOrThrow({
        where: { slug },
        select: {
          status: true,
          startDate: true,
          startPrecision: true,
          endDate: true,
          publicationStatus: true,
          partners: { select: { partner: { select: { slug: true } } } },
          agreements: { select: { agreement: { select: { partner: { select: { slug: true } } } } } },
          organizations: {
            orderBy: { position: 'asc' },
            select: { kind: true, translations: { where: { locale: 'en' }, select: { name: true, city: true } } },
          },
          events: { orderBy: { startDate: 'asc' }, select: { slug: true } },
          sources: { select: { source: { select: { publisher: true } } } },
        },
      });
    const exchange = await project('solntse-ke-zhuang-school-exchange');
    expect(exchange).toMatchObject({ status: null, startPrecision: 'day', endDate: null, publicationStatus: 'published' });
    expect(exchange.startDate?.toISOString().slice(0, 10)).toBe('2025-03-17');
    expect(exchange.partners.map((p) => p.partner.slug)).toEqual(['shenzhen']);
    expect(exchange.agreements.map((a) => a.agreement.partner.slug)).toEqual(['shenzhen']);
    expect(exchange.organizations.map((o) => [o.kind, o.translations[0]?.city])).toEqual([
      ['school', 'Kazan'],
      ['school', 'Shenzhen'],
    ]);
    expect(exchange.events.map((e) => e.slug)).toEqual([
      '2025-03-17-kazan-shenzhen-schools-first-telebridge',
      '2025-04-08-kazan-shenzhen-schools-second-teleconference',
      '2025-06-11-solntse-school-delegation-shenzhen',
    ]);
    expect(exchange.sources.map((s) => s.source.publisher)).toEqual(['Казанская городская Дума']);

    const pupils = await project('kazan-qingdao-pupils-cooperation');
    expect(pupils).toMatchObject({ status: null, startDate: null, agreements: [] });
    expect(pupils.events.map((e) => e.slug)).toEqual(['2022-03-01-kazan-qingdao-school-forum']);
    const training = await project('chengdu-partner-exchange-training');
    expect(training).toMatchObject({ status: null, startDate: null, events: [], organizations: [{ kind: 'municipal_body' }] });
    expect(await database.prisma.project.count()).toBe(4);
  });
});

describe('the Almaty Region dataset', () => {
  beforeEach(async () => {
    await seedDataset(database.prisma, datasets['almaty-region']);
  });

  it('makes the home a region, twinned with Sichuan Province in 2017 at year precision', async () => {
    const home = await database.prisma.homeCity.findUniqueOrThrow({ where: { id: 1 }, include: { translations: { orderBy: { locale: 'asc' } } } });
    expect(home.kind).toBe('region');
    expect(home.translations.map((t) => t.name)).toEqual(['Алматинская область', 'Алматы облысы', 'Almaty Region']);
    const sichuan = await database.prisma.partner.findUniqueOrThrow({ where: { slug: 'sichuan-province' } });
    expect(sichuan).toMatchObject({ kind: 'region', countryCode: 'CN' });
    const [agreement, ...others] = await database.prisma.agreement.findMany({ select: { type: true, signedOn: true, signedPrecision: true } });
    expect(others).toEqual([]);
    expect([agreement?.type, agreement?.signedOn?.toISOString().slice(0, 4), agreement?.signedPrecision]).toEqual(['twinning', '2017', 'year']);
  });

  it('has the Chengdu conference of 12 November 2024 with Sichuan, citing seed 002, and invents no facts', async () => {
    const event = await database.prisma.event.findFirstOrThrow({
      select: {
        startDate: true,
        startPrecision: true,
        endDate: true,
        partners: { select: { partner: { select: { slug: true } } } },
        sources: { select: { source: { select: { publisher: true, publishedOn: true } } } },
      },
    });
    expect([event.startDate.toISOString().slice(0, 10), event.startPrecision, event.endDate]).toEqual(['2024-11-12', 'day', null]);
    expect(event.partners.map((p) => p.partner.slug)).toEqual(['sichuan-province']);
    expect(event.sources.map((s) => s.source)).toEqual([{ publisher: 'Пресс-служба акима Алматинской области', publishedOn: null }]);
    expect(await database.prisma.event.count()).toBe(1);
    expect(await database.prisma.proposal.count()).toBe(0);
    expect(
      await database.prisma.partner.count({
        where: { OR: [{ population: { not: null } }, { foundedYear: { not: null } }, { areaKm2: { not: null } }, { websiteUrl: { not: null } }] },
      }),
    ).toBe(0);
  });

  it('has the university alliance and the two language centres as projects with Sichuan, from 12 November 2024, with only the participants the seed names', async () => {
    const projects = await database.prisma.project.findMany({
      orderBy: { id: 'asc' },
      select: {
        slug: true,
        themes: true,
        status: true,
        startDate: true,
        startPrecision: true,
        endDate: true,
        partners: { select: { partner: { select: { slug: true } } } },
        agreements: { select: { agreementId: true } },
        sources: { select: { source: { select: { publisher: true } } } },
        organizations: {
          orderBy: { position: 'asc' },
          select: { kind: true, countryCode: true, translations: { orderBy: { locale: 'asc' }, select: { name: true, city: true } } },
        },
        translations: { where: { locale: 'ru' }, select: { title: true, summary: true, outcomes: true } },
      },
    });
    expect(projects.map((p) => p.slug)).toEqual([
      'sichuan-almaty-university-alliance',
      'almaty-chinese-language-teaching-base',
      'kazakh-and-russian-language-centre',
    ]);
    for (const p of projects) {
      expect(p).toMatchObject({ themes: ['education'], status: null, startPrecision: 'day', endDate: null, agreements: [] });
      expect(p.startDate?.toISOString().slice(0, 10)).toBe('2024-11-12');
      expect(p.partners.map((x) => x.partner.slug)).toEqual(['sichuan-province']);
      expect(p.sources.map((x) => x.source.publisher)).toEqual(['Пресс-служба акима Алматинской области']);
      expect(p.translations[0]?.outcomes).toBeNull();
    }
    const [alliance, chineseBase, languageCentre] = projects;
    expect(alliance!.translations[0]?.summary).toMatch(/47 образовательных учреждений/);
    expect(alliance!.organizations).toEqual([]);
    expect(chineseBase!.organizations).toEqual([]);
    expect(languageCentre!.organizations).toEqual([
      {
        kind: 'university',
        countryCode: 'CN',
        translations: [
          { name: 'Сычуаньский педагогический университет', city: null },
          { name: 'Сычуань педагогикалық университеті', city: null },
          { name: 'Sichuan Normal University', city: null },
        ],
      },
      {
        kind: 'university',
        countryCode: 'KZ',
        translations: [
          { name: 'Университет «Туран»', city: null },
          { name: '«Тұран» университеті', city: null },
          { name: 'Turan University', city: null },
        ],
      },
    ]);
    // The conference belongs to none of them: an event has one project at most.
    expect(await database.prisma.event.count({ where: { projectId: { not: null } } })).toBe(0);
  });
});
