import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { datasets, seedDataset } from '@/prisma/seed/seed-dataset';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { signedInHeaders } from '../support/auth';

vi.mock('next/cache', () => ({ cacheLife: () => undefined, cacheTag: () => undefined }));
const { getDataLastChanged } = await import('@/lib/server/open-data/last-changed');
const { purgeEvent, trashEvent } = await import('@/lib/server/events/mutations');

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
});
afterAll(async () => {
  await database.drop();
});

describe('when the published data last changed', () => {
  it('is unknown for an empty database, then the latest edit', async () => {
    expect(await getDataLastChanged()).toBeNull();
    await seedDataset(database.prisma, datasets.kazan);
    const latest = await database.prisma.event.aggregate({ _max: { updatedAt: true } });
    expect((await getDataLastChanged())?.getTime()).toBeGreaterThanOrEqual(latest._max.updatedAt!.getTime());
  });

  it('moves when a scheduled event comes due, though nobody edited anything', async () => {
    const publishAt = new Date(Date.now() + 60 * 60_000);
    const event = await database.prisma.event.findFirstOrThrow({ select: { id: true } });
    await database.prisma.event.update({ where: { id: event.id }, data: { publicationStatus: 'scheduled', publishAt } });
    await database.prisma.event.updateMany({ data: { updatedAt: new Date('2020-01-01T00:00:00Z') } });
    expect((await getDataLastChanged())!.getTime()).toBeLessThan(publishAt.getTime());
    vi.useFakeTimers({ now: publishAt.getTime() + 1000, toFake: ['Date'] });
    try {
      expect(await getDataLastChanged()).toEqual(publishAt);
    } finally {
      vi.useRealTimers();
    }
  });

  it('moves when an admin purges an event, whose row is gone', async () => {
    const before = await getDataLastChanged();
    const admin = await signedInHeaders(database.prisma, { role: 'admin' });
    const event = await database.prisma.event.findFirstOrThrow({ where: { publicationStatus: 'published' }, select: { id: true, version: true } });
    await trashEvent(admin, event.id, event.version);
    await database.prisma.event.updateMany({ data: { updatedAt: new Date('2020-01-01T00:00:00Z') } });
    await purgeEvent(admin, event.id);
    expect((await getDataLastChanged())!.getTime()).toBeGreaterThan(before!.getTime());
  });
});

describe('projects and proposals', () => {
  it('move it when edited, as the API lists them', async () => {
    for (const touch of [
      () => database.prisma.project.updateMany({ where: { slug: 'kazan-qingdao-pupils-cooperation' }, data: { themes: ['education', 'youth'] } }),
      () => database.prisma.proposal.updateMany({ where: { stage: 'initiative' }, data: { latitude: 24.48 } }),
    ]) {
      const before = await getDataLastChanged();
      await new Promise((resolve) => setTimeout(resolve, 10));
      await touch();
      expect((await getDataLastChanged())!.getTime()).toBeGreaterThan(before!.getTime());
    }
  });
});
