import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasets, seedDataset } from '@/prisma/seed/seed-dataset';
import { AccessDenied } from '@/lib/server/auth/actor';
import { createEvent, purgeEvent, restoreEvent, trashEvent, updateEvent } from '@/lib/server/events/mutations';
import { getEventPreview, listEventsForEditing } from '@/lib/server/events/editing';
import { eventInputSchema } from '@/lib/schemas/event-input';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { signedInHeaders } from '../support/auth';

let database: TestDatabase;
let editor: Headers;
let admin: Headers;
let partners: { qingdao: string; chengdu: string; shenzhen: string };
let sourceId: number;
let readyPhoto: string;
let barePhoto: string;

/** An image row as the upload would leave it; `described` adds alt texts in three languages and a credit. */
async function image(described: boolean) {
  const sha256 = randomBytes(32).toString('hex');
  const media = await database.prisma.media.create({
    data: {
      kind: 'image',
      mimeType: 'image/jpeg',
      byteSize: 1000,
      width: 1200,
      height: 800,
      sha256,
      storageKey: `${sha256.slice(0, 2)}/${sha256}.jpg`,
      originalName: described ? 'forum.jpg' : 'unnamed.jpg',
      ...(described && {
        creditText: 'Пресс-служба мэрии Казани',
        translations: {
          create: [
            { locale: 'ru', alt: 'Участники форума' },
            { locale: 'kk', alt: 'Форум қатысушылары' },
            { locale: 'en', alt: 'Forum participants' },
          ],
        },
      }),
    },
  });
  return media.id;
}

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url; // the data layer's own client connects here on first use
  await seedDataset(database.prisma, datasets.kazan);
  [editor, admin] = await Promise.all([signedInHeaders(database.prisma, { role: 'editor' }), signedInHeaders(database.prisma, { role: 'admin' })]);
  const rows = await database.prisma.partner.findMany({ where: { slug: { in: ['qingdao', 'chengdu', 'shenzhen'] } }, select: { id: true, slug: true } });
  partners = Object.fromEntries(rows.map((p) => [p.slug, p.id])) as typeof partners;
  sourceId = (await database.prisma.source.findFirstOrThrow()).id;
  [readyPhoto, barePhoto] = [await image(true), await image(false)];
});
afterAll(async () => {
  await database.drop();
});

const ticked = (...ids: (string | number)[]) => Object.fromEntries(ids.map((id) => [String(id), 'on']));
const blank = { title: '', body: '', location: '' };
const threeLanguages = {
  ru: { title: 'Форум городов-побратимов', body: 'Делегации обсудили молодёжные обмены.', location: 'Казань' },
  kk: { title: 'Бауырлас қалалар форумы', body: 'Делегациялар жастар алмасуын талқылады.', location: 'Қазан' },
  en: { title: 'Sister cities forum', body: 'The delegations discussed youth exchanges.', location: 'Kazan' },
};
const form = (overrides: Record<string, unknown> = {}) =>
  eventInputSchema.parse({
    slug: 'sister-cities-forum-test',
    partners: ticked(partners.qingdao, partners.chengdu),
    start: '2025-07-26',
    end: '2025-07-30',
    category: 'forum',
    format: 'in_person',
    sources: ticked(sourceId),
    publicationStatus: 'draft',
    publishAt: '',
    translations: threeLanguages,
    ...overrides,
  });
const eventBySlug = (slug = 'sister-cities-forum-test') => database.prisma.event.findUniqueOrThrow({ where: { slug } });
const auditOf = (id: number) => database.prisma.auditLog.findMany({ where: { entityType: 'event', entityId: String(id) }, orderBy: { id: 'asc' } });

