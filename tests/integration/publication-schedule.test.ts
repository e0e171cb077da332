import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { datasets, seedDataset } from '@/prisma/seed/seed-dataset';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

// cacheLife only exists inside Next's renderer: record what the public reads ask of it.
const lifetimes: { revalidate: number; expire: number }[] = [];
vi.mock('next/cache', () => ({ cacheLife: (life: { revalidate: number; expire: number }) => lifetimes.push(life), cacheTag: () => undefined }));
const { cacheUntilNextPublication } = await import('@/lib/server/publication-schedule');

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
