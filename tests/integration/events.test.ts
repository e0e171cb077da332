import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { datasets, seedDataset } from '@/prisma/seed/seed-dataset';
import { EVENTS_PER_PAGE, type EventTimelineFilters } from '@/lib/schemas/events';
import { listEventFilterOptions, listEventTimeline } from '@/lib/server/events/timeline';
import { getEvent } from '@/lib/server/events/detail';
import { listEventHighlights } from '@/lib/server/events/highlights';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

// Outside Next there is no cache to configure; 'use cache' is then an inert string.
vi.mock('next/cache', () => ({ cacheLife: () => {}, cacheTag: () => {} }));

let database: TestDatabase;
const DAY = 24 * 60 * 60 * 1000;
const dayOnly = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
const recent = dayOnly(new Date(Date.now() - 3 * DAY));
const upcoming = dayOnly(new Date(Date.now() + 30 * DAY));

/** Adds an event to Chengdu with a Russian title; everything else as given. */
async function addEvent(
  slug: string,
  data: { startDate: Date; publicationStatus: 'draft' | 'scheduled' | 'published'; publishAt?: Date; deletedAt?: Date; partnerSlug?: string },
) {
  const partner = await database.prisma.partner.findUniqueOrThrow({ where: { slug: data.partnerSlug ?? 'chengdu' } });
  await database.prisma.event.create({
    data: {
      slug,
      startDate: data.startDate,
      startPrecision: 'day',
      category: 'culture',
      publicationStatus: data.publicationStatus,
      publishAt: data.publishAt,
      deletedAt: data.deletedAt,
      translations: { create: { locale: 'ru', title: `Тест ${slug}` } },
      partners: { create: { partnerId: partner.id } },
    },
  });
}

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url; // the data layer's own client connects here on first use
  await seedDataset(database.prisma, datasets.kazan);
  const now = Date.now();
  await addEvent('draft-event', { startDate: recent, publicationStatus: 'draft' });
  await addEvent('scheduled-later', { startDate: recent, publicationStatus: 'scheduled', publishAt: new Date(now + 7 * DAY) });
  await addEvent('deleted-event', { startDate: recent, publicationStatus: 'published', deletedAt: new Date(now - DAY) });
  await addEvent('scheduled-due', { startDate: recent, publicationStatus: 'scheduled', publishAt: new Date(now - DAY) });
  await addEvent('upcoming-concert', { startDate: upcoming, publicationStatus: 'published' });
  // A partner still in draft: its event is public, but the partner is neither linked nor offered as a filter.
  await database.prisma.partner.create({
    data: { slug: 'hidden-city', kind: 'city', countryCode: 'CN', publicationStatus: 'draft', translations: { create: { locale: 'ru', name: 'Скрытый' } } },
  });
  await addEvent('with-hidden-partner', { startDate: recent, publicationStatus: 'published', partnerSlug: 'hidden-city' });
});
afterAll(async () => {
  await database.drop();
});

const slugs = (events: { slug: string }[]) => events.map((e) => e.slug);
const all: EventTimelineFilters = { year: undefined, partner: undefined, category: undefined };

