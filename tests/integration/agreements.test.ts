import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { datasets, seedDataset } from '@/prisma/seed/seed-dataset';
import { parseRegisterQuery } from '@/lib/schemas/agreement';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

// The DAL runs here outside Next: its cache directives are inert, and db() is this file's database.
const client = vi.hoisted(() => ({ prisma: undefined as PrismaClient | undefined }));
vi.mock('next/cache', () => ({ cacheLife: () => undefined, cacheTag: () => undefined }));
vi.mock('@/lib/server/db', () => ({ db: () => client.prisma }));

const { listAgreements } = await import('@/lib/server/agreements/register');
const { getAgreement } = await import('@/lib/server/agreements/permalink');

let database: TestDatabase;
const ids: Record<string, number> = {};

beforeAll(async () => {
  database = await createTestDatabase();
  client.prisma = database.prisma;
  await seedDataset(database.prisma, datasets.kazan);
  const prisma = database.prisma;
  const partnerId = async (slug: string) => (await prisma.partner.findUniqueOrThrow({ where: { slug } })).id;
  const agreementOf = async (slug: string) => (await prisma.agreement.findFirstOrThrow({ where: { partner: { slug } } })).id;
  const title = (ru: string) => ({ create: [{ locale: 'ru' as const, title: ru }] });
  ids.chengdu = await agreementOf('chengdu');
  ids.qingdao = await agreementOf('qingdao');
  ids.eskisehir = await agreementOf('eskisehir');

  // Records the public must not see, each for another reason.
  ids.draft = (
    await prisma.agreement.create({
      data: { partnerId: await partnerId('chengdu'), type: 'cooperation', publicationStatus: 'draft', translations: title('Черновик') },
    })
  ).id;
  ids.scheduled = (
    await prisma.agreement.create({
      data: {
        partnerId: await partnerId('chengdu'),
        type: 'cooperation',
        publicationStatus: 'scheduled',
        publishAt: new Date(Date.now() + 86_400_000),
        translations: title('Запланировано'),
      },
    })
  ).id;
  ids.trashed = (
    await prisma.agreement.create({
      data: { partnerId: await partnerId('chengdu'), type: 'other', publicationStatus: 'published', deletedAt: new Date(), translations: title('В корзине') },
    })
  ).id;
  const hiddenPartner = await prisma.partner.create({
    data: {
      slug: 'hidden-town',
      kind: 'city',
      countryCode: 'FR',
      publicationStatus: 'draft',
      translations: { create: [{ locale: 'ru', name: 'Скрытый город' }] },
    },
  });
  ids.ofHiddenPartner = (
    await prisma.agreement.create({
      data: { partnerId: hiddenPartner.id, type: 'twinning', publicationStatus: 'published', translations: title('Партнёр не опубликован') },
    })
  ).id;

  // A public undated agreement in force that supersedes Qingdao's, with a status history.
  ids.undated = (
    await prisma.agreement.create({
      data: {
        partnerId: await partnerId('qingdao'),
        type: 'other',
        status: 'in_force',
        textLanguages: ['ru', 'zh'],
        publicationStatus: 'scheduled',
        publishAt: new Date(Date.now() - 60_000),
        translations: { create: [{ locale: 'ru', title: 'Дополнение', place: 'Казань', signatories: 'Мэр Казани' }] },
        statusHistory: {
          create: [
            { kind: 'in_force', date: new Date('2025-03-01'), precision: 'month' },
            { kind: 'signed', date: new Date('2025-01-01'), precision: 'year' },
          ],
        },
      },
    })
  ).id;
  // A published scan, and one in the trash (a trashed file is no longer published with its agreement).
  const file = (key: string, deletedAt: Date | null) => ({
    create: { kind: 'document' as const, mimeType: 'application/pdf', byteSize: 1000, sha256: key.repeat(64), storageKey: `agreements/${key}.pdf`, deletedAt },
  });
  await prisma.agreement.update({ where: { id: ids.undated }, data: { document: file('a', null) } });
  await prisma.agreement.update({ where: { id: ids.eskisehir }, data: { document: file('b', new Date()) } });
  await prisma.agreementLink.createMany({
    data: [
      { fromId: ids.undated, toId: ids.qingdao, kind: 'supersedes' },
      { fromId: ids.undated, toId: ids.draft, kind: 'amends' },
      { fromId: ids.eskisehir, toId: ids.undated, kind: 'amends' },
    ],
  });
});

afterAll(async () => {
  await database.drop();
});

const partnersOf = (rows: { partner: { slug: string } }[]) => rows.map((r) => r.partner.slug);

