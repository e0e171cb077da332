import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { datasets, seedDataset } from '@/prisma/seed/seed-dataset';
import { parsePartnerFilters } from '@/lib/partners/filters';
import { PARTNERS_PER_PAGE } from '@/lib/partners/list-page';
import { getPartnerProfile, PROFILE_EVENTS } from '@/lib/server/partners/profile';
import { getPartnerSummary, HOME_PARTNER_CARDS, listPartnerPage, listPartners } from '@/lib/server/partners/queries';
import { listEventTimeline } from '@/lib/server/events/timeline';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

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
  // The data layer's db() keeps its client here; this one also records the SQL it sends.
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }), log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', (e) => queries.push(e.query));
  (globalThis as unknown as { prisma?: PrismaClient }).prisma = client;
  await seedDataset(database.prisma, datasets.kazan);

  const p = database.prisma;
  for (let i = 1; i <= SYNTHETIC_PARTNERS; i++) {
    const n = String(i).padStart(2, '0');
    await p.partner.create({
      data: {
        slug: `synthetic-${n}`, kind: 'city', countryCode: i % 2 ? 'DE' : 'FR', publicationStatus: 'published',
        translations: { create: { locale: 'ru', name: `Синтетический город ${n}` } },
        // The last partner by name has the earliest agreement of all, far past the home page's cards.
        ...(i === SYNTHETIC_PARTNERS && { agreements: { create: { type: 'twinning', signedOn: new Date(Date.UTC(1950, 0, 1)), signedPrecision: 'year', publicationStatus: 'published' } } }),
      },
    });
  }
  const eskisehir = await p.partner.findUniqueOrThrow({ where: { slug: 'eskisehir' } });
  for (let i = 1; i <= SYNTHETIC_EVENTS; i++) {
    await p.event.create({
      data: {
        slug: `synthetic-event-${i}`, startDate: new Date(Date.UTC(2000 + (i % 20), i % 12, 1)), startPrecision: 'month', category: 'culture',
        // Every tenth one is a draft: neither shown nor counted.
        publicationStatus: i % 10 === 0 ? 'draft' : 'published',
        translations: { create: { locale: 'ru', title: `Синтетическое событие ${i}` } },
        partners: { create: { partnerId: eskisehir.id } },
      },
    });
  }
});

afterAll(async () => {
  await (globalThis as unknown as { prisma?: PrismaClient }).prisma?.$disconnect();
  delete (globalThis as unknown as { prisma?: PrismaClient }).prisma;
  await database.drop();
});

describe('the partners list in pages', () => {
  it('shows 50 partners a page, in the list order, with the total', async () => {
    const everyone = await listPartners('ru');
    expect(everyone).toHaveLength(5 + SYNTHETIC_PARTNERS);
    const [first, second, past] = await Promise.all([listPartnerPage('ru', unfiltered, 1), listPartnerPage('ru', unfiltered, 2), listPartnerPage('ru', unfiltered, 3)]);
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
