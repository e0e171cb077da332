import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasets, seedDataset } from '@/prisma/seed/seed-dataset';
import { searchPortal } from '@/lib/server/search/queries';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url; // the data layer's own client connects here on first use
  await seedDataset(database.prisma, datasets.shymkent);
});
afterAll(async () => {
  await database.drop();
});

const partnerSlugs = async (locale: 'ru' | 'kk' | 'en' | 'kk-Latn', q: string) => (await searchPortal(locale, q)).partners.map((p) => p.slug);

describe('portal search', () => {
  it('finds a partner by its name in any of the three languages, whatever the page language', async () => {
    expect(await partnerSlugs('ru', 'Ыстамбұл')).toContain('istanbul');
    expect(await partnerSlugs('en', 'Стамбул')).toContain('istanbul');
    expect(await partnerSlugs('kk', 'Istanbul')).toContain('istanbul');
  });

  it('shows the name in the page language', async () => {
    const [hit] = (await searchPortal('kk', 'Istanbul')).partners;
    expect(hit?.name.text).toBe('Ыстамбұл');
  });

  it('ignores case, ё/е and Kazakh letters typed as their Russian look-alikes', async () => {
    expect(await partnerSlugs('ru', 'ЫСТАМБУЛ')).toContain('istanbul'); // ұ typed as у
    expect(await partnerSlugs('ru', 'хужанд')).toContain('khujand'); // Хұжанд
    expect(await partnerSlugs('ru', 'Ескишехир')).toContain('eskisehir'); // Ескішехир
    expect(await partnerSlugs('ru', 'могилёв')).toContain('mogilev'); // Могилев
    expect(await partnerSlugs('en', 'eskisehir')).toContain('eskisehir'); // Eskişehir
  });

  it('understands Kazakh in the Latin alphabet on any page, and Cyrillic on the Latin pages', async () => {
    // Only the Cyrillic texts say Шымкент in Kazakh (the English ones say Shymkent).
    expect(await partnerSlugs('kk-Latn', 'Şymkent')).toEqual(expect.arrayContaining(['izmir', 'stevenage', 'khujand']));
    expect(await partnerSlugs('ru', 'Ystambūl')).toContain('istanbul'); // Ыстамбұл
    expect(await partnerSlugs('kk-Latn', 'Hūjand')).toContain('khujand'); // Хұжанд
    expect(await partnerSlugs('kk-Latn', 'Izmir')).toContain('izmir');
    expect(await partnerSlugs('kk-Latn', 'Ескішехир')).toContain('eskisehir');
    const { partners, agreements } = await searchPortal('kk-Latn', 'Ыстамбұл');
    expect(partners[0]?.name).toEqual({ text: 'Istanbul', lang: 'en', isFallback: false });
    expect(agreements[0]?.title).toMatchObject({ text: 'Şymkent pen Ystambūl arasyndağy bauyrlastyq qatynastar turaly kelısım', transliterated: true });
  });

  it('finds a word by its beginning and tolerates a typo', async () => {
    expect(await partnerSlugs('ru', 'Гроссе')).toContain('grosseto');
    expect(await partnerSlugs('ru', 'Гросето')).toContain('grosseto');
  });

  it('finds partners by what their about text says', async () => {
    // Seed 000: a street in Shymkent's Nursat district is named after Izmir.
    const about = await database.prisma.partnerTranslation.findFirstOrThrow({ where: { partner: { slug: 'izmir' }, locale: 'ru' }, select: { about: true } });
    expect(about.about).toMatch(/Нурсат/);
    expect(await partnerSlugs('ru', 'Нурсат')).toContain('izmir');
    // A name match ranks above a mention: Grosseto's text mentions Izmir Street too.
    expect(await partnerSlugs('ru', 'Измир')).toEqual(['izmir', 'grosseto']);
  });

  it('ranks every match of a real query: nothing is capped', async () => {
    expect((await searchPortal('ru', 'Стамбул')).capped).toEqual({});
  });

  it('finds agreements by their title', async () => {
    const { agreements } = await searchPortal('en', 'twinning Istanbul');
    expect(agreements.length).toBeGreaterThan(0);
  });

  it('never shows what the public may not see', async () => {
    await database.prisma.partner.update({ where: { slug: 'adana' }, data: { publicationStatus: 'draft' } });
    expect(await partnerSlugs('ru', 'Адана')).toEqual([]);
    await database.prisma.partner.update({ where: { slug: 'adana' }, data: { publicationStatus: 'published' } });
    expect(await partnerSlugs('ru', 'Адана')).toEqual(['adana']);
  });

  it('treats operators and punctuation as plain text, and nothing as nothing', async () => {
    expect(await searchPortal('ru', "' & | ! <-> :*")).toEqual({ partners: [], agreements: [], events: [], projects: [], proposals: [], capped: {} });
    expect(await partnerSlugs('ru', "Измир' OR 1=1 --")).toEqual([]);
    expect((await partnerSlugs('ru', 'Измир!'))[0]).toBe('izmir');
  });
});
