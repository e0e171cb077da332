import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { datasets, seedDataset } from '@/prisma/seed/seed-dataset';
import { MAX_CITY_MARKERS } from '@/lib/map/countries';
import { getMapData } from '@/lib/server/map/queries';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { installLoggingClient, removeLoggingClient } from '../support/logging-client';

// Outside Next there is no cache to configure; 'use cache' is then an inert string.
vi.mock('next/cache', () => ({ cacheLife: () => {}, cacheTag: () => {} }));

// Issue 7: the map draws each city for a real city's few partners (Kazan: 5) and one marker per
// country past MAX_CITY_MARKERS; synthetic partners (marked so) push Kazan past it.

let database: TestDatabase;
const queries: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  installLoggingClient(database.url, (e) => queries.push(e.query));
  await seedDataset(database.prisma, datasets.kazan);
});

afterAll(async () => {
  await removeLoggingClient();
  await database.drop();
});

async function countedQueries<T>(read: () => Promise<T>): Promise<{ result: T; count: number }> {
  queries.length = 0;
  const result = await read();
  return { result, count: queries.length };
}

describe('the partner map data', () => {
  let kazanQueries = 0;

  it('lays out one marker per city for Kazan’s 5 partners', async () => {
    const { result: map, count } = await countedQueries(() => getMapData('en'));
    kazanQueries = count;
    expect(map?.by).toBe('city');
    if (map?.by !== 'city') return;
    expect(map.layout.partners.map((p) => p.slug).sort()).toEqual(['chengdu', 'eskisehir', 'qingdao', 'shenzhen', 'shumen-province']);
    expect(map.layout.partners.find((p) => p.slug === 'qingdao')?.name.text).toBe('Qingdao');
  });

  it('lays out one marker per public country past the threshold, with the same queries', async () => {
    const p = database.prisma;
    for (let i = 1; i <= MAX_CITY_MARKERS; i++) {
      const n = String(i).padStart(2, '0');
      await p.partner.create({
        data: {
          slug: `synthetic-${n}`,
          kind: 'city',
          countryCode: i % 2 ? 'DE' : 'FR',
          latitude: 45 + (i % 7),
          longitude: i % 2 ? 10 : 2,
          publicationStatus: 'published',
          translations: { create: { locale: 'ru', name: `Синтетический город ${n}` } },
        },
      });
    }
    // Neither a draft nor a partner without coordinates is on the map.
    await p.partner.create({
      data: {
        slug: 'synthetic-draft',
        kind: 'city',
        countryCode: 'JP',
        latitude: 35,
        longitude: 139,
        translations: { create: { locale: 'ru', name: 'Синтетический черновик' } },
      },
    });
    await p.partner.create({
      data: {
        slug: 'synthetic-nowhere',
        kind: 'city',
        countryCode: 'JP',
        publicationStatus: 'published',
        translations: { create: { locale: 'ru', name: 'Синтетический без координат' } },
      },
    });

    const { result: map, count } = await countedQueries(() => getMapData('en'));
    expect(count, 'the query count does not grow with the partners').toBe(kazanQueries);
    expect(map?.by).toBe('country');
    if (map?.by !== 'country') return;
    expect(map.partnerCount).toBe(5 + MAX_CITY_MARKERS);
    expect(map.layout.partners.map(({ countryCode, count, name }) => ({ countryCode, count, name }))).toEqual([
      { countryCode: 'DE', count: 20, name: 'Germany' },
      { countryCode: 'FR', count: 20, name: 'France' },
      { countryCode: 'CN', count: 3, name: 'China' },
      { countryCode: 'BG', count: 1, name: 'Bulgaria' },
      { countryCode: 'TR', count: 1, name: 'Türkiye' },
    ]);
  });
});
