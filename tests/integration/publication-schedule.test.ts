import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { datasets, seedDataset } from '@/prisma/seed/seed-dataset';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { call, type OpenDataRoute } from '../support/open-data';

// cacheLife only exists inside Next's renderer: record what the public reads ask of it.
const lifetimes: { revalidate: number; expire: number }[] = [];
vi.mock('next/cache', () => ({ cacheLife: (life: { revalidate: number; expire: number }) => lifetimes.push(life), cacheTag: () => undefined }));
vi.mock('next/server', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/server')>()), connection: async () => undefined }));
const { cacheUntilNextPublication } = await import('@/lib/server/publication-schedule');
const { listPartners } = await import('@/lib/server/partners/queries');
const { getPartnerProfile } = await import('@/lib/server/partners/profile');
const { searchPortal } = await import('@/lib/server/search/queries');
const { listPublicDetailPages } = await import('@/lib/server/sitemap/queries');
const { publicRecordExists } = await import('@/lib/server/routing/public-record');
const { getMapData } = await import('@/lib/server/map/queries');
const { getAgreement } = await import('@/lib/server/agreements/permalink');
const { getEvent } = await import('@/lib/server/events/detail');
const { listCalendarEvents, listNewestEvents } = await import('@/lib/server/open-data/feeds');
const { getProject } = await import('@/lib/server/projects/detail');
const { findRegisterProjects } = await import('@/lib/server/projects/register');
const { listPublicProposals } = await import('@/lib/server/proposals/public-list');
const { getDataLastChanged } = await import('@/lib/server/open-data/last-changed');
const partnerRoute = (await import('@/app/api/v1/partners/[slug]/route')) as unknown as OpenDataRoute;

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  await seedDataset(database.prisma, datasets.kazan);
});
afterAll(async () => {
  await database.drop();
});

describe('public caches and scheduled publication', () => {
  it('keep public reads for an hour when nothing is scheduled', async () => {
    await cacheUntilNextPublication();
    expect(lifetimes.at(-1)).toMatchObject({ revalidate: 3600 });
  });

  it('end exactly when the next scheduled event goes public, so it appears on time', async () => {
    const now = new Date('2026-11-21T12:00:00Z');
    const event = await database.prisma.event.findFirstOrThrow({ select: { id: true } });
    await database.prisma.event.update({ where: { id: event.id }, data: { publicationStatus: 'scheduled', publishAt: new Date(now.getTime() + 90_000) } });
    await cacheUntilNextPublication(now);
    expect(lifetimes.at(-1)).toMatchObject({ revalidate: 90, expire: 91 });
    // Already due: it is public now, and the next one decides.
    await cacheUntilNextPublication(new Date(now.getTime() + 120_000));
    expect(lifetimes.at(-1)).toMatchObject({ revalidate: 3600 });
  });

  it('end when a scheduled proposal goes public, so the proposals page shows it on time', async () => {
    const now = new Date('2026-11-21T12:00:00Z');
    const proposal = await database.prisma.proposal.findFirstOrThrow({ select: { id: true } });
    await database.prisma.proposal.update({
      where: { id: proposal.id },
      data: { publicationStatus: 'scheduled', publishAt: new Date(now.getTime() + 45_000) },
    });
    await cacheUntilNextPublication(now);
    expect(lifetimes.at(-1)).toMatchObject({ revalidate: 45, expire: 46 });
  });
});

/** Runs `read` as if the clock showed `at`: what a visitor sees then. */
async function at<T>(moment: Date, read: () => Promise<T>): Promise<T> {
  vi.useFakeTimers({ now: moment.getTime(), toFake: ['Date'] });
  try {
    return await read();
  } finally {
    vi.useRealTimers();
  }
}

