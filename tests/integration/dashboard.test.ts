import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasets, seedDataset } from '@/prisma/seed/seed-dataset';
import { AccessDenied } from '@/lib/server/auth/actor';
import { getDashboard } from '@/lib/server/admin/dashboard';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { signedInHeaders } from '../support/auth';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  await seedDataset(database.prisma, datasets.kazan);
});
afterAll(async () => {
  await database.drop();
});

describe('the editors’ dashboard', () => {
  it('is for staff only', async () => {
    await expect(getDashboard(new Headers(), 'ru')).rejects.toBeInstanceOf(AccessDenied);
  });

  it('lists drafts, scheduled items soonest first, and records lacking a kk or en text', async () => {
    const editor = await signedInHeaders(database.prisma, { role: 'editor' });
    const [first, second] = await database.prisma.event.findMany({ orderBy: { id: 'asc' }, take: 2, select: { id: true } });
    await database.prisma.event.update({ where: { id: first!.id }, data: { publicationStatus: 'scheduled', publishAt: new Date('2031-01-01T00:00:00Z') } });
    await database.prisma.event.update({ where: { id: second!.id }, data: { publicationStatus: 'scheduled', publishAt: new Date('2030-01-01T00:00:00Z') } });
    await database.prisma.partner.update({ where: { slug: 'chengdu' }, data: { publicationStatus: 'draft' } });
    await database.prisma.partnerTranslation.delete({
      where: { partnerId_locale: { partnerId: (await database.prisma.partner.findUniqueOrThrow({ where: { slug: 'chengdu' } })).id, locale: 'kk' } },
    });

    const dashboard = await getDashboard(editor, 'en');
    expect(dashboard.drafts.map((d) => `${d.kind}:${d.name}`)).toEqual(['partner:Chengdu']);
    expect(dashboard.scheduled.map((s) => s.id)).toEqual([String(second!.id), String(first!.id)]);
    expect(dashboard.untranslated.find((u) => u.name === 'Chengdu')?.missingLocales).toEqual(['kk']);
  });
});
