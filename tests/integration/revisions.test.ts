import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { datasets, seedDataset } from '@/prisma/seed/seed-dataset';
import { AccessDenied } from '@/lib/server/auth/actor';
import { trashAgreement } from '@/lib/server/agreements/mutations';
import { createPartner, purgePartner, trashPartner, updatePartner } from '@/lib/server/partners/mutations';
import { compareRevisions, getRevision, listRevisions } from '@/lib/server/revisions/queries';
import { restoreRevision } from '@/lib/server/revisions/restore';
import { agreementForm, eventForm, projectForm, proposalForm } from '@/lib/audit/revision-forms';
import type { VersionFields } from '@/lib/audit/revisions';
import type { RevisionRecord } from '@/lib/schemas/revisions';
import { agreementInputSchema } from '@/lib/schemas/agreement';
import { eventInputSchema } from '@/lib/schemas/event-input';
import { projectInputSchema } from '@/lib/schemas/project';
import { proposalInputSchema } from '@/lib/schemas/proposal';
import { agreementWrites } from '@/lib/server/agreements/mutations';
import { eventWrites } from '@/lib/server/events/mutations';
import { projectWrites } from '@/lib/server/projects/mutations';
import { proposalWrites } from '@/lib/server/proposals/mutations';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { signedInHeaders } from '../support/auth';
import { blankTexts, partnerForm } from '../support/partner-form';

vi.mock('next/cache', () => ({ cacheLife: () => undefined, cacheTag: () => undefined }));

let database: TestDatabase;
let editor: Headers;
let admin: Headers;
beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url; // the data layer's own client connects here on first use
  await seedDataset(database.prisma, datasets.kazan);
  [editor, admin] = await Promise.all([signedInHeaders(database.prisma, { role: 'editor' }), signedInHeaders(database.prisma, { role: 'admin' })]);
});
afterAll(async () => {
  await database.drop();
});

const blank = blankTexts;
const form = (overrides: Record<string, unknown> = {}) =>
  partnerForm({ slug: 'revision-town', population: '120000', translations: { ru: { ...blank, name: 'Город правок' }, kk: blank, en: blank }, ...overrides });
