import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Pool } from 'pg';
import { datasets, seedDataset } from '@/prisma/seed/seed-dataset';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { call, type OpenDataRoute } from '../support/open-data';
import { BROKEN_ESCAPES, databaseFingerprint, inputTally, nastyText, searchParamsRecord } from '../support/bad-input';
import * as queries from '@/lib/schemas/open-data/queries';
import { parsePartnerFilters, partnerFilterFields } from '@/lib/schemas/partner';
import { parseRegisterQuery, registerQueryFields } from '@/lib/schemas/agreement';
import { eventFilterFields, eventTimelineQuerySchema } from '@/lib/schemas/events';
import { searchQuerySchema } from '@/lib/search/terms';
import { listPartners } from '@/lib/server/partners/queries';
import { listAgreements } from '@/lib/server/agreements/register';
import { listEventTimeline } from '@/lib/server/events/timeline';
import { searchPortal } from '@/lib/server/search/queries';

// Property-based tests of every open-data route and feed against the issue's bad input: whatever
// the query string or path, the answer is a 2xx, a 304 or a 4xx that names the parameter at fault,
// never a 500 or a thrown exception, and the database is exactly as it was.
//
// Inputs tried: RUNS per property × 11 properties (9 routes, a partner's calendar, the pages' parsers
// with their queries) + RUNS / 3 for the whole-site feeds; the total is printed at the end
// ("[bad-input-api] N bad inputs tried; …"), for the issue's closing figures. BAD_INPUT_RUNS=2000
// searches deeper locally; the default keeps the file to seconds in CI.
const RUNS = Number(process.env.BAD_INPUT_RUNS ?? 120);

const client = vi.hoisted(() => ({ prisma: undefined as PrismaClient | undefined, pool: undefined as Pool | undefined }));
vi.mock('next/cache', () => ({ cacheLife: () => undefined, cacheTag: () => undefined }));
vi.mock('next/server', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/server')>()), connection: async () => undefined }));
vi.mock('@/lib/server/db', () => ({ db: () => client.prisma }));
vi.mock('@/lib/server/database/pool', () => ({ databasePool: () => client.pool }));

type FeedHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const routes = {
  partners: (await import('@/app/api/v1/partners/route')) as OpenDataRoute,
  partner: (await import('@/app/api/v1/partners/[slug]/route')) as unknown as OpenDataRoute,
  agreements: (await import('@/app/api/v1/agreements/route')) as OpenDataRoute,
  agreement: (await import('@/app/api/v1/agreements/[id]/route')) as unknown as OpenDataRoute,
  partnersCsv: (await import('@/app/api/v1/partners.csv/route')) as OpenDataRoute,
  agreementsCsv: (await import('@/app/api/v1/agreements.csv/route')) as OpenDataRoute,
  events: (await import('@/app/api/v1/events/route')) as OpenDataRoute,
  event: (await import('@/app/api/v1/events/[slug]/route')) as unknown as OpenDataRoute,
  eventsCsv: (await import('@/app/api/v1/events.csv/route')) as OpenDataRoute,
  projects: (await import('@/app/api/v1/projects/route')) as OpenDataRoute,
  project: (await import('@/app/api/v1/projects/[slug]/route')) as unknown as OpenDataRoute,
  projectsCsv: (await import('@/app/api/v1/projects.csv/route')) as OpenDataRoute,
  proposals: (await import('@/app/api/v1/proposals/route')) as OpenDataRoute,
  search: (await import('@/app/api/v1/search/route')) as OpenDataRoute,
  openapi: (await import('@/app/api/v1/openapi.json/route')) as OpenDataRoute,
};
const feeds = {
  calendar: (await import('@/app/[locale]/events.ics/route')).GET as unknown as FeedHandler,
  partnerCalendar: (await import('@/app/[locale]/(public)/partners/[slug]/events.ics/route')).GET as unknown as FeedHandler,
  atom: (await import('@/app/[locale]/feed.xml/route')).GET as unknown as FeedHandler,
  cooperation: (await import('@/app/[locale]/cooperation.xml/route')).GET as unknown as FeedHandler,
};

const { tally, report } = inputTally('bad-input-api');
let database: TestDatabase;

beforeAll(async () => {
  process.env.SITE_URL = 'https://portal.example.org';
  database = await createTestDatabase();
  client.prisma = database.prisma;
  client.pool = database.pool;
  await seedDataset(database.prisma, datasets.kazan);
});
afterAll(async () => {
  report();
  await database.drop();
});

// Every parameter any route knows, so that most generated names reach a schema's checks; plus
// names that are unknown everywhere or dangerous as object keys.
const KNOWN = ['locale', 'q', 'country', 'kind', 'type', 'status', 'year', 'sort', 'dir', 'partner', 'category', 'page', 'perPage'];
const GOOD_VALUES = [
  'ru',
  'kk',
  'en',
  'CN',
  'city',
  'region',
  'active',
  'in_force',
  'friendly_cooperation_memorandum',
  'culture',
  'name',
  'date',
  'desc',
  'chengdu',
  'qingdao',
  '2015',
  '1',
  '100',
  '',
];
const paramName = fc.oneof(
  { arbitrary: fc.constantFrom(...KNOWN), weight: 6 },
  { arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'LOCALE', 'Page', 'q[]', 'page[0]', 'locale ', ''), weight: 1 },
  { arbitrary: nastyText.filter((s) => s.length < 200), weight: 1 },
);
const paramValue = fc.oneof({ arbitrary: fc.constantFrom(...GOOD_VALUES), weight: 2 }, { arbitrary: nastyText, weight: 3 });

