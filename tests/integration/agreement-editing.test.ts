import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { datasets, seedDataset } from '@/prisma/seed/seed-dataset';
import { AccessDenied } from '@/lib/server/auth/actor';
import { createAgreement, purgeAgreement, restoreAgreement, trashAgreement, updateAgreement } from '@/lib/server/agreements/mutations';
import {
  agreementChoices,
  getAgreementForEditing,
  getAgreementPreview,
  listAgreementsForEditing,
  listTrashedAgreements,
} from '@/lib/server/agreements/editing';
import { getAgreement } from '@/lib/server/agreements/permalink';
import { agreementInputSchema } from '@/lib/schemas/agreement';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { signedInHeaders } from '../support/auth';

vi.mock('next/cache', () => ({ cacheLife: () => undefined, cacheTag: () => undefined }));

let database: TestDatabase;
let editor: Headers;
let admin: Headers;
let partnerId: string;
let otherAgreementId: number;
let documentId: string;
let sourceId: number;
beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url; // the data layer's own client connects here on first use
  await seedDataset(database.prisma, datasets.shymkent);
  [editor, admin] = await Promise.all([signedInHeaders(database.prisma, { role: 'editor' }), signedInHeaders(database.prisma, { role: 'admin' })]);
  ({ id: partnerId } = await database.prisma.partner.findUniqueOrThrow({ where: { slug: 'izmir' } }));
  ({ id: otherAgreementId } = await database.prisma.agreement.findFirstOrThrow({ where: { partnerId }, orderBy: { id: 'asc' } }));
  ({ id: sourceId } = await database.prisma.source.findFirstOrThrow());
  ({ id: documentId } = await database.prisma.media.create({
    data: {
      kind: 'document',
      mimeType: 'application/pdf',
      byteSize: 2048,
      sha256: 'a'.repeat(64),
      storageKey: `${'a'.repeat(64)}.pdf`,
      originalName: 'agreement.pdf',
    },
  }));
});
afterAll(async () => {
  await database.drop();
});

const blank = { title: '', place: '', signatories: '', note: '' };
/** The form as the browser posts it (strings, rows keyed by number), through the action's schema. */
const raw = (overrides: Record<string, unknown> = {}) => ({
  partnerId,
  type: 'cooperation',
  signedOn: '2019-10',
  status: 'in_force',
  sourceId: String(sourceId),
  documentId,
  textLanguages: { ru: 'on', tr: 'on' },
  publicationStatus: 'draft',
  publishAt: '',
  translations: {
    ru: { ...blank, title: 'Тестовое соглашение о сотрудничестве', place: 'Измир' },
    kk: blank,
    en: { ...blank, title: 'Test cooperation agreement' },
  },
  history: { 0: { kind: 'signed', date: '2019-10-15', note: '' }, 1: { kind: 'in_force', date: '2020', note: 'После обмена нотами' } },
  links: { 0: { kind: 'amends', toId: String(otherAgreementId) } },
  ...overrides,
});
const form = (overrides: Record<string, unknown> = {}) => agreementInputSchema.parse(raw(overrides));
const auditOf = (entityId: number) =>
  database.prisma.auditLog.findMany({ where: { entityType: 'agreement', entityId: String(entityId) }, orderBy: { id: 'asc' } });
const created = () =>
  database.prisma.agreement.findFirstOrThrow({ where: { translations: { some: { locale: 'ru', title: 'Тестовое соглашение о сотрудничестве' } } } });

