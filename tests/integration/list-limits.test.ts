import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { datasets, seedDataset } from '@/prisma/seed/seed-dataset';
import { parsePartnerFilters, PARTNERS_PER_PAGE } from '@/lib/schemas/partner';
import { AGREEMENTS_PER_PAGE, parseRegisterQuery } from '@/lib/schemas/agreement';
import { getPartnerProfile, PROFILE_EVENTS } from '@/lib/server/partners/profile';
import { getPartnerSummary, HOME_PARTNER_CARDS, listPartnerPage, listPartners } from '@/lib/server/partners/queries';
import { listEventTimeline } from '@/lib/server/events/timeline';
import { listAgreementPage, listAgreements } from '@/lib/server/agreements/register';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { installLoggingClient, removeLoggingClient } from '../support/logging-client';

// Outside Next there is no cache to configure; 'use cache' is then an inert string.
vi.mock('next/cache', () => ({ cacheLife: () => {}, cacheTag: () => {} }));

// Issue 7: pages stay small when a city has very many partners and events. Kazan (5 partners,
// Chengdu with 21 events) keeps its pages as they were; synthetic rows (marked so) push past the limits.

let database: TestDatabase;
const queries: string[] = [];
const SYNTHETIC_PARTNERS = 60;
const SYNTHETIC_EVENTS = 40;
const unfiltered = parsePartnerFilters({});

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  installLoggingClient(database.url, (e) => queries.push(e.query));
  await seedDataset(database.prisma, datasets.kazan);

  const p = database.prisma;
  for (let i = 1; i <= SYNTHETIC_PARTNERS; i++) {
    const n = String(i).padStart(2, '0');
    await p.partner.create({
      data: {
        slug: `synthetic-${n}`,
        kind: 'city',
        countryCode: i % 2 ? 'DE' : 'FR',
        publicationStatus: 'published',
        translations: { create: { locale: 'ru', name: `Синтетический город ${n}` } },
        // The last partner by name has the earliest agreement of all, far past the home page's cards.
        ...(i === SYNTHETIC_PARTNERS && {
          agreements: { create: { type: 'twinning', signedOn: new Date(Date.UTC(1950, 0, 1)), signedPrecision: 'year', publicationStatus: 'published' } },
        }),
      },
    });
  }
  const eskisehir = await p.partner.findUniqueOrThrow({ where: { slug: 'eskisehir' } });
  for (let i = 1; i <= SYNTHETIC_EVENTS; i++) {
    await p.event.create({
      data: {
        slug: `synthetic-event-${i}`,
        startDate: new Date(Date.UTC(2000 + (i % 20), i % 12, 1)),
        startPrecision: 'month',
        category: 'culture',
        // Every tenth one is a draft: neither shown nor counted.
        publicationStatus: i % 10 === 0 ? 'draft' : 'published',
        translations: { create: { locale: 'ru', title: `Синтетическое событие ${i}` } },
        partners: { create: { partnerId: eskisehir.id } },
      },
    });
  }
});

afterAll(async () => {
  await removeLoggingClient();
  await database.drop();
});

describe('the partners list in pages', () => {
  it('shows 50 partners a page, in the list order, with the total', async () => {
    const everyone = await listPartners('ru');
    expect(everyone).toHaveLength(5 + SYNTHETIC_PARTNERS);
    const [first, second, past] = await Promise.all([
      listPartnerPage('ru', unfiltered, 1),
      listPartnerPage('ru', unfiltered, 2),
      listPartnerPage('ru', unfiltered, 3),
    ]);
    expect(first).toMatchObject({ total: 65, page: 1, pageCount: 2 });
    expect(first.items).toHaveLength(PARTNERS_PER_PAGE);
    expect(second.items).toHaveLength(65 - PARTNERS_PER_PAGE);
    expect([...first.items, ...second.items].map((p) => p.slug)).toEqual(everyone.map((p) => p.slug));
    expect(past).toMatchObject({ items: [], pageCount: 2 });
  });

  it('counts and pages what the filters match', async () => {
    const germans = await listPartnerPage('ru', parsePartnerFilters({ country: 'DE' }), 1);
    expect(germans).toMatchObject({ total: SYNTHETIC_PARTNERS / 2, pageCount: 1 });
    expect(germans.items.every((p) => p.countryCode === 'DE')).toBe(true);
  });
});