/** One `name=value` as a client might send it: properly encoded, raw (the URL parser escapes what it must), or with a broken %-escape. */
const pair = fc
  .tuple(paramName, paramValue, fc.constantFrom('encoded', 'raw', 'broken'), fc.constantFrom(...BROKEN_ESCAPES))
  .map(([name, value, how, escape]) => {
    const encoded = new URLSearchParams([[name, value]]).toString();
    if (how === 'encoded') return encoded;
    if (how === 'raw') return `${name}=${value}`;
    return `${encoded}${escape}`;
  });
/** A query string of up to six pairs, sometimes with one pair repeated. */
const queryString = fc
  .tuple(fc.array(pair, { maxLength: 6 }), fc.boolean())
  .map(([pairs, repeat]) => `?${(repeat && pairs[0] ? [...pairs, pairs[0]] : pairs).join('&')}`);
const pathSegment = fc.oneof(
  { arbitrary: fc.constantFrom('chengdu', 'shenzhen', '1', '2', '0', '2147483648', '-1', '1e3'), weight: 1 },
  { arbitrary: nastyText, weight: 3 },
);

type ErrorBody = { error: { code: string; parameter?: string; message: string } };

/**
 * The property every answer must have: 2xx/304, or a 4xx whose body says what is wrong; a 400
 * names a parameter the request had. With `accepted` (the route's parameters), a request carrying
 * any other parameter, or one twice, must be refused.
 */
async function expectSafeAnswer(response: Response, url: string, accepted?: readonly string[]) {
  expect(response.status, url).not.toBeGreaterThanOrEqual(500);
  expect([200, 304, 400, 404], url).toContain(response.status);
  if (accepted) {
    const keys = [...new URL(`http://localhost${url}`).searchParams].filter(([, value]) => value !== '').map(([key]) => key);
    const wrong = keys.some((key) => !accepted.includes(key)) || new Set(keys).size < keys.length;
    if (wrong) expect(response.status, url).toBe(400);
  }
  if (response.status === 400) {
    const body = (await response.json()) as ErrorBody;
    const given = [...new URL(`http://localhost${url}`).searchParams.keys()];
    expect(body.error.code).toBe('invalid_parameter');
    expect(given, url).toContain(body.error.parameter);
    expect(body.error.message).toContain(`"${body.error.parameter}"`);
  } else if (response.status === 404) {
    expect((await response.text()).length).toBeGreaterThan(0);
  } else if (response.status === 200) {
    await response.arrayBuffer();
  }
}

