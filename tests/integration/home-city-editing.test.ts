import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { datasets, seedDataset } from '@/prisma/seed/seed-dataset';
import { updateHomeCity } from '@/lib/server/home-city/mutations';
import { getHomeCity } from '@/lib/server/home-city/queries';
import { homeCityInputSchema } from '@/lib/schemas/home-city';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { signedInHeaders } from '../support/auth';

// The public read runs here outside Next: its cache directives are inert.
vi.mock('next/cache', async (original) => ({ ...(await original<typeof import('next/cache')>()), cacheLife: () => undefined, cacheTag: () => undefined }));

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  await seedDataset(database.prisma, datasets.shymkent);
});
afterAll(async () => {
  await database.drop();
});

const blank = { name: '', regionName: '', pressOfficeName: '', pressAddress: '' };
const settings = (pressEmail: string, kind: 'city' | 'region' = 'city') =>
  homeCityInputSchema.parse({
    kind,
    countryCode: 'KZ',
    latitude: '42.3417',
    longitude: '69.5901',
    pressEmail,
    pressPhone: '',
    websiteUrl: '',
    dataLicense: 'CC-BY-4.0',
    soughtThemes: { ecology: 'on', tourism: 'on' },
    submissionRetentionDays: '90',
    translations: {
      ru: { ...blank, name: 'Шымкент', pressOfficeName: 'Пресс-служба акимата' },
      kk: { ...blank, name: 'Шымкент' },
      en: { ...blank, name: 'Shymkent' },
    },
  });

describe('the home city settings', () => {
  it('are for admins only', async () => {
    const editor = await signedInHeaders(database.prisma, { role: 'editor' });
    await expect(updateHomeCity(editor, 1, settings('press@example.org'))).rejects.toMatchObject({ reason: 'forbidden' });
  });

  it('save over the version the admin started from, log the change, and refuse a stale save', async () => {
    const admin = await signedInHeaders(database.prisma, { role: 'admin' });
    const { version } = await database.prisma.homeCity.findUniqueOrThrow({ where: { id: 1 } });
    expect(await updateHomeCity(admin, version, settings('press@example.org'))).toEqual({ ok: true, value: { version: version + 1 } });
    expect(await updateHomeCity(admin, version, settings('other@example.org'))).toMatchObject({ ok: false, error: 'conflict' });
    expect(await database.prisma.homeCity.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({
      pressEmail: 'press@example.org',
      soughtThemes: ['ecology', 'tourism'],
      submissionRetentionDays: 90,
    });
    const entry = await database.prisma.auditLog.findFirstOrThrow({ where: { entityType: 'home_city' } });
    expect(entry.changes).toMatchObject({
      pressEmail: { before: null, after: 'press@example.org' },
      'pressOfficeName.ru': { before: null, after: 'Пресс-служба акимата' },
      submissionRetentionDays: { before: 365, after: 90 },
    });
  });

  it('give the accessibility statement the press contacts, the office named in Russian where its translation is blank', async () => {
    expect((await getHomeCity('kk'))?.press).toEqual({
      office: { text: 'Пресс-служба акимата', lang: 'ru', isFallback: true },
      address: null,
      email: 'press@example.org',
      phone: null,
    });
  });

  it('make the home a region, and the audit log says so', async () => {
    const admin = await signedInHeaders(database.prisma, { role: 'admin' });
    const { version } = await database.prisma.homeCity.findUniqueOrThrow({ where: { id: 1 } });
    expect(await updateHomeCity(admin, version, settings('press@example.org', 'region'))).toEqual({ ok: true, value: { version: version + 1 } });
    expect((await database.prisma.homeCity.findUniqueOrThrow({ where: { id: 1 } })).kind).toBe('region');
    const entry = await database.prisma.auditLog.findFirstOrThrow({ where: { entityType: 'home_city' }, orderBy: { id: 'desc' } });
    expect(entry.changes).toMatchObject({ kind: { before: 'city', after: 'region' } });
  });
});