/** The item at a place in a list the test expects to be there. */
function nth<T>(list: T[] | null, index: number): T {
  const item = list?.at(index);
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
}
const versionOf = async (id: string) => (await database.prisma.partner.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

/** A partner created, given an English name, grown, then trashed: four saved versions. */
async function partnerWithHistory(slug: string) {
  const created = await createPartner(editor, form({ slug }));
  if (!created.ok) throw new Error('partner not created');
  const { id } = created.value;
  const english = { ...blank, name: 'Revision town' };
  expect(
    (await updatePartner(editor, id, await versionOf(id), form({ slug, translations: { ru: { ...blank, name: 'Город правок' }, kk: blank, en: english } }))).ok,
  ).toBe(true);
  const grown = form({ slug, population: '125000', translations: { ru: { ...blank, name: 'Город правок' }, kk: blank, en: english } });
  expect((await updatePartner(editor, id, await versionOf(id), grown)).ok).toBe(true);
  expect((await trashPartner(editor, id, await versionOf(id))).ok).toBe(true);
  return { kind: 'partner' as const, id };
}

describe('revisions of a record', () => {
  it('lists a trashed partner’s saved versions oldest first, each with who saved it and which fields changed', async () => {
    const record = await partnerWithHistory('revision-town');
    const versions = await listRevisions(editor, record);
    expect(versions?.map((version) => [version.number, version.action, version.actorName])).toEqual([
      [1, 'create', 'Test editor'],
      [2, 'update', 'Test editor'],
      [3, 'update', 'Test editor'],
      [4, 'delete', 'Test editor'],
    ]);
    expect(nth(versions, 1).changedFields).toEqual(['name.en']);
    expect(nth(versions, 2).changedFields).toEqual(['population']);
  });

  it('rebuilds an earlier version’s fields as they were saved, and the latest as the record is now', async () => {
    const record = await partnerWithHistory('revision-rebuilt');
    const versions = await listRevisions(admin, record);
    const first = await getRevision(editor, record, nth(versions, 0).id);
    expect(first?.fields).toMatchObject({ slug: 'revision-rebuilt', 'name.ru': 'Город правок', population: 120000, publicationStatus: 'draft' });
    expect(first?.fields).not.toHaveProperty('name.en');
    expect(first?.fields).not.toHaveProperty('deletedAt');
    const last = await getRevision(editor, record, nth(versions, 3).id);
    expect(last?.fields).toMatchObject({ 'name.en': 'Revision town', population: 125000 });
    expect(typeof last?.fields?.deletedAt).toBe('string');
  });

  it('compares two versions field by field, a translated field in ru, kk and en', async () => {
    const record = await partnerWithHistory('revision-compared');
    const versions = await listRevisions(editor, record);
    const comparison = await compareRevisions(editor, record, nth(versions, 0).id, nth(versions, 2).id);
    expect(comparison?.before.number).toBe(1);
    expect(comparison?.after.number).toBe(3);
    const changed = comparison?.fields.filter((field) => field.changed).map((field) => field.field);
    expect(changed).toEqual(['name', 'population']);
    expect(comparison?.fields.find((field) => field.field === 'name')?.cells).toEqual([
      { locale: 'ru', before: 'Город правок', after: 'Город правок', changed: false },
      { locale: 'kk', before: null, after: null, changed: false },
      { locale: 'en', before: null, after: 'Revision town', changed: true },
    ]);
  });

  it('refuses visitors, and knows no version of another record nor of a purged one', async () => {
    const record = await partnerWithHistory('revision-guarded');
    await expect(listRevisions(new Headers(), record)).rejects.toBeInstanceOf(AccessDenied);
    const versions = await listRevisions(editor, record);
    await expect(
      compareRevisions(new Headers({ cookie: 'better-auth.session_token=forged.value' }), record, nth(versions, 0).id, nth(versions, 1).id),
    ).rejects.toBeInstanceOf(AccessDenied);
    const other = await partnerWithHistory('revision-other');
    const otherVersions = await listRevisions(editor, other);
    expect(await getRevision(editor, record, nth(otherVersions, 0).id)).toBeNull();
    expect(await compareRevisions(editor, record, nth(versions, 0).id, nth(otherVersions, 1).id)).toBeNull();
    expect((await purgePartner(admin, record.id)).ok).toBe(true);
    expect(await listRevisions(editor, record)).toBeNull();
  });

  it('gives a seeded agreement, which has no creation entry, its seeded state as the first version', async () => {
    const seeded = await database.prisma.agreement.findFirstOrThrow({
      where: { deletedAt: null },
      orderBy: { id: 'asc' },
      select: { id: true, version: true },
    });
    const record = { kind: 'agreement' as const, id: seeded.id };
    expect((await listRevisions(editor, record))?.map((version) => [version.number, version.action])).toEqual([[1, null]]);
    expect((await trashAgreement(editor, seeded.id, seeded.version)).ok).toBe(true);
    const versions = await listRevisions(editor, record);
    expect(versions?.map((version) => [version.number, version.action])).toEqual([
      [1, null],
      [2, 'delete'],
    ]);
    const comparison = await compareRevisions(admin, record, nth(versions, 0).id, nth(versions, 1).id);
    expect(comparison?.fields.filter((field) => field.changed).map((field) => field.field)).toEqual(['deletedAt']);
    expect((await getRevision(editor, record, nth(versions, 0).id))?.fields).toHaveProperty('partnerId');
  });

  it('restores an earlier version as a new one, audited, and refuses it over a version saved since', async () => {
    const created = await createPartner(editor, form({ slug: 'revision-restored' }));
    if (!created.ok) throw new Error('partner not created');
    const { id } = created.value;
    const record = { kind: 'partner' as const, id };
    const renamed = form({
      slug: 'revision-restored',
      population: '130000',
      translations: { ru: { ...blank, name: 'Новое имя' }, kk: blank, en: { ...blank, name: 'New name' } },
    });
    expect((await updatePartner(editor, id, await versionOf(id), renamed)).ok).toBe(true);
    const first = nth(await listRevisions(editor, record), 0);

    const stale = (await versionOf(id)) - 1;
    expect(await restoreRevision(editor, record, first.id, stale)).toMatchObject({ ok: false, error: 'conflict', current: { version: stale + 1 } });
    await expect(restoreRevision(new Headers(), record, first.id, await versionOf(id))).rejects.toBeInstanceOf(AccessDenied);
    expect(await listRevisions(editor, record)).toHaveLength(2);

    expect((await restoreRevision(editor, record, first.id, await versionOf(id))).ok).toBe(true);
    const versions = await listRevisions(editor, record);
    expect(versions?.map((version) => version.action)).toEqual(['create', 'update', 'update']);
    const comparison = await compareRevisions(editor, record, first.id, nth(versions, 2).id);
    expect(comparison?.fields.filter((field) => field.changed)).toEqual([]);
    const restored = await database.prisma.partner.findUniqueOrThrow({ where: { id }, include: { translations: { orderBy: { locale: 'asc' } } } });
    expect(restored.population).toBe(120000);
    expect(restored.translations.map((t) => [t.locale, t.name])).toEqual([['ru', 'Город правок']]);
  });

  it('refuses a version that today’s rules refuse (its address taken since) field by field, and writes nothing', async () => {
    const created = await createPartner(editor, form({ slug: 'revision-taken' }));
    if (!created.ok) throw new Error('partner not created');
    const { id } = created.value;
    const record = { kind: 'partner' as const, id };
    expect((await updatePartner(editor, id, await versionOf(id), form({ slug: 'revision-moved' }))).ok).toBe(true);
    expect((await createPartner(editor, form({ slug: 'revision-taken' }))).ok).toBe(true);
    const first = nth(await listRevisions(editor, record), 0);
    expect(await restoreRevision(editor, record, first.id, await versionOf(id))).toEqual({ ok: false, error: 'invalid', fieldErrors: { slug: 'taken' } });
    expect(await listRevisions(editor, record)).toHaveLength(2);
  });

  it('restores a seeded partner to what the seed wrote, every field of it through the partner form', async () => {
    const seeded = await database.prisma.partner.findFirstOrThrow({ where: { deletedAt: null }, orderBy: { slug: 'asc' }, include: { translations: true } });
    const record = { kind: 'partner' as const, id: seeded.id };
    const original = nth(await listRevisions(editor, record), 0);
    const texts = { ru: { ...blank, name: 'Правка' }, kk: blank, en: blank };
    expect((await updatePartner(editor, seeded.id, seeded.version, form({ slug: seeded.slug, translations: texts }))).ok).toBe(true);
    expect((await restoreRevision(editor, record, original.id, seeded.version + 1)).ok).toBe(true);
    const versions = await listRevisions(editor, record);
    const comparison = await compareRevisions(editor, record, nth(versions, 0).id, nth(versions, 2).id);
    expect(comparison?.fields.filter((field) => field.changed)).toEqual([]);
  });
});

/** Partners by slug, as the event and project forms need their ids. */
async function partnerIdOf() {
  const partners = await database.prisma.partner.findMany({ select: { id: true, slug: true } });
  return (slug: string) => partners.find((p) => p.slug === slug)?.id;
}

/**
 * Each kind other than partners, edited through its own form and save (a Kazan record with the
 * lists its snapshot flattens: partners, stages, organizations), its Russian title changed and rows
 * added or dropped.
 */
const retitled = <Form extends { translations: { ru: object } }>(form: Form, ru: Record<string, string>) => ({
  ...form,
  translations: { ...form.translations, ru: { ...form.translations.ru, ...ru } },
});
const kinds = {
  agreement: {
    seeded: async () => (await database.prisma.agreement.findFirstOrThrow({ where: { deletedAt: null }, orderBy: { id: 'desc' } })).id,
    edit: async (id: number, version: number, fields: VersionFields) => {
      const form = retitled(agreementForm(fields), { title: 'Правка' });
      const history = { 0: { kind: 'signed', date: '2019-05', note: 'Подписано' }, 1: { kind: 'in_force', date: '2020', note: '' } };
      return agreementWrites.update(editor, id, version, agreementInputSchema.parse({ ...form, history, textLanguages: { kk: 'on', ru: 'on' } }));
    },
    version: async (id: number) => (await database.prisma.agreement.findUniqueOrThrow({ where: { id } })).version,
  },
  event: {
    seeded: async () => (await database.prisma.event.findFirstOrThrow({ where: { deletedAt: null, partners: { some: {} } }, orderBy: { id: 'asc' } })).id,
    edit: async (id: number, version: number, fields: VersionFields) => {
      const form = retitled(eventForm(fields, await partnerIdOf()), { title: 'Правка', location: 'Казань' });
      return eventWrites.update(editor, id, version, eventInputSchema.parse({ ...form, end: '', sources: {} }));
    },
    version: async (id: number) => (await database.prisma.event.findUniqueOrThrow({ where: { id } })).version,
  },
  project: {
    seeded: async () =>
      (
        await database.prisma.project.findFirstOrThrow({
          where: { deletedAt: null, organizations: { some: {} }, partners: { some: {} } },
          orderBy: { id: 'asc' },
        })
      ).id,
    edit: async (id: number, version: number, fields: VersionFields) => {
      const form = retitled(projectForm(fields, await partnerIdOf()), { title: 'Правка' });
      const history = { 0: { status: 'planned', date: '2019', note: '' }, 1: { status: 'active', date: '2020-02-03', note: 'Старт' } };
      return projectWrites.update(editor, id, version, projectInputSchema.parse({ ...form, history, organizations: {} }));
    },
    version: async (id: number) => (await database.prisma.project.findUniqueOrThrow({ where: { id } })).version,
  },
  proposal: {
    seeded: async () => (await database.prisma.proposal.findFirstOrThrow({ where: { deletedAt: null, stages: { some: {} } }, orderBy: { id: 'asc' } })).id,
    edit: async (id: number, version: number, fields: VersionFields) => {
      const form = retitled(proposalForm(fields), { partnerName: 'Правка' });
      return proposalWrites.update(
        editor,
        id,
        version,
        proposalInputSchema.parse({ ...form, stages: { 0: { stage: 'initiative', date: '2020', note: 'Идея' } }, agreementId: '' }),
      );
    },
    version: async (id: number) => (await database.prisma.proposal.findUniqueOrThrow({ where: { id } })).version,
  },
} as const;

/** A seeded record of the kind, edited once: its first (seeded) version and the edited one. */
async function editedRecord<Kind extends keyof typeof kinds>(kind: Kind) {
  const { seeded, edit, version } = kinds[kind];
  const id = await seeded();
  const record = { kind, id };
  const original = nth(await listRevisions(editor, record), 0);
  const fields = (await getRevision(editor, record, original.id))?.fields;
  if (!fields) throw new Error('no version');
  expect(await edit(id, await version(id), fields)).toMatchObject({ ok: true });
  const edited = nth(await listRevisions(editor, record), 1);
  return { id, record, original, edited };
}
const changedFields = async (record: RevisionRecord, fromId: string, toId: string) =>
  (await compareRevisions(editor, record, fromId, toId))?.fields.filter((field) => field.changed).map((field) => field.field);

describe.each(Object.keys(kinds) as (keyof typeof kinds)[])('restoring an earlier version of a %s', (kind) => {
  it('puts every field of it back, lists included, and its audit entry says which version it restored', async () => {
    const { id, record, original, edited } = await editedRecord(kind);
    const { version } = kinds[kind];
    expect((await changedFields(record, original.id, edited.id))?.length).toBeGreaterThan(1);

    expect(await restoreRevision(editor, record, original.id, (await version(id)) - 1)).toMatchObject({ ok: false, error: 'conflict' });
    expect(await restoreRevision(editor, record, original.id, await version(id))).toMatchObject({ ok: true });
    expect(await restoreRevision(editor, record, edited.id, await version(id))).toMatchObject({ ok: true });
    const versions = await listRevisions(editor, record);
    expect(versions?.map((v) => [v.number, v.restoredFrom])).toEqual([
      [1, null],
      [2, null],
      [3, 1],
      [4, 2],
    ]);
    expect(await changedFields(record, original.id, nth(versions, 2).id)).toEqual([]);
    expect(await changedFields(record, edited.id, nth(versions, 3).id)).toEqual([]);
  });
});

describe('restoring a version of a record in the trash', () => {
  it('takes it out of the trash and saves the version in one step, an admin’s right; over a stale version nothing moves', async () => {
    const { id, record, original } = await editedRecord('agreement');
    const version = () => kinds.agreement.version(id);
    expect((await trashAgreement(editor, id, await version())).ok).toBe(true);
    const trashedVersion = await version();

    await expect(restoreRevision(editor, record, original.id, trashedVersion)).rejects.toBeInstanceOf(AccessDenied);
    expect(await restoreRevision(admin, record, original.id, trashedVersion - 1)).toMatchObject({ ok: false, error: 'conflict' });
    expect((await database.prisma.agreement.findUniqueOrThrow({ where: { id } })).deletedAt).not.toBeNull();

    expect(await restoreRevision(admin, record, original.id, trashedVersion)).toMatchObject({ ok: true });
    expect((await database.prisma.agreement.findUniqueOrThrow({ where: { id } })).deletedAt).toBeNull();
    const versions = await listRevisions(editor, record);
    expect(versions?.slice(-3).map((v) => [v.action, v.restoredFrom])).toEqual([
      ['delete', null],
      ['restore', null],
      ['update', 1],
    ]);
    expect(await changedFields(record, original.id, nth(versions, -1).id)).toEqual([]);
  });
});