describe('scheduled unpublishing (docs/decisions/046)', () => {
  it('takes a public partner off the list, its page, the API, search, the sitemap and the map at its time, and not before', async () => {
    const partner = await database.prisma.partner.findFirstOrThrow({
      where: { publicationStatus: 'published', deletedAt: null, latitude: { not: null } },
      select: { id: true, slug: true, translations: { where: { locale: 'ru' }, select: { name: true } } },
    });
    const off = new Date(Date.now() + 3_600_000);
    await database.prisma.partner.update({ where: { id: partner.id }, data: { unpublishAt: off } });
    const seen = async () => ({
      list: (await listPartners('ru')).some((p) => p.slug === partner.slug),
      page: (await getPartnerProfile('ru', partner.slug)) !== null,
      route: await publicRecordExists('partners', partner.slug),
      api: (await call(partnerRoute, `/api/v1/partners/${partner.slug}`, { params: { slug: partner.slug } })).status,
      search: (await searchPortal('ru', partner.translations[0]!.name)).partners.some((p) => p.slug === partner.slug),
      sitemap: (await listPublicDetailPages()).some((p) => p.path === `/partners/${partner.slug}`),
      map: JSON.stringify(await getMapData('ru')).includes(`"${partner.slug}"`),
    });
    const everywhere = { list: true, page: true, route: true, api: 200, search: true, sitemap: true, map: true };
    expect(await at(new Date(off.getTime() - 1000), seen)).toEqual(everywhere);
    expect(await at(off, seen)).toEqual({ list: false, page: false, route: false, api: 404, search: false, sitemap: false, map: false });
    // The open data changed by the clock alone: "last changed" says so.
    expect(await at(new Date(off.getTime() + 1000), getDataLastChanged)).toEqual(off);
    await database.prisma.partner.update({ where: { id: partner.id }, data: { unpublishAt: null } });
  });

  it('takes an agreement, an event (with its feeds), a project and a proposal off the site at their time', async () => {
    const off = new Date(Date.now() + 3_600_000);
    const published = { publicationStatus: 'published' as const, deletedAt: null };
    const agreement = await database.prisma.agreement.findFirstOrThrow({ where: { ...published, partner: published }, select: { id: true } });
    const event = await database.prisma.event.findFirstOrThrow({
      where: published,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      select: { id: true, slug: true },
    });
    const project = await database.prisma.project.findFirstOrThrow({ where: published, select: { id: true, slug: true } });
    const proposal = await database.prisma.proposal.findFirstOrThrow({ where: { ...published, visibility: 'public' }, select: { id: true } });
    for (const update of [
      database.prisma.agreement.update({ where: { id: agreement.id }, data: { unpublishAt: off } }),
      database.prisma.event.update({ where: { id: event.id }, data: { unpublishAt: off } }),
      database.prisma.project.update({ where: { id: project.id }, data: { unpublishAt: off } }),
      database.prisma.proposal.update({ where: { id: proposal.id }, data: { unpublishAt: off } }),
    ])
      await update;
    const seen = async () => ({
      agreement: (await getAgreement('ru', agreement.id)) !== null,
      event: (await getEvent('ru', event.slug)) !== null,
      calendar: (await listCalendarEvents('ru')).some((e) => e.id === event.id),
      rss: (await listNewestEvents('ru', 10)).some((e) => e.id === event.id),
      project: (await getProject('ru', project.slug)) !== null,
      proposal: (await listPublicProposals('ru')).some((p) => p.id === proposal.id),
    });
    expect(await at(new Date(off.getTime() - 1000), seen)).toEqual({ agreement: true, event: true, calendar: true, rss: true, project: true, proposal: true });
    expect(await at(off, seen)).toEqual({ agreement: false, event: false, calendar: false, rss: false, project: false, proposal: false });
  });

  it('end public caches exactly when the next public record goes off the site', async () => {
    const now = new Date('2026-11-21T12:00:00Z');
    // The tests above leave times an hour from the real clock: cleared, they cannot fall in this window.
    await database.prisma.$transaction([
      database.prisma.partner.updateMany({ data: { unpublishAt: null } }),
      database.prisma.agreement.updateMany({ data: { unpublishAt: null } }),
      database.prisma.event.updateMany({ data: { publicationStatus: 'published', publishAt: null, unpublishAt: null } }),
      database.prisma.proposal.updateMany({ data: { publicationStatus: 'published', publishAt: null, unpublishAt: null } }),
    ]);
    const project = await database.prisma.project.findFirstOrThrow({ where: { publicationStatus: 'published' }, select: { id: true } });
    await database.prisma.project.updateMany({ data: { unpublishAt: null } });
    await database.prisma.project.update({ where: { id: project.id }, data: { unpublishAt: new Date(now.getTime() + 30_000) } });
    await cacheUntilNextPublication(now);
    expect(lifetimes.at(-1)).toMatchObject({ revalidate: 30, expire: 31 });
    // A draft's unpublishing changes nothing the public sees.
    await database.prisma.project.update({ where: { id: project.id }, data: { publicationStatus: 'draft' } });
    await cacheUntilNextPublication(now);
    expect(lifetimes.at(-1)).not.toMatchObject({ revalidate: 30 });
  });

  it('keeps a draft out of the project register when a year is chosen, as without one', async () => {
    const draft = await database.prisma.project.findFirstOrThrow({ where: { startDate: { not: null } }, select: { id: true, slug: true, startDate: true } });
    await database.prisma.project.update({ where: { id: draft.id }, data: { publicationStatus: 'draft', unpublishAt: null } });
    const listed = await findRegisterProjects('ru', { year: draft.startDate!.getUTCFullYear() }, 'start', new Date());
    expect(listed.map((p) => p.slug)).not.toContain(draft.slug);
  });

  it('refuses, in the database, a time to go off the site that is not after the time to go on', async () => {
    const event = await database.prisma.event.findFirstOrThrow({ select: { id: true } });
    const on = new Date('2026-12-01T09:00:00Z');
    await expect(
      database.prisma.event.update({ where: { id: event.id }, data: { publicationStatus: 'scheduled', publishAt: on, unpublishAt: on } }),
    ).rejects.toThrow(/Event_unpublish_after_publish/);
    await database.prisma.event.update({
      where: { id: event.id },
      data: { publicationStatus: 'scheduled', publishAt: on, unpublishAt: new Date(on.getTime() + 1) },
    });
  });
});