/** Runs one property over the route, counting each input, and checks the database did not move. */
async function checkRoute(build: fc.Arbitrary<{ url: string; run: () => Promise<Response> }>, accepted?: readonly string[], numRuns = RUNS) {
  const before = await databaseFingerprint(database.prisma);
  await fc.assert(
    fc.asyncProperty(build, async ({ url, run }) => {
      tally.tried++;
      let response: Response;
      try {
        response = await run();
      } catch (error) {
        tally.serverErrors++;
        throw error;
      }
      if (response.status >= 500) tally.serverErrors++;
      await expectSafeAnswer(response, url, accepted);
    }),
    { numRuns },
  );
  const after = await databaseFingerprint(database.prisma);
  if (JSON.stringify(after) !== JSON.stringify(before)) tally.unwantedChanges++;
  expect(after).toEqual(before);
}

const listRoute = (route: OpenDataRoute, path: string) => queryString.map((query) => ({ url: `${path}${query}`, run: () => call(route, `${path}${query}`) }));
const detailRoute = (route: OpenDataRoute, path: string, param: 'slug' | 'id') =>
  fc.tuple(pathSegment, queryString).map(([segment, query]) => {
    const url = `${path}/${encodeURIComponent(segment.toWellFormed())}${query}`;
    return { url, run: () => call(route, url, { params: { [param]: segment } }) };
  });

describe('the open-data API under bad query strings', () => {
  it.each([
    ['partners', '/api/v1/partners', queries.partnerListQuerySchema],
    ['agreements', '/api/v1/agreements', queries.agreementListQuerySchema],
    ['events', '/api/v1/events', queries.eventListQuerySchema],
    ['partnersCsv', '/api/v1/partners.csv', queries.partnerCsvQuerySchema],
    ['agreementsCsv', '/api/v1/agreements.csv', queries.agreementCsvQuerySchema],
    ['eventsCsv', '/api/v1/events.csv', queries.eventCsvQuerySchema],
    ['projects', '/api/v1/projects', queries.projectListQuerySchema],
    ['projectsCsv', '/api/v1/projects.csv', queries.projectCsvQuerySchema],
    ['proposals', '/api/v1/proposals', queries.proposalListQuerySchema],
    ['openapi', '/api/v1/openapi.json', queries.noQuerySchema],
  ] as const)('%s answers 2xx or a 400 naming the parameter, never 500, and changes nothing', async (name, path, schema) => {
    await checkRoute(listRoute(routes[name], path), Object.keys(schema.shape));
  });

  it('search answers whatever is typed (its q is always sent, as the header sends it) with 2xx or a 400 naming the parameter, never 500, and changes nothing', async () => {
    const typed = fc.tuple(paramValue, queryString).map(([q, query]) => {
      const url = `/api/v1/search${query}${query === '?' ? '' : '&'}${new URLSearchParams({ q })}`;
      return { url, run: () => call(routes.search, url) };
    });
    await checkRoute(typed, Object.keys(queries.suggestionQuerySchema.shape));
  });

  it.each([
    ['partner', '/api/v1/partners', 'slug'],
    ['agreement', '/api/v1/agreements', 'id'],
    ['event', '/api/v1/events', 'slug'],
    ['project', '/api/v1/projects', 'slug'],
  ] as const)('%s/{…} takes any path segment: 200, 400 or 404, never 500', async (name, path, param) => {
    await checkRoute(detailRoute(routes[name], path, param), Object.keys(queries.detailQuerySchema.shape));
  });

  it('refuses the inputs these properties once shrank to a 500 (now 400 or 404)', async () => {
    const search = await call(routes.partners, '/api/v1/partners?q=%00');
    expect(search.status).toBe(400);
    expect(await search.json()).toMatchObject({ error: { code: 'invalid_parameter', parameter: 'q' } });
    expect((await call(routes.event, '/api/v1/events/%00', { params: { slug: '\u0000' } })).status).toBe(404);
    expect((await call(routes.partner, '/api/v1/partners/%00', { params: { slug: '\u0000' } })).status).toBe(404);
    const calendar = await feeds.partnerCalendar(new Request('http://localhost/ru/partners/%00/events.ics'), {
      params: Promise.resolve({ locale: 'ru', slug: '\u0000' }),
    });
    expect(calendar.status).toBe(404);
    expect((await call(routes.partners, '/api/v1/partners?__proto__=1')).status).toBe(400);
  });
});

