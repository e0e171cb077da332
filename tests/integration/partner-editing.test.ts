import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { datasets, seedDataset } from '@/prisma/seed/seed-dataset';
import { AccessDenied } from '@/lib/server/auth/actor';
import { createPartner, purgePartner, restorePartner, trashPartner, updatePartner } from '@/lib/server/partners/mutations';
import { blankTexts as blank, partnerInput } from '../support/partner-input';
import { getPartnerPreview } from '@/lib/server/partners/editing';
import { getPartnerProfile } from '@/lib/server/partners/profile';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { signedInHeaders } from '../support/auth';

vi.mock('next/cache', () => ({ cacheLife: () => undefined, cacheTag: () => undefined }));

let database: TestDatabase;
let editor: Headers;
let admin: Headers;
beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url; // the data layer's own client connects here on first use
  await seedDataset(database.prisma, datasets.shymkent);
  [editor, admin] = await Promise.all([signedInHeaders(database.prisma, { role: 'editor' }), signedInHeaders(database.prisma, { role: 'admin' })]);
});
afterAll(async () => {
  await database.drop();
});

const form = (overrides: Record<string, unknown> = {}) =>
  partnerInput({
    slug: 'turkistan-test',
    translations: { ru: { ...blank, name: 'Тестовый город' }, kk: blank, en: { ...blank, name: 'Test town' } },
    ...overrides,
  });

const auditOf = (entityId: string) => database.prisma.auditLog.findMany({ where: { entityType: 'partner', entityId }, orderBy: { id: 'asc' } });