describe('the events timeline', () => {
  it('shows published and due scheduled events, never drafts, future-scheduled or deleted ones', async () => {
    const { total, pageCount, events } = await listEventTimeline('ru', all, 1);
    // Kazan's 42, plus scheduled-due, upcoming-concert and with-hidden-partner.
    expect(total).toBe(45);
    expect(pageCount).toBe(Math.ceil(45 / EVENTS_PER_PAGE));
    expect(slugs(events)).toContain('scheduled-due');
    expect(slugs(events)).not.toContain('draft-event');
    expect(slugs(events)).not.toContain('scheduled-later');
    expect(slugs(events)).not.toContain('deleted-event');
    expect(events.find((e) => e.slug === 'with-hidden-partner')?.partners).toEqual([]);
  });

  it('lists newest first and splits into pages that together hold every event once', async () => {
    const pages = await Promise.all([1, 2, 3].map((page) => listEventTimeline('en', all, page)));
    expect(pages.map((p) => p.events.length)).toEqual([20, 20, 5]);
    const everything = pages.flatMap((p) => p.events);
    expect(new Set(slugs(everything)).size).toBe(45);
    const starts = everything.map((e) => e.startDate.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
    expect(everything.at(-1)?.slug).toBe('2011-kazan-universiade-experience');
    expect((await listEventTimeline('en', all, 4)).events).toEqual([]);
  });

  it('filters by the year an event started, by partner and by category, and combines them', async () => {
    const count = async (filters: EventTimelineFilters) => (await listEventTimeline('ru', { ...all, ...filters }, 1)).total;
    expect(await count({ year: 2021 })).toBe(6);
    expect(await count({ year: 2011 })).toBe(1); // the 2011–2012 event belongs to the year it started
    expect(await count({ year: 2012 })).toBe(0);
    expect(await count({ partner: 'eskisehir' })).toBe(9);
    expect(await count({ partner: 'shumen-province' })).toBe(0);
    expect(await count({ partner: 'hidden-city' })).toBe(0);
    expect(await count({ category: 'education' })).toBe(13);
    expect(await count({ partner: 'chengdu', year: 2021 })).toBe(3);
    expect(await count({ partner: 'eskisehir', category: 'official_delegation' })).toBe(6);
  });

  it('shows titles, places and partner names in the locale', async () => {
    const { events } = await listEventTimeline('kk', { ...all, year: 2020 }, 1);
    const roundTable = events.find((e) => e.slug === '2020-09-23-smart-city-mayors-round-table');
    expect(roundTable?.partners.map((p) => p.name.text)).toEqual(['Ескішехир', 'Чэнду', 'Шэньчжэнь']);
    expect(roundTable?.format).toBe('online');
    expect(roundTable?.title.isFallback).toBe(false);
  });

  it('offers as filter choices only what finds something', async () => {
    const options = await listEventFilterOptions('en');
    const kazanYears = [2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018, 2016, 2014, 2013, 2011];
    expect(options.years).toEqual([...new Set([upcoming.getUTCFullYear(), recent.getUTCFullYear(), ...kazanYears])]);
    expect(options.partners.map((p) => p.slug)).toEqual(['chengdu', 'eskisehir', 'qingdao', 'shenzhen']);
    expect(options.categories).not.toContain('business');
    expect(options.categories).toContain('youth');
  });
});

describe('one event', () => {
  it('has its partners, text and source, in the locale with the Russian fallback marked', async () => {
    const event = await getEvent('en', '2023-09-07-united-cities-forum-rostki');
    expect(event?.partners.map((p) => p.name.text)).toEqual(['Chengdu', 'Eskişehir', 'Shenzhen']);
    expect(event?.format).toBe('hybrid');
    expect(event?.body?.lang).toBe('en');
    expect(event?.sources.map((s) => [s.title, s.language])).toEqual([['Зарубежные города-побратимы и партнеры', 'ru']]);
    expect(event?.photos).toEqual([]);
    const fallback = await getEvent('kk', 'scheduled-due');
    expect(fallback?.title).toEqual({ text: 'Тест scheduled-due', lang: 'ru', isFallback: true });
  });

  it('is not there for the public while it is a draft, scheduled for later or deleted', async () => {
    for (const slug of ['draft-event', 'scheduled-later', 'deleted-event', 'no-such-event']) expect(await getEvent('ru', slug)).toBeNull();
  });
});

describe('the home page highlights', () => {
  it('lists the three latest events that have started and the next to come', async () => {
    const { latest, upcoming } = await listEventHighlights('ru');
    expect(slugs(upcoming)).toEqual(['upcoming-concert']);
    expect(latest).toHaveLength(3);
    expect(slugs(latest)).not.toContain('upcoming-concert');
    expect(slugs(latest)).not.toContain('draft-event');
  });
});