describe('the feeds under bad paths and query strings', () => {
  const locale = fc.oneof({ arbitrary: fc.constantFrom('ru', 'kk', 'en'), weight: 3 }, { arbitrary: nastyText, weight: 1 });
  const feed = (handler: FeedHandler, suffix: string, withSlug: boolean) =>
    fc.tuple(locale, pathSegment, queryString).map(([lang, slug, query]) => {
      const url = `/${encodeURIComponent(lang.toWellFormed())}${withSlug ? `/partners/${encodeURIComponent(slug.toWellFormed())}` : ''}/${suffix}${query}`;
      const params: Record<string, string> = withSlug ? { locale: lang, slug } : { locale: lang };
      return { url, run: () => handler(new Request(`http://localhost${url}`), { params: Promise.resolve(params) }) };
    });

  it('events.ics, feed.xml and cooperation.xml ignore the query and answer 200 or 404', async () => {
    // A third of the runs: each answer renders all 42 events, and the query is ignored anyway.
    await checkRoute(
      fc.oneof(feed(feeds.calendar, 'events.ics', false), feed(feeds.atom, 'feed.xml', false), feed(feeds.cooperation, 'cooperation.xml', false)),
      undefined,
      Math.ceil(RUNS / 3),
    );
  });

  it("a partner's events.ics answers 200 or 404 for any slug", async () => {
    await checkRoute(feed(feeds.partnerCalendar, 'events.ics', true));
  });
});

describe("the public pages' query strings, read leniently, against the database", () => {
  // What the partners, register, events and search pages do with their searchParams: parse
  // leniently (lib/…; each parser has its own unit property) and query. Nothing may throw.
  const pages = fc.oneof(
    searchParamsRecord(Object.keys(partnerFilterFields)).map((params) => ({
      url: `/ru/partners?${JSON.stringify(params)}`,
      run: () => listPartners('kk', parsePartnerFilters(params)),
    })),
    searchParamsRecord(Object.keys(registerQueryFields)).map((params) => ({
      url: `/ru/agreements?${JSON.stringify(params)}`,
      run: () => listAgreements('en', parseRegisterQuery(params)),
    })),
    searchParamsRecord([...Object.keys(eventFilterFields), 'page']).map((params) => ({
      url: `/ru/events?${JSON.stringify(params)}`,
      run: () => {
        const { page, ...filters } = eventTimelineQuerySchema.parse(params);
        return listEventTimeline('ru', filters, page);
      },
    })),
    fc
      .oneof(nastyText, fc.array(nastyText, { maxLength: 3 }))
      .map((q) => ({ url: `/ru/search?${JSON.stringify(q)}`, run: () => searchPortal('ru', searchQuerySchema.parse(q)) })),
  );

  it('never throw and change nothing', async () => {
    const before = await databaseFingerprint(database.prisma);
    await fc.assert(
      fc.asyncProperty(pages, async ({ run }) => {
        tally.tried++;
        try {
          await run();
        } catch (error) {
          tally.serverErrors++;
          throw error;
        }
      }),
      { numRuns: RUNS },
    );
    const after = await databaseFingerprint(database.prisma);
    if (JSON.stringify(after) !== JSON.stringify(before)) tally.unwantedChanges++;
    expect(after).toEqual(before);
  });
});
