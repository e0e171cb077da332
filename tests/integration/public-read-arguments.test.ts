import { ZodError } from 'zod';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { datasets, seedDataset } from '@/prisma/seed/seed-dataset';
import { listPartnerPage, listPartners, getPartnerSummary } from '@/lib/server/partners/queries';
import { getPartnerProfile } from '@/lib/server/partners/profile';
import { getAgreement } from '@/lib/server/agreements/permalink';
import { listAgreementPage, listAgreements } from '@/lib/server/agreements/register';
import { getAgreementPublicHistory } from '@/lib/server/agreements/public-history';
import { listEventFilterOptions, listEventTimeline } from '@/lib/server/events/timeline';
import { listEventHighlights } from '@/lib/server/events/highlights';
import { getEvent } from '@/lib/server/events/detail';
import { getMapData } from '@/lib/server/map/queries';
import { getOpenAgreement, listOpenAgreements } from '@/lib/server/open-data/agreements';
import { getFeedPartnerName, listCalendarEvents, listNewestEvents } from '@/lib/server/open-data/feeds';
import { getOpenPartner, listOpenPartners } from '@/lib/server/open-data/partners';
import { getOpenEvent, listOpenEventPage } from '@/lib/server/open-data/events';
import { getHomeCity } from '@/lib/server/home-city/queries';
import { listPublicProposals } from '@/lib/server/proposals/public-list';
import { listProjectFilterOptions, listProjectPage, listProjectsOfPartner, listProjectsUnderAgreement } from '@/lib/server/projects/register';
import { getProject } from '@/lib/server/projects/detail';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

// Every public read that takes arguments, called as a stranger could call a 'use cache' function
// (docs/decisions/021): a locale that does not exist, ids and pages of the wrong type or range,
// Prisma operators in place of filter values. Each must refuse (a ZodError, before any query) or
// read exactly what the well-formed arguments read, never pass the forgery on to the database.
vi.mock('next/cache', () => ({ cacheLife: () => {}, cacheTag: () => {} }));

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  await seedDataset(database.prisma, datasets.kazan);
});
afterAll(async () => {
  await database.drop();
});

/** A read as a stranger calls it: any values in any position. */
type Forged = (...args: unknown[]) => Promise<unknown>;
const forged = (read: unknown) => read as Forged;
const OPERATOR = { not: 'TR' };

const REFUSED: [string, Forged, unknown[]][] = [
  ['listPartners, unknown locale', forged(listPartners), ['xx', {}]],
  ['listPartnerPage, page 0', forged(listPartnerPage), ['ru', {}, 0]],
  ['listPartnerPage, page as an object', forged(listPartnerPage), ['ru', {}, { gt: 1 }]],
  ['getPartnerSummary, locale as an object', forged(getPartnerSummary), [{ in: ['ru'] }]],
  ['getPartnerProfile, slug as an array', forged(getPartnerProfile), ['ru', ['chengdu']]],
  ['getAgreement, id past int4', forged(getAgreement), ['ru', 2_147_483_648]],
  ['getAgreement, id as text', forged(getAgreement), ['ru', '1']],
  ['getAgreementPublicHistory, fractional id', forged(getAgreementPublicHistory), [1.5]],
  ['listAgreements, unknown locale', forged(listAgreements), ['xx', {}]],
  ['listAgreementPage, page past the maximum', forged(listAgreementPage), ['ru', {}, 100_001]],
  ['listEventTimeline, a million a page', forged(listEventTimeline), ['ru', {}, 1, 1_000_000]],
  ['listEventFilterOptions, unknown locale', forged(listEventFilterOptions), ['xx']],
  ['listEventHighlights, unknown locale', forged(listEventHighlights), ['xx']],
  ['getEvent, slug as an object', forged(getEvent), ['ru', { contains: 'a' }]],
  ['getMapData, unknown locale', forged(getMapData), ['xx']],
  ['listPublicProposals, locale as an object', forged(listPublicProposals), [{ in: ['ru'] }]],
  ['listOpenAgreements, unknown locale', forged(listOpenAgreements), ['xx', {}]],
  ['getOpenAgreement, negative id', forged(getOpenAgreement), ['ru', -1]],
  ['listCalendarEvents, partner as an object', forged(listCalendarEvents), ['ru', { not: 'x' }]],
  ['listNewestEvents, every event at once', forged(listNewestEvents), ['ru', 1_000_000]],
  ['getFeedPartnerName, slug as an array', forged(getFeedPartnerName), ['ru', ['chengdu']]],
  ['listOpenPartners, unknown locale', forged(listOpenPartners), ['xx', {}]],
  ['getOpenPartner, slug as an array', forged(getOpenPartner), ['ru', ['chengdu']]],
  ['listOpenEventPage, perPage 0', forged(listOpenEventPage), ['ru', {}, 1, 0]],
  ['getOpenEvent, slug as an array', forged(getOpenEvent), ['ru', ['a']]],
  ['getHomeCity, unknown locale', forged(getHomeCity), ['xx']],
  ['listProjectPage, unknown sort', forged(listProjectPage), ['ru', {}, { desc: 'id' }, 1]],
  ['listProjectPage, page 0', forged(listProjectPage), ['ru', {}, 'start', 0]],
  ['listProjectPage, every project at once', forged(listProjectPage), ['ru', {}, 'start', 1, 1_000_000]],
  ['listProjectFilterOptions, unknown locale', forged(listProjectFilterOptions), ['xx']],
  ['listProjectsOfPartner, slug as an object', forged(listProjectsOfPartner), ['ru', { contains: 'a' }]],
  ['listProjectsUnderAgreement, id as text', forged(listProjectsUnderAgreement), ['ru', '1']],
  ['getProject, slug as an array', forged(getProject), ['ru', ['a']]],
];

// Forged filters read what no filter at all reads: the operator never reaches a query.
const NEUTRALIZED: [string, Forged, unknown[], unknown[]][] = [
  ['listPartners', forged(listPartners), ['ru', { country: OPERATOR, kind: { in: ['city'] }, polluted: 1 }], ['ru', {}]],
  ['listOpenPartners', forged(listOpenPartners), ['ru', { country: OPERATOR }], ['ru', {}]],
  ['listAgreements', forged(listAgreements), ['ru', { type: OPERATOR, partner: { not: 'x' } }], ['ru', {}]],
  ['listOpenAgreements', forged(listOpenAgreements), ['ru', { status: OPERATOR }], ['ru', {}]],
  ['listEventTimeline', forged(listEventTimeline), ['ru', { partner: OPERATOR, year: { gte: 1 } }, 1], ['ru', {}, 1]],
  ['listOpenEventPage', forged(listOpenEventPage), ['ru', { category: OPERATOR }, 1, 10], ['ru', {}, 1, 10]],
  [
    'listProjectPage',
    forged(listProjectPage),
    ['ru', { theme: OPERATOR, partner: { not: 'x' }, year: { gte: 1 }, kind: { in: ['school'] } }, 'start', 1],
    ['ru', {}, 'start', 1],
  ],
];

describe('public reads called with a stranger’s arguments', () => {
  it.each(REFUSED)('%s: refused before any query', async (_name, read, args) => {
    await expect(read(...args)).rejects.toBeInstanceOf(ZodError);
  });

  it.each(NEUTRALIZED)('%s: a Prisma operator in a filter is dropped, not obeyed', async (_name, read, args, unfiltered) => {
    expect(await read(...args)).toEqual(await read(...unfiltered));
  });
});