describe('editing events', () => {
  it('refuses visitors without a session, on every mutation and read, and leaves no trace', async () => {
    const anonymous = new Headers();
    await expect(createEvent(anonymous, form({ slug: 'anonymous' }))).rejects.toBeInstanceOf(AccessDenied);
    const { id, version } = await database.prisma.event.findFirstOrThrow();
    await expect(updateEvent(anonymous, id, version, form({ slug: 'anonymous' }))).rejects.toMatchObject({ reason: 'unauthenticated' });
    await expect(trashEvent(anonymous, id, version)).rejects.toMatchObject({ reason: 'unauthenticated' });
    await expect(restoreEvent(anonymous, id)).rejects.toMatchObject({ reason: 'unauthenticated' });
    await expect(purgeEvent(anonymous, id)).rejects.toMatchObject({ reason: 'unauthenticated' });
    await expect(listEventsForEditing(anonymous, 'ru')).rejects.toBeInstanceOf(AccessDenied);
    await expect(getEventPreview(anonymous, 'ru', id)).rejects.toBeInstanceOf(AccessDenied);
    expect(await database.prisma.event.count({ where: { slug: 'anonymous' } })).toBe(0);
    expect(await database.prisma.event.findUniqueOrThrow({ where: { id } })).toMatchObject({ version, deletedAt: null });
    expect(await database.prisma.auditLog.count({ where: { entityType: 'event' } })).toBe(0);
  });

  it('an editor creates an event with two partners in three languages; the audit entry has every field, links included', async () => {
    const outcome = await createEvent(editor, form());
    expect(outcome.ok).toBe(true);
    const event = await database.prisma.event.findUniqueOrThrow({
      where: { slug: 'sister-cities-forum-test' },
      include: { translations: { orderBy: { locale: 'asc' } }, partners: true, sources: true },
    });
    expect(event).toMatchObject({ startPrecision: 'day', endPrecision: 'day', category: 'forum', format: 'in_person', publicationStatus: 'draft' });
    expect(event.translations.map((t) => `${t.locale}:${t.title}`)).toEqual([
      'ru:Форум городов-побратимов',
      'kk:Бауырлас қалалар форумы',
      'en:Sister cities forum',
    ]);
    expect(event.partners.map((p) => p.partnerId).sort()).toEqual([partners.qingdao, partners.chengdu].sort());
    const [entry] = await auditOf(event.id);
    expect(entry).toMatchObject({
      action: 'create',
      changes: expect.objectContaining({
        start: { before: null, after: '2025-07-26' },
        partners: { before: null, after: 'chengdu, qingdao' },
        sources: { before: null, after: String(sourceId) },
        'title.kk': { before: null, after: 'Бауырлас қалалар форумы' },
      }),
    });
    expect(entry?.actorId).not.toBeNull();
    // The draft is not public, but the editors' list and the preview show it.
    expect((await listEventsForEditing(editor, 'en')).find((e) => e.id === event.id)).toMatchObject({
      title: 'Sister cities forum',
      partners: ['Chengdu', 'Qingdao'],
      missing: [],
      outdated: [],
    });
    expect(await getEventPreview(editor, 'kk', event.id)).toMatchObject({
      page: { title: { text: 'Бауырлас қалалар форумы', isFallback: false } },
      state: { kind: 'draft' },
    });
  });

  it('refuses a second event at the same address and partners that do not exist', async () => {
    expect(await createEvent(editor, form())).toEqual({ ok: false, error: 'invalid', fieldErrors: { slug: 'taken' } });
    expect(await createEvent(editor, form({ slug: 'ghost-partner', partners: ticked('00000000-0000-4000-8000-000000000000') }))).toEqual({
      ok: false,
      error: 'invalid',
      fieldErrors: { partners: 'unknownChoice' },
    });
  });

  it('saves over the version the editor started from, logs only the fields that changed, and refuses a stale save without writing anything', async () => {
    const { id, version } = await eventBySlug();
    const changed = form({
      end: '',
      partners: ticked(partners.qingdao, partners.shenzhen),
      translations: { ...threeLanguages, en: { ...threeLanguages.en, title: 'Forum of sister cities' } },
    });
    expect(await updateEvent(editor, id, version, changed)).toEqual({ ok: true, value: { version: version + 1 } });
    const stale = await updateEvent(admin, id, version, form({ translations: { ru: { ...blank, title: 'Чужая правка' }, kk: blank, en: blank } }));
    expect(stale).toMatchObject({ ok: false, error: 'conflict', current: { version: version + 1 } });
    const saved = await database.prisma.event.findUniqueOrThrow({ where: { id }, include: { translations: true } });
    expect(saved).toMatchObject({ version: version + 1, endDate: null, endPrecision: null });
    expect(saved.translations.find((t) => t.locale === 'ru')?.title).toBe('Форум городов-побратимов');
    const entries = await auditOf(id);
    expect(entries.map((e) => e.action)).toEqual(['create', 'update']);
    expect(entries[1]?.changes).toEqual({
      end: { before: '2025-07-30', after: null },
      partners: { before: 'chengdu, qingdao', after: 'qingdao, shenzhen' },
      'title.en': { before: 'Sister cities forum', after: 'Forum of sister cities' },
    });
  });

  it('puts an event in a project, audited, and refuses a project that does not exist', async () => {
    const { id, version } = await eventBySlug();
    const project = await database.prisma.project.create({ data: { slug: 'event-project-test', themes: ['youth'] } });
    expect(await updateEvent(editor, id, version, form({ projectId: String(project.id) }))).toEqual({ ok: true, value: { version: version + 1 } });
    expect(await eventBySlug()).toMatchObject({ projectId: project.id });
    expect((await auditOf(id)).at(-1)?.changes).toMatchObject({ projectId: { before: null, after: project.id } });
    expect(await updateEvent(editor, id, version + 1, form({ projectId: '2147483000' }))).toEqual({
      ok: false,
      error: 'invalid',
      fieldErrors: { projectId: 'unknownChoice' },
    });
    expect(await updateEvent(editor, id, version + 1, form({ projectId: '' }))).toEqual({ ok: true, value: { version: version + 2 } });
    expect(await eventBySlug()).toMatchObject({ projectId: null });
  });

  it('will not publish or schedule an event while one of its photos lacks alt texts or a credit', async () => {
    const { id, version } = await eventBySlug();
    const withPhotos = { photos: ticked(readyPhoto, barePhoto) };
    for (const publication of [{ publicationStatus: 'published' }, { publicationStatus: 'scheduled', publishAt: '2030-01-01T09:00:00.000+05:00' }]) {
      expect(await updateEvent(editor, id, version, form({ ...withPhotos, ...publication }))).toEqual({
        ok: false,
        error: 'invalid',
        fieldErrors: { [`photos.${barePhoto}`]: 'photoNotReady' },
      });
    }
    expect(await createEvent(editor, form({ slug: 'published-with-bare-photo', publicationStatus: 'published', ...withPhotos }))).toMatchObject({
      ok: false,
      error: 'invalid',
    });
    expect(await database.prisma.event.findUniqueOrThrow({ where: { id } })).toMatchObject({ version, publicationStatus: 'draft' });
    expect(await database.prisma.eventPhoto.count({ where: { eventId: id } })).toBe(0);

    // A draft may show it; once the photo is described, the event publishes, photos in the order given.
    expect(await updateEvent(editor, id, version, form(withPhotos))).toEqual({ ok: true, value: { version: version + 1 } });
    await database.prisma.media.update({
      where: { id: barePhoto },
      data: {
        creditText: 'Фото: Ильдар Ахметов',
        translations: {
          create: [
            { locale: 'ru', alt: 'Зал форума' },
            { locale: 'kk', alt: 'Форум залы' },
            { locale: 'en', alt: 'The forum hall' },
          ],
        },
      },
    });
    const published = await updateEvent(editor, id, version + 1, form({ ...withPhotos, photoOrder: { [barePhoto]: '1' }, publicationStatus: 'published' }));
    expect(published).toEqual({ ok: true, value: { version: version + 2 } });
    const photos = await database.prisma.eventPhoto.findMany({ where: { eventId: id }, orderBy: { position: 'asc' } });
    expect(photos.map((p) => p.mediaId)).toEqual([barePhoto, readyPhoto]);
    expect((await auditOf(id)).at(-1)).toMatchObject({
      action: 'publish',
      changes: {
        publicationStatus: { before: 'draft', after: 'published' },
        photos: { before: `${readyPhoto}, ${barePhoto}`, after: `${barePhoto}, ${readyPhoto}` },
      },
    });
  });

  it('moves an event to the trash; only an admin restores or purges it, and the log outlives it', async () => {
    const { id, version } = await eventBySlug();
    expect(await trashEvent(editor, id, version - 1)).toMatchObject({ ok: false, error: 'conflict' });
    expect(await trashEvent(editor, id, version)).toEqual({ ok: true, value: null });
    expect((await database.prisma.event.findUniqueOrThrow({ where: { id } })).deletedAt).not.toBeNull();
    expect(await getEventPreview(editor, 'ru', id)).toBeNull();
    await expect(restoreEvent(editor, id)).rejects.toMatchObject({ reason: 'forbidden' });
    await expect(purgeEvent(editor, id)).rejects.toMatchObject({ reason: 'forbidden' });
    expect(await restoreEvent(admin, id)).toEqual({ ok: true, value: null });
    const restored = await database.prisma.event.findUniqueOrThrow({ where: { id } });
    expect(restored.deletedAt).toBeNull();
    expect(await purgeEvent(admin, id)).toEqual({ ok: false, error: 'notFound' }); // only what is in the trash
    await trashEvent(admin, id, restored.version);
    expect(await purgeEvent(admin, id)).toEqual({ ok: true, value: null });
    expect(await database.prisma.event.findUnique({ where: { id } })).toBeNull();
    // Its partners and photos stay; only the links went with it.
    expect(await database.prisma.media.count({ where: { id: { in: [readyPhoto, barePhoto] } } })).toBe(2);
    const actions = (await auditOf(id)).map((e) => e.action);
    expect(actions.slice(-4)).toEqual(['delete', 'restore', 'delete', 'purge']);
    expect((await auditOf(id)).at(-1)?.changes).toMatchObject({ 'title.ru': { before: 'Форум городов-побратимов', after: null } });
  });
});
