import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasets, seedDataset } from '@/prisma/seed/seed-dataset';
import { AccessDenied } from '@/lib/server/auth/actor';
import { getDashboard } from '@/lib/server/admin/dashboard';
import { createPartner, updatePartner } from '@/lib/server/partners/mutations';
import { listPartnersForEditing } from '@/lib/server/partners/editing';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { signedInHeaders } from '../support/auth';
import { blankTexts as blank, partnerForm as validPartnerForm } from '../support/partner-form';

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
    await expect(getDashboard(new Headers({ cookie: 'better-auth.session_token=forged.value' }), 'ru')).rejects.toBeInstanceOf(AccessDenied);
    const admin = await signedInHeaders(database.prisma, { role: 'admin' });
    await expect(getDashboard(admin, 'ru')).resolves.toHaveProperty('untranslated');
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
    expect(dashboard.untranslated.find((u) => u.name === 'Chengdu')?.missing).toEqual(['kk']);
  });
});

const partnerForm = (slug: string, translations: Record<'ru' | 'kk' | 'en', typeof blank>, population = '') =>
  validPartnerForm({ slug, translations, population });
const texts = (name: string) => ({ ...blank, name, about: `${name}: about` });

describe('the translation status on the dashboard', () => {
  const statusOf = async (editor: Headers, id: string) => {
    const entry = (await getDashboard(editor, 'ru')).untranslated.find((u) => u.kind === 'partner' && u.id === id);
    return entry ? { missing: entry.missing, outdated: entry.outdated } : 'complete';
  };
  const created = async (editor: Headers, slug: string, translations: Parameters<typeof partnerForm>[1]) => {
    const outcome = await createPartner(editor, partnerForm(slug, translations));
    if (!outcome.ok) throw new Error(outcome.error);
    return outcome.value.id;
  };

  it('lists a record without its English text as missing en', async () => {
    const editor = await signedInHeaders(database.prisma, { role: 'editor' });
    const id = await created(editor, 'status-no-en', { ru: texts('Без английского'), kk: texts('Ағылшынсыз'), en: blank });
    expect(await statusOf(editor, id)).toEqual({ missing: ['en'], outdated: [] });
  });

  it('lists kk and en as outdated once the Russian text changes after them, until each is updated', async () => {
    const editor = await signedInHeaders(database.prisma, { role: 'editor' });
    const id = await created(editor, 'status-ru-edited', { ru: texts('Город'), kk: texts('Қала'), en: texts('Town') });
    expect(await statusOf(editor, id)).toBe('complete');

    const edited = await updatePartner(editor, id, 1, partnerForm('status-ru-edited', { ru: texts('Город-побратим'), kk: texts('Қала'), en: texts('Town') }));
    expect(edited.ok).toBe(true);
    expect(await statusOf(editor, id)).toEqual({ missing: [], outdated: ['kk', 'en'] });

    await updatePartner(editor, id, 2, partnerForm('status-ru-edited', { ru: texts('Город-побратим'), kk: texts('Бауырлас қала'), en: texts('Town') }));
    expect(await statusOf(editor, id)).toEqual({ missing: [], outdated: ['en'] });
    // The editors' list of partners says the same, row by row.
    expect((await listPartnersForEditing(editor, 'ru')).find((p) => p.id === id)).toMatchObject({ missing: [], outdated: ['en'] });
  });

  it('keeps the translations current when a save leaves the Russian text as it was', async () => {
    const editor = await signedInHeaders(database.prisma, { role: 'editor' });
    const translations = { ru: texts('Степной'), kk: texts('Далалық'), en: texts('Steppe') };
    const id = await created(editor, 'status-same-ru', translations);
    const times = () =>
      database.prisma.partnerTranslation.findMany({ where: { partnerId: id }, orderBy: { locale: 'asc' }, select: { locale: true, textChangedAt: true } });
    const before = await times();
    const saved = await updatePartner(editor, id, 1, partnerForm('status-same-ru', translations, '120000'));
    expect(saved.ok).toBe(true);
    expect(await database.prisma.partner.findUniqueOrThrow({ where: { id }, select: { population: true } })).toEqual({ population: 120000 });
    expect(await times()).toEqual(before);
    expect(await statusOf(editor, id)).toBe('complete');
  });

  it('covers projects and proposals too: a missing en, and a kk older than its Russian text', async () => {
    const editor = await signedInHeaders(database.prisma, { role: 'editor' });
    const project = await database.prisma.project.findFirstOrThrow({ where: { deletedAt: null }, orderBy: { id: 'asc' }, select: { id: true } });
    const proposal = await database.prisma.proposal.findFirstOrThrow({ where: { deletedAt: null }, orderBy: { id: 'asc' }, select: { id: true } });
    await database.prisma.projectTranslation.deleteMany({ where: { projectId: project.id, locale: 'en' } });
    await database.prisma.proposalTranslation.updateMany({
      where: { proposalId: proposal.id, locale: 'kk' },
      data: { textChangedAt: new Date('2020-01-01T00:00:00Z') },
    });
    await database.prisma.proposalTranslation.updateMany({
      where: { proposalId: proposal.id, locale: 'ru' },
      data: { textChangedAt: new Date('2021-01-01T00:00:00Z') },
    });

    const untranslated = (await getDashboard(editor, 'ru')).untranslated;
    expect(untranslated.find((u) => u.kind === 'project' && u.id === String(project.id))).toMatchObject({ missing: ['en'] });
    expect(untranslated.find((u) => u.kind === 'proposal' && u.id === String(proposal.id))).toMatchObject({ outdated: ['kk'] });
  });

  it('lists outdated translations first, then missing ones, each newest change first', async () => {
    const editor = await signedInHeaders(database.prisma, { role: 'editor' });
    const untranslated = (await getDashboard(editor, 'ru')).untranslated;
    expect(untranslated.length).toBeGreaterThan(2);
    const firstMissing = untranslated.findIndex((u) => u.outdated.length === 0);
    const outdated = firstMissing === -1 ? untranslated : untranslated.slice(0, firstMissing);
    expect(outdated.length).toBeGreaterThan(0);
    expect(untranslated.slice(outdated.length).every((u) => u.outdated.length === 0)).toBe(true);
    for (const group of [outdated, untranslated.slice(outdated.length)]) {
      const times = group.map((u) => u.updatedAt.getTime());
      expect(times).toEqual([...times].sort((a, b) => b - a));
    }
  });
});
