import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProductionServer, type ProductionServer } from '../support/production-server';

// A portal whose home is a region (DEMO_DATASET=almaty-region), as `npm start` serves it: its pages
// call it a region in every language, in the right case, and describe it to search engines as one.
// Fetching the production server's HTML is enough to see this; a browser would add nothing.

let server: ProductionServer;

beforeAll(async () => {
  server = await startProductionServer('region', { env: { DEMO_DATASET: 'almaty-region' } });
}, 240_000);

afterAll(() => server?.stop());

const page = async (path: string) => {
  const response = await fetch(`${server.base}${path}`);
  expect(response.status).toBe(200);
  return (await response.text()).replaceAll('&#x27;', '’').replaceAll('&#39;', '’');
};

describe('a portal whose home is a region', () => {
  it.each([
    ['ru', ['с которыми Алматинская область связана соглашениями', 'Область портала: Алматинская область'], ['Город портала', 'область связан ']],
    ['kk', ['Портал облысы: Алматы облысы', 'Сызықтар облысты әр серіктеспен'], ['Портал қаласы', 'облысы қаласын']],
    ['en', ['The portal’s region: Almaty Region'], ['The portal’s city']],
  ] as const)('says so on the home page in %s', async (locale, present, absent) => {
    const html = await page(`/${locale}`);
    for (const text of present) expect(html).toContain(text);
    for (const text of absent) expect(html).not.toContain(text);
  });

  it('makes the home an AdministrativeArea in an agreement’s JSON-LD', async () => {
    const id = /href="\/en\/agreements\/(\d+)"/.exec(await page('/en/agreements'))?.[1];
    expect(id).toBeDefined();
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(await page(`/en/agreements/${id}`))?.[1] ?? '';
    expect(json).toContain('{"@type":"AdministrativeArea","name":"Almaty Region"');
    expect(json).not.toContain('"@type":"City"');
  });
});