describe('the agreements register', () => {
  it('lists only what the public may see, by date signed with the undated last', async () => {
    const rows = await listAgreements('ru', parseRegisterQuery({}));
    expect(rows.map((r) => r.id).filter((id) => [ids.draft, ids.scheduled, ids.trashed, ids.ofHiddenPartner].includes(id))).toEqual([]);
    expect(partnersOf(rows)).toEqual(['eskisehir', 'shumen-province', 'shenzhen', 'chengdu', 'qingdao', 'qingdao']);
    expect(rows.at(-1)).toMatchObject({ id: ids.undated, signedOn: null, status: 'in_force' });
    expect(rows[0]).toMatchObject({ type: 'friendship_treaty', signedPrecision: 'year', title: { text: 'Договор о дружбе', lang: 'ru', isFallback: false } });
  });

  it('keeps the undated last when sorting newest first', async () => {
    const rows = await listAgreements('ru', parseRegisterQuery({ sort: 'date', dir: 'desc' }));
    expect(rows.map((r) => r.signedOn?.getUTCFullYear() ?? null)).toEqual([2024, 2015, 2012, 2003, 1997, null]);
  });

  it('sorts by partner name in the page language', async () => {
    const en = await listAgreements('en', parseRegisterQuery({ sort: 'partner' }));
    expect(en.map((r) => r.partner.name.text)).toEqual(['Chengdu', 'Eskişehir', 'Qingdao', 'Qingdao', 'Shenzhen', 'Shumen Province']);
    const kkDesc = await listAgreements('kk', parseRegisterQuery({ sort: 'partner', dir: 'desc' }));
    expect(kkDesc.map((r) => r.partner.name.text)).toEqual(['Шэньчжэнь', 'Шумен облысы', 'Чэнду', 'Циндао', 'Циндао', 'Ескішехир']);
  });

  it('sorts by type and by status', async () => {
    const byType = await listAgreements('en', parseRegisterQuery({ sort: 'type' }));
    expect(byType.map((r) => r.type)).toEqual([
      'twinning',
      'friendship_treaty',
      'cooperation',
      'friendly_cooperation_memorandum',
      'friendly_cooperation_memorandum',
      'other',
    ]);
    const byStatus = await listAgreements('en', parseRegisterQuery({ sort: 'status', dir: 'desc' }));
    expect(byStatus[0]?.status).toBe('in_force');
    expect(byStatus.slice(1).every((r) => r.status === null)).toBe(true);
  });

  it('narrows by type, status and partner, and together', async () => {
    expect(partnersOf(await listAgreements('ru', parseRegisterQuery({ type: 'friendly_cooperation_memorandum' })))).toEqual(['shenzhen', 'chengdu']);
    expect((await listAgreements('ru', parseRegisterQuery({ status: 'in_force' }))).map((r) => r.id)).toEqual([ids.undated]);
    expect((await listAgreements('ru', parseRegisterQuery({ partner: 'chengdu' }))).map((r) => r.id)).toEqual([ids.chengdu]);
    expect(await listAgreements('ru', parseRegisterQuery({ partner: 'qingdao', type: 'twinning' }))).toHaveLength(1);
    expect(await listAgreements('ru', parseRegisterQuery({ partner: 'hidden-town' }))).toEqual([]);
    expect(await listAgreements('ru', parseRegisterQuery({ partner: 'chengdu', status: 'expired' }))).toEqual([]);
  });

  it('shows kk and en titles, and falls back to Russian where a translation is missing', async () => {
    const kk = await listAgreements('kk', parseRegisterQuery({ partner: 'eskisehir' }));
    expect(kk[0]?.title).toEqual({ text: 'Достық туралы шарт', lang: 'kk', isFallback: false });
    const en = await listAgreements('en', parseRegisterQuery({ status: 'in_force' }));
    expect(en[0]?.title).toEqual({ text: 'Дополнение', lang: 'ru', isFallback: true });
  });
});

describe('an agreement permalink', () => {
  it('is absent for records the public may not see and for unknown ids', async () => {
    for (const id of [ids.draft, ids.scheduled, ids.trashed, ids.ofHiddenPartner, 987_654]) {
      expect(await getAgreement('ru', id as number), String(id)).toBeNull();
    }
  });

  it('gives the facts of a seeded agreement, with nothing invented', async () => {
    const chengdu = await getAgreement('en', ids.chengdu as number);
    expect(chengdu).toMatchObject({
      type: 'friendly_cooperation_memorandum',
      signedPrecision: 'year',
      status: null,
      place: null,
      signatories: null,
      textLanguages: [],
      statusHistory: [],
      links: [],
      backlinks: [],
      document: null,
      partner: { slug: 'chengdu', countryCode: 'CN', name: { text: 'Chengdu' } },
      source: { title: 'Зарубежные города-побратимы и партнеры', language: 'ru', publisher: 'Казанская городская Дума', url: null },
    });
    expect(chengdu?.signedOn?.toISOString().slice(0, 10)).toBe('2015-01-01');
  });

  it('gives the status history oldest first and only the public related agreements', async () => {
    const agreement = await getAgreement('ru', ids.undated as number);
    expect(agreement?.statusHistory.map((c) => `${c.kind} ${c.precision}`)).toEqual(['signed year', 'in_force month']);
    expect(agreement?.links.map((l) => [l.kind, l.agreement.id])).toEqual([['supersedes', ids.qingdao]]);
    expect(agreement?.backlinks.map((l) => [l.kind, l.agreement.id, l.agreement.partnerName?.text])).toEqual([['amends', ids.eskisehir, 'Эскишехир']]);
    expect(agreement).toMatchObject({ textLanguages: ['ru', 'zh'], place: { text: 'Казань' }, signatories: { text: 'Мэр Казани' } });
    expect(agreement?.document).toMatchObject({ storageKey: 'agreements/a.pdf', mimeType: 'application/pdf', byteSize: 1000 });
    expect((await getAgreement('ru', ids.eskisehir as number))?.document).toBeNull();
  });
});