describe('editing partners', () => {
  it('refuses visitors without a session and leaves no trace', async () => {
    await expect(createPartner(new Headers(), form({ slug: 'anonymous' }))).rejects.toBeInstanceOf(AccessDenied);
    await expect(createPartner(new Headers({ cookie: 'better-auth.session_token=forged.value' }), form({ slug: 'forged' }))).rejects.toBeInstanceOf(
      AccessDenied,
    );
    expect(await database.prisma.partner.count({ where: { slug: { in: ['anonymous', 'forged'] } } })).toBe(0);
  });

  it('an editor creates a partner in two languages, and the audit log says who and what, in the same transaction', async () => {
    const outcome = await createPartner(editor, form());
    expect(outcome.ok).toBe(true);
    const partner = await database.prisma.partner.findUniqueOrThrow({
      where: { slug: 'turkistan-test' },
      include: { translations: { orderBy: { locale: 'asc' } } },
    });
    expect(partner.translations.map((t) => `${t.locale}:${t.name}`)).toEqual(['ru:Тестовый город', 'en:Test town']);
    const [entry] = await auditOf(partner.id);
    expect(entry).toMatchObject({
      action: 'create',
      changes: expect.objectContaining({ 'name.ru': { before: null, after: 'Тестовый город' }, countryCode: { before: null, after: 'KZ' } }),
    });
    expect(entry?.actorId).not.toBeNull();
  });

  it('previews the draft as its public profile would show it, while the public still sees nothing', async () => {
    const { id } = await database.prisma.partner.findUniqueOrThrow({ where: { slug: 'turkistan-test' } });
    await expect(getPartnerPreview(new Headers(), 'en', id)).rejects.toBeInstanceOf(AccessDenied);
    expect(await getPartnerPreview(editor, 'en', id)).toMatchObject({
      page: { slug: 'turkistan-test', name: { text: 'Test town', isFallback: false }, countryCode: 'KZ' },
      state: { kind: 'draft' },
    });
    // No kk text yet: the preview shows the ru fallback, marked as such, exactly as the public page will.
    expect(await getPartnerPreview(editor, 'kk', id)).toMatchObject({ page: { name: { text: 'Тестовый город', isFallback: true } } });
    expect(await getPartnerProfile('en', 'turkistan-test')).toBeNull();
    expect(await getPartnerPreview(editor, 'en', 'not-a-partner-id')).toBeNull();
  });

  it('refuses a second partner at the same address', async () => {
    expect(await createPartner(editor, form())).toEqual({ ok: false, error: 'invalid', fieldErrors: { slug: 'taken' } });
  });

  it('saves over the version the editor started from, and refuses a stale save without writing anything', async () => {
    const { id, version } = await database.prisma.partner.findUniqueOrThrow({ where: { slug: 'turkistan-test' } });
    expect(await updatePartner(editor, id, version, form({ population: '12000', populationYear: '2024' }))).toEqual({
      ok: true,
      value: { version: version + 1 },
    });
    const stale = await updatePartner(admin, id, version, form({ translations: { ru: { ...blank, name: 'Чужая правка' }, kk: blank, en: blank } }));
    expect(stale).toMatchObject({ ok: false, error: 'conflict', current: { version: version + 1 } });
    const saved = await database.prisma.partner.findUniqueOrThrow({ where: { id }, include: { translations: true } });
    expect(saved.population).toBe(12000);
    expect(saved.translations.find((t) => t.locale === 'ru')?.name).toBe('Тестовый город');
    const entries = await auditOf(id);
    expect(entries.map((e) => e.action)).toEqual(['create', 'update']);
    expect(entries[1]?.changes).toEqual({ population: { before: null, after: 12000 }, populationYear: { before: null, after: 2024 } });
  });

  it('logs publishing as such', async () => {
    const { id, version } = await database.prisma.partner.findUniqueOrThrow({ where: { slug: 'turkistan-test' } });
    await updatePartner(editor, id, version, form({ population: '12000', populationYear: '2024', publicationStatus: 'published' }));
    expect((await auditOf(id)).at(-1)).toMatchObject({ action: 'publish', changes: { publicationStatus: { before: 'draft', after: 'published' } } });
  });

  it('previews a published partner as public, with only its public agreements', async () => {
    const { id } = await database.prisma.partner.findUniqueOrThrow({ where: { slug: 'izmir' } });
    const preview = await getPartnerPreview(editor, 'en', id);
    const profile = await getPartnerProfile('en', 'izmir');
    expect(preview?.state).toEqual({ kind: 'public' });
    expect(preview?.page).toEqual(profile);
  });

  it('moves a partner to the trash; only an admin restores or purges it', async () => {
    const { id, version } = await database.prisma.partner.findUniqueOrThrow({ where: { slug: 'turkistan-test' } });
    expect(await trashPartner(editor, id, version)).toEqual({ ok: true, value: null });
    expect((await database.prisma.partner.findUniqueOrThrow({ where: { id } })).deletedAt).not.toBeNull();
    await expect(restorePartner(editor, id)).rejects.toMatchObject({ reason: 'forbidden' });
    await expect(purgePartner(editor, id)).rejects.toMatchObject({ reason: 'forbidden' });
    expect(await restorePartner(admin, id)).toEqual({ ok: true, value: null });
    const restored = await database.prisma.partner.findUniqueOrThrow({ where: { id } });
    expect(restored.deletedAt).toBeNull();
    await trashPartner(admin, id, restored.version);
    expect(await purgePartner(admin, id)).toEqual({ ok: true, value: null });
    expect(await database.prisma.partner.findUnique({ where: { id } })).toBeNull();
    // The log outlives the record, with what it was.
    expect((await auditOf(id)).map((e) => e.action)).toEqual(['create', 'update', 'publish', 'delete', 'restore', 'delete', 'purge']);
  });

  it('will not purge a partner that agreements still refer to', async () => {
    const { id, version } = await database.prisma.partner.findUniqueOrThrow({ where: { slug: 'izmir' } });
    await trashPartner(editor, id, version);
    expect(await purgePartner(admin, id)).toEqual({ ok: false, error: 'inUse' });
    expect(await database.prisma.partner.count({ where: { id } })).toBe(1);
  });
});