describe('the home page partners', () => {
  it('computes the figures over every partner but carries only the first cards', async () => {
    const [summary, everyone] = await Promise.all([getPartnerSummary('ru'), listPartners('ru')]);
    expect(summary.count).toBe(65);
    expect(summary.countryCount).toBe(new Set(everyone.map((p) => p.countryCode)).size);
    expect(summary.first.map((p) => p.slug)).toEqual(everyone.slice(0, HOME_PARTNER_CARDS).map((p) => p.slug));
    expect(summary.oldest?.partner.slug).toBe(`synthetic-${SYNTHETIC_PARTNERS}`);
    expect(summary.oldest?.signedOn).toEqual(new Date(Date.UTC(1950, 0, 1)));
  });
});

describe('the events on a partner profile', () => {
  it('lists all of a demo partner’s events when they are few (Chengdu, 21)', async () => {
    const chengdu = await getPartnerProfile('ru', 'chengdu');
    expect(chengdu?.eventCount).toBe(21);
    expect(chengdu?.events).toHaveLength(21);
  });

  it('lists only the newest ones, limited in SQL, and counts them all', async () => {
    queries.length = 0;
    const profile = await getPartnerProfile('ru', 'eskisehir');
    const sent = [...queries];
    const timeline = await listEventTimeline('ru', { year: undefined, partner: 'eskisehir', category: undefined }, 1, 100);
    expect(profile?.eventCount).toBe(9 + SYNTHETIC_EVENTS - SYNTHETIC_EVENTS / 10);
    expect(profile?.eventCount).toBe(timeline.total);
    expect(profile?.events.map((e) => e.slug)).toEqual(timeline.events.slice(0, PROFILE_EVENTS).map((e) => e.slug));
    const eventRows = sent.filter((q) => q.includes('FROM "public"."Event"') && q.includes('"startDate" DESC'));
    expect(eventRows, 'the profile loads its events in one query').toHaveLength(1);
    expect(eventRows[0]).toMatch(/LIMIT \$\d+/);
  });
});

describe('the agreements register in pages', () => {
  // Kazan's 5 agreements and the synthetic partner's one, plus an undated one per synthetic partner.
  const TOTAL = 5 + 1 + SYNTHETIC_PARTNERS;
  const byDate = parseRegisterQuery({});

  beforeAll(async () => {
    const synthetic = await database.prisma.partner.findMany({ where: { slug: { startsWith: 'synthetic-' } }, select: { id: true } });
    await database.prisma.agreement.createMany({
      data: synthetic.map((p) => ({ partnerId: p.id, type: 'other' as const, publicationStatus: 'published' as const })),
    });
  });

  it('shows 50 agreements a page, in the register order, with the total', async () => {
    const everything = await listAgreements('ru', byDate);
    expect(everything).toHaveLength(TOTAL);
    const [first, second, past] = await Promise.all([
      listAgreementPage('ru', byDate, 1),
      listAgreementPage('ru', byDate, 2),
      listAgreementPage('ru', byDate, 3),
    ]);
    expect(first).toMatchObject({ total: TOTAL, page: 1, pageCount: 2 });
    expect(first.items).toHaveLength(AGREEMENTS_PER_PAGE);
    expect(second.items).toHaveLength(TOTAL - AGREEMENTS_PER_PAGE);
    expect([...first.items, ...second.items].map((a) => a.id)).toEqual(everything.map((a) => a.id));
    expect(past).toMatchObject({ items: [], pageCount: 2 });
  });

  it('pages every order and counts what the filters match', async () => {
    const byPartner = parseRegisterQuery({ sort: 'partner', dir: 'desc' });
    const page = await listAgreementPage('en', byPartner, 2);
    expect(page.items.map((a) => a.id)).toEqual((await listAgreements('en', byPartner)).slice(AGREEMENTS_PER_PAGE).map((a) => a.id));
    const others = await listAgreementPage('ru', parseRegisterQuery({ type: 'other' }), 1);
    expect(others).toMatchObject({ total: SYNTHETIC_PARTNERS, pageCount: 2 });
    expect(others.items.every((a) => a.type === 'other')).toBe(true);
  });

  it('sends as many queries for a full page as for one row', async () => {
    queries.length = 0;
    await listAgreementPage('ru', byDate, 1);
    const full = queries.length;
    expect(full).toBeGreaterThan(0);
    queries.length = 0;
    const one = await listAgreementPage('ru', parseRegisterQuery({ partner: 'chengdu' }), 1);
    expect(one.items).toHaveLength(1);
    expect(queries.length).toBe(full);
  });
});