describe('editing agreements', () => {
  it('refuses visitors without a session, for every write and read, and leaves no trace', async () => {
    const before = await database.prisma.agreement.count();
    await expect(createAgreement(new Headers(), form())).rejects.toBeInstanceOf(AccessDenied);
    await expect(createAgreement(new Headers({ cookie: 'better-auth.session_token=forged.value' }), form())).rejects.toBeInstanceOf(AccessDenied);
    await expect(updateAgreement(new Headers(), otherAgreementId, 1, form())).rejects.toMatchObject({ reason: 'unauthenticated' });
    await expect(trashAgreement(new Headers(), otherAgreementId, 1)).rejects.toMatchObject({ reason: 'unauthenticated' });
    await expect(restoreAgreement(new Headers(), otherAgreementId)).rejects.toMatchObject({ reason: 'unauthenticated' });
    await expect(purgeAgreement(new Headers(), otherAgreementId)).rejects.toMatchObject({ reason: 'unauthenticated' });
    await expect(listAgreementsForEditing(new Headers(), 'ru')).rejects.toBeInstanceOf(AccessDenied);
    await expect(getAgreementForEditing(new Headers(), otherAgreementId)).rejects.toBeInstanceOf(AccessDenied);
    await expect(agreementChoices(new Headers(), 'ru')).rejects.toBeInstanceOf(AccessDenied);
    await expect(listTrashedAgreements(editor, 'ru')).rejects.toMatchObject({ reason: 'forbidden' });
    expect(await database.prisma.agreement.count()).toBe(before);
    expect(await database.prisma.auditLog.count({ where: { entityType: 'agreement' } })).toBe(0);
  });

  it('an editor creates an agreement with its status history, languages, document and link; the audit entry lists them field by field', async () => {
    const outcome = await createAgreement(editor, form());
    expect(outcome.ok).toBe(true);
    const agreement = await database.prisma.agreement.findUniqueOrThrow({
      where: { id: (await created()).id },
      include: { translations: { orderBy: { locale: 'asc' } }, statusHistory: { orderBy: { date: 'asc' } }, linksFrom: true },
    });
    expect(agreement).toMatchObject({
      signedOn: new Date('2019-10-01'),
      signedPrecision: 'month',
      status: 'in_force',
      textLanguages: ['ru', 'tr'],
      documentId,
      sourceId,
      publicationStatus: 'draft',
    });
    expect(agreement.translations.map((t) => `${t.locale}:${t.title}`)).toEqual(['ru:Тестовое соглашение о сотрудничестве', 'en:Test cooperation agreement']);
    expect(agreement.statusHistory.map((h) => [h.kind, h.date.toISOString().slice(0, 10), h.precision, h.note])).toEqual([
      ['signed', '2019-10-15', 'day', null],
      ['in_force', '2020-01-01', 'year', 'После обмена нотами'],
    ]);
    expect(agreement.linksFrom).toEqual([{ fromId: agreement.id, toId: otherAgreementId, kind: 'amends' }]);
    const [entry] = await auditOf(agreement.id);
    expect(entry?.action).toBe('create');
    expect(entry?.actorId).not.toBeNull();
    expect(entry?.changes).toMatchObject({
      'title.ru': { before: null, after: 'Тестовое соглашение о сотрудничестве' },
      textLanguages: { before: null, after: 'ru,tr' },
      signedPrecision: { before: null, after: 'month' },
      'history.0.kind': { before: null, after: 'signed' },
      'history.0.date': { before: null, after: '2019-10-15' },
      'history.1.date': { before: null, after: '2020' },
      'history.1.note': { before: null, after: 'После обмена нотами' },
      'links.0.kind': { before: null, after: 'amends' },
      'links.0.toId': { before: null, after: otherAgreementId },
    });
  });

  it('previews the draft as its permalink would show it, while the public still sees nothing', async () => {
    const { id } = await created();
    await expect(getAgreementPreview(new Headers(), 'en', id)).rejects.toBeInstanceOf(AccessDenied);
    const preview = await getAgreementPreview(editor, 'en', id);
    expect(preview).toMatchObject({
      state: { kind: 'draft' },
      page: {
        title: { text: 'Test cooperation agreement' },
        signedPrecision: 'month',
        textLanguages: ['ru', 'tr'],
        partner: { slug: 'izmir' },
        document: { sha256: 'a'.repeat(64) },
      },
    });
    expect(preview?.page.statusHistory.map((h) => h.kind)).toEqual(['signed', 'in_force']);
    expect(preview?.page.links).toEqual([expect.objectContaining({ kind: 'amends', agreement: expect.objectContaining({ id: otherAgreementId }) })]);
    expect(await getAgreement('en', id)).toBeNull();
  });

  it('a published agreement whose partner is a draft previews as not yet public', async () => {
    const partner = await database.prisma.partner.create({
      data: {
        slug: 'draft-partner',
        kind: 'city',
        status: 'active',
        countryCode: 'TR',
        publicationStatus: 'draft',
        translations: { create: { locale: 'ru', name: 'Черновой город' } },
      },
    });
    const agreement = await database.prisma.agreement.create({ data: { partnerId: partner.id, type: 'cooperation', publicationStatus: 'published' } });
    expect((await getAgreementPreview(editor, 'ru', agreement.id))?.state).toEqual({ kind: 'draft' });
    expect(await getAgreement('ru', agreement.id)).toBeNull();
    await database.prisma.agreement.delete({ where: { id: agreement.id } });
    await database.prisma.partner.delete({ where: { id: partner.id } });
  });

  it('saves over the version the editor started from, and refuses a stale save without writing anything', async () => {
    const { id, version } = await created();
    const history = { 0: { kind: 'signed', date: '2019-10-15', note: '' }, 1: { kind: 'suspended', date: '2022-03', note: '' } };
    expect(await updateAgreement(editor, id, version, form({ status: 'suspended', history }))).toEqual({ ok: true, value: { version: version + 1 } });
    const stale = await updateAgreement(
      admin,
      id,
      version,
      form({ translations: { ru: { ...blank, title: 'Чужая правка' }, kk: blank, en: blank }, history: {} }),
    );
    expect(stale).toMatchObject({ ok: false, error: 'conflict', current: { version: version + 1 } });
    const saved = await database.prisma.agreement.findUniqueOrThrow({ where: { id }, include: { translations: true, statusHistory: true } });
    expect(saved.status).toBe('suspended');
    expect(saved.translations.find((t) => t.locale === 'ru')?.title).toBe('Тестовое соглашение о сотрудничестве');
    expect(saved.statusHistory).toHaveLength(2);
    const entries = await auditOf(id);
    expect(entries.map((e) => e.action)).toEqual(['create', 'update']);
    // Field-level: only what changed, history rows included.
    expect(entries[1]?.changes).toEqual({
      status: { before: 'in_force', after: 'suspended' },
      'history.1.kind': { before: 'in_force', after: 'suspended' },
      'history.1.date': { before: '2020', after: '2022-03' },
      'history.1.note': { before: 'После обмена нотами', after: null },
    });
  });

  it('logs publishing as such', async () => {
    const { id, version } = await created();
    await updateAgreement(
      editor,
      id,
      version,
      form({
        status: 'suspended',
        publicationStatus: 'published',
        history: { 0: { kind: 'signed', date: '2019-10-15', note: '' }, 1: { kind: 'suspended', date: '2022-03', note: '' } },
      }),
    );
    expect((await auditOf(id)).at(-1)).toMatchObject({ action: 'publish', changes: { publicationStatus: { before: 'draft', after: 'published' } } });
  });

  it('refuses a link of the agreement to itself as a field error, and writes nothing', async () => {
    const { id, version } = await created();
    const count = (await auditOf(id)).length;
    expect(await updateAgreement(editor, id, version, form({ links: { 3: { kind: 'supersedes', toId: String(id) } } }))).toEqual({
      ok: false,
      error: 'invalid',
      fieldErrors: { 'links.3.toId': 'selfLink' },
    });
    expect(await database.prisma.agreementLink.count({ where: { fromId: id } })).toBe(1);
    expect(await auditOf(id)).toHaveLength(count);
  });

  it('refuses to move an agreement to another partner while a project of its partner implements it, as a field error', async () => {
    const { id, version } = await created();
    const other = await database.prisma.partner.findFirstOrThrow({ where: { id: { not: partnerId } } });
    const project = await database.prisma.project.create({
      data: {
        slug: 'agreement-partner-guard',
        themes: ['culture'],
        translations: { create: { locale: 'ru', title: 'Проверка партнёра соглашения' } },
        partners: { create: { partnerId } },
        agreements: { create: { agreementId: id } },
      },
    });
    const count = (await auditOf(id)).length;
    expect(await updateAgreement(editor, id, version, form({ partnerId: other.id }))).toEqual({
      ok: false,
      error: 'invalid',
      fieldErrors: { partnerId: 'partnerLinkedElsewhere' },
    });
    expect((await database.prisma.agreement.findUniqueOrThrow({ where: { id } })).partnerId).toBe(partnerId);
    expect(await auditOf(id)).toHaveLength(count);
    await database.prisma.project.delete({ where: { id: project.id } });
  });

  it('refuses references to records that do not exist next to their fields', async () => {
    const outcome = await createAgreement(
      editor,
      form({
        partnerId: '00000000-0000-4000-8000-000000000000',
        sourceId: '999999',
        documentId: '00000000-0000-4000-8000-000000000001',
        links: { 0: { kind: 'amends', toId: '999999' } },
      }),
    );
    expect(outcome).toEqual({
      ok: false,
      error: 'invalid',
      fieldErrors: { partnerId: 'unknownChoice', sourceId: 'unknownChoice', documentId: 'unknownChoice', 'links.0.toId': 'unknownChoice' },
    });
  });

  it('refuses what the CHECK constraints would refuse as field errors before it reaches the database', () => {
    const errors = (overrides: Record<string, unknown>) => {
      const parsed = agreementInputSchema.safeParse(raw(overrides));
      return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]));
    };
    expect(errors({ translations: { ru: { ...blank, title: '  ' }, kk: blank, en: blank } })).toEqual({ 'translations.ru.title': 'required' }); // title_not_blank
    expect(errors({ textLanguages: { Russian: 'on' } })).toEqual({ textLanguages: 'invalid' }); // textLanguages_codes
    expect(errors({ publicationStatus: 'scheduled' })).toEqual({ publishAt: 'publishAtRequired' }); // scheduled_has_time
    expect(errors({ signedOn: '2019-02-30' })).toEqual({ signedOn: 'partialDate' }); // signedOn_normalized
    expect(errors({ history: { 0: { kind: 'signed', date: '19.10.2019', note: '' } } })).toEqual({ 'history.0.date': 'partialDate' }); // date_normalized
  });

  it('moves an agreement to the trash; only an admin restores or purges it, and the log outlives it', async () => {
    const { id, version } = await created();
    expect(await trashAgreement(editor, id, version - 1)).toMatchObject({ ok: false, error: 'conflict' });
    expect(await trashAgreement(editor, id, version)).toEqual({ ok: true, value: null });
    expect(await getAgreementForEditing(editor, id)).toBeNull();
    expect((await listTrashedAgreements(admin, 'en')).map((a) => a.id)).toContain(id);
    await expect(restoreAgreement(editor, id)).rejects.toMatchObject({ reason: 'forbidden' });
    await expect(purgeAgreement(editor, id)).rejects.toMatchObject({ reason: 'forbidden' });
    expect(await restoreAgreement(admin, id)).toEqual({ ok: true, value: null });
    const restored = await database.prisma.agreement.findUniqueOrThrow({ where: { id } });
    expect(restored.deletedAt).toBeNull();
    expect(await purgeAgreement(admin, id)).toEqual(expect.objectContaining({ ok: false, error: 'notFound' })); // only from the trash
    await trashAgreement(admin, id, restored.version);
    expect(await purgeAgreement(admin, id)).toEqual({ ok: true, value: null });
    expect(await database.prisma.agreement.findUnique({ where: { id } })).toBeNull();
    expect(await database.prisma.agreementStatusChange.count({ where: { agreementId: id } })).toBe(0);
    const entries = await auditOf(id);
    expect(entries.map((e) => e.action)).toEqual(['create', 'update', 'publish', 'delete', 'restore', 'delete', 'purge']);
    expect(entries.at(-1)?.changes).toMatchObject({
      'history.0.kind': { before: 'signed', after: null },
      'title.ru': { before: 'Тестовое соглашение о сотрудничестве', after: null },
    });
  });

  it('offers the form choices: partners, sources, PDF documents, other agreements and the languages in use', async () => {
    const choices = await agreementChoices(editor, 'kk', { id: otherAgreementId });
    expect(choices.partners.find((p) => p.id === partnerId)?.name).toBeTruthy();
    expect(choices.documents.map((d) => d.id)).toEqual([documentId]);
    expect(choices.sources.map((s) => s.id)).toContain(sourceId);
    expect(choices.agreements.map((a) => a.id)).not.toContain(otherAgreementId);
    expect(choices.languages).not.toContain('tr'); // the agreement that used it is gone
  });
});
