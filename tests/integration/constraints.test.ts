import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let database: TestDatabase;
let partnerId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  partnerId = (await database.prisma.partner.create({ data: { slug: 'test-city', kind: 'city', countryCode: 'TR' } })).id;
});
afterAll(async () => {
  await database.drop();
});

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const refused = (promise: Promise<unknown>, constraint: string) => expect(promise).rejects.toThrow(constraint);

describe('the database refuses bad rows', () => {
  it('partners: ISO country codes, coordinates in range and in pairs, no year 0, tidy slugs', async () => {
    const partner = (data: Record<string, unknown>) =>
      database.prisma.partner.create({ data: { slug: `p-${Math.random().toString(36).slice(2, 8)}`, kind: 'city', countryCode: 'KZ', ...data } });
    await refused(partner({ countryCode: 'kz' }), 'Partner_countryCode_iso');
    await refused(partner({ latitude: 91, longitude: 0 }), 'Partner_latitude_range');
    await refused(partner({ latitude: 40 }), 'Partner_coordinates_pair');
    await refused(partner({ foundedYear: 0 }), 'Partner_foundedYear_no_zero');
    await refused(partner({ populationYear: 2020 }), 'Partner_populationYear_needs_population');
    await refused(partner({ slug: 'Not A Slug' }), 'Partner_slug_format');
    await refused(partner({ publicationStatus: 'scheduled' }), 'Partner_scheduled_has_time');
    await expect(partner({ foundedYear: -311, latitude: 30.57, longitude: 104.07 })).resolves.toBeTruthy();
  });

  it('agreements: a date needs its precision and the first day of its period', async () => {
    const agreement = (data: Record<string, unknown>) => database.prisma.agreement.create({ data: { partnerId, type: 'twinning', ...data } });
    await refused(agreement({ signedOn: day('2015-01-01') }), 'Agreement_signed_precision_pair');
    await refused(agreement({ signedOn: day('2015-06-01'), signedPrecision: 'year' }), 'Agreement_signedOn_normalized');
    await refused(agreement({ signedOn: day('2021-08-15'), signedPrecision: 'month' }), 'Agreement_signedOn_normalized');
    await refused(agreement({ textLanguages: ['RU'] }), 'Agreement_textLanguages_codes');
    await expect(agreement({ signedOn: day('2015-01-01'), signedPrecision: 'year', textLanguages: ['ru', 'zh'] })).resolves.toBeTruthy();
  });

  it('agreements cannot supersede themselves, and a partner with agreements cannot vanish', async () => {
    const a = await database.prisma.agreement.create({ data: { partnerId, type: 'other' } });
    await refused(database.prisma.agreementLink.create({ data: { fromId: a.id, toId: a.id, kind: 'supersedes' } }), 'AgreementLink_not_self');
    await expect(database.prisma.partner.delete({ where: { id: partnerId } })).rejects.toThrow();
  });

  it('events: the end is not before the start and has its own precision', async () => {
    const event = (data: Record<string, unknown>) =>
      database.prisma.event.create({
        data: { slug: `e-${Math.random().toString(36).slice(2, 8)}`, startDate: day('2025-07-26'), startPrecision: 'day', category: 'culture', ...data },
      });
    await refused(event({ endDate: day('2025-07-20'), endPrecision: 'day' }), 'Event_end_not_before_start');
    await refused(event({ endDate: day('2025-07-30') }), 'Event_end_precision_pair');
    await refused(event({ publicationStatus: 'scheduled' }), 'Event_scheduled_has_time');
    await expect(event({ endDate: day('2025-07-30'), endPrecision: 'day' })).resolves.toBeTruthy();
  });

  it('translations: one per locale, never blank', async () => {
    await database.prisma.partnerTranslation.create({ data: { partnerId, locale: 'ru', name: 'Тест' } });
    await expect(database.prisma.partnerTranslation.create({ data: { partnerId, locale: 'ru', name: 'Дубль' } })).rejects.toThrow(/Unique constraint/);
    await refused(database.prisma.partnerTranslation.create({ data: { partnerId, locale: 'en', name: '   ' } }), 'PartnerTranslation_name_not_blank');
  });

  it('media: the stored type matches its kind, and the checksum is a SHA-256', async () => {
    const media = (data: Record<string, unknown>) =>
      database.prisma.media.create({
        data: {
          kind: 'image',
          mimeType: 'image/png',
          byteSize: 10,
          width: 1,
          height: 1,
          sha256: 'a'.repeat(64),
          storageKey: Math.random().toString(36),
          ...data,
        },
      });
    await refused(media({ mimeType: 'image/svg+xml' }), 'Media_kind_matches_type');
    await refused(media({ kind: 'document' }), 'Media_kind_matches_type');
    await refused(media({ sha256: 'xyz'.padEnd(64, '0') }), 'Media_sha256_hex');
  });

  it('home city: there is exactly one', async () => {
    await refused(database.prisma.homeCity.create({ data: { id: 2, countryCode: 'KZ', latitude: 42.3, longitude: 69.6 } }), 'HomeCity_singleton');
  });

  it('users: e-mail addresses are stored normalised', async () => {
    await refused(database.prisma.user.create({ data: { email: 'Editor@Example.org', name: 'E' } }), 'User_email_normalized');
  });
});
