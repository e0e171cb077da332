import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { datasets, seedDataset } from '@/prisma/seed/seed-dataset';
import { createAgreement, trashAgreement, updateAgreement } from '@/lib/server/agreements/mutations';
import { getAgreementPublicHistory } from '@/lib/server/agreements/public-history';
import { agreementInputSchema } from '@/lib/schemas/agreement';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { signedInHeaders } from '../support/auth';

// Outside Next the cache directives are inert: every read sees the database as it is now.
vi.mock('next/cache', () => ({ cacheLife: () => undefined, cacheTag: () => undefined }));

let database: TestDatabase;
let editor: Headers;
let partnerId: string;
let documentId: string;
let id: number;

const blank = { title: '', place: '', signatories: '', note: '' };
/** The editor's form as the browser posts it, through the action's schema. */
const form = (overrides: Record<string, unknown> = {}) =>
  agreementInputSchema.parse({
    partnerId,
    type: 'cooperation',
    signedOn: '2019-10',
    status: '',
    sourceId: '',
    documentId,
    textLanguages: { ru: 'on' },
    publicationStatus: 'draft',
    publishAt: '',
    translations: { ru: { ...blank, title: 'Секретное рабочее название' }, kk: blank, en: blank },
    history: {},
    links: {},
    ...overrides,
  });

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url; // the data layer's own client connects here on first use
  await seedDataset(database.prisma, datasets.shymkent);
  editor = await signedInHeaders(database.prisma, { role: 'editor' });
  ({ id: partnerId } = await database.prisma.partner.findUniqueOrThrow({ where: { slug: 'izmir' } }));
  ({ id: documentId } = await database.prisma.media.create({
    data: {
      kind: 'document',
      mimeType: 'application/pdf',
      byteSize: 2048,
      sha256: 'c'.repeat(64),
      storageKey: `${'c'.repeat(64)}.pdf`,
      originalName: 'scan.pdf',
    },
  }));

  // Drafted and reworked in private, then published, then corrected twice in public.
  const created = await createAgreement(editor, form());
  if (!created.ok) throw new Error('create failed');
  id = created.value.id;
  const steps = [
    form({ translations: { ru: { ...blank, title: 'Второе черновое название' }, kk: blank, en: blank } }),
    form({ publicationStatus: 'published', translations: { ru: { ...blank, title: 'Соглашение о сотрудничестве с Измиром' }, kk: blank, en: blank } }),
    form({
      publicationStatus: 'published',
      status: 'in_force',
      signedOn: '2019-10-15',
      translations: {
        ru: { ...blank, title: 'Соглашение о сотрудничестве с Измиром' },
        kk: blank,
        en: { ...blank, title: 'Cooperation agreement with Izmir' },
      },
    }),
    form({
      publicationStatus: 'published',
      status: 'suspended',
      signedOn: '2019-10-15',
      documentId: '',
      translations: {
        ru: { ...blank, title: 'Соглашение о сотрудничестве с Измиром' },
        kk: blank,
        en: { ...blank, title: 'Cooperation agreement with Izmir' },
      },
    }),
  ];
  for (const [i, input] of steps.entries()) {
    const saved = await updateAgreement(editor, id, i + 1, input);
    if (!saved.ok) throw new Error(`update ${i} failed: ${JSON.stringify(saved)}`);
  }
});
afterAll(async () => {
  await database.drop();
});

describe('the public change history of an agreement', () => {
  it('starts after the first publication, newest first, with the public facts only', async () => {
    const history = await getAgreementPublicHistory(id);
    expect(history).toHaveLength(2);
    const [latest, earlier] = history;
    expect(latest!.at.getTime()).toBeGreaterThanOrEqual(earlier!.at.getTime());
    expect(latest!.changes).toEqual([
      { field: 'status', before: 'in_force', after: 'suspended' },
      { field: 'document', change: 'removed' },
    ]);
    expect(earlier!.changes).toEqual(
      expect.arrayContaining([
        { field: 'status', before: null, after: 'in_force' },
        { field: 'title', language: 'en', before: null, after: 'Cooperation agreement with Izmir' },
        { field: 'signed', before: { date: new Date('2019-10-01'), precision: 'month' }, after: { date: new Date('2019-10-15'), precision: 'day' } },
      ]),
    );
    const text = JSON.stringify(history);
    // Nothing of the drafts, of the bookkeeping, nor any internal id.
    expect(text).not.toMatch(/Секретное|Второе черновое|publicationStatus|publishAt|version|deletedAt/);
    expect(text).not.toContain(documentId);
    expect(text).not.toContain(partnerId);
  });

  it('names the editors only when the settings allow it', async () => {
    expect((await getAgreementPublicHistory(id)).map((e) => e.editor)).toEqual([null, null]);
    await database.prisma.homeCity.update({ where: { id: 1 }, data: { showEditorNames: true } });
    expect((await getAgreementPublicHistory(id)).map((e) => e.editor)).toEqual(['Test editor', 'Test editor']);
    await database.prisma.homeCity.update({ where: { id: 1 }, data: { showEditorNames: false } });
  });

  it('is empty for a seeded agreement nobody has edited, and for one the public may not see', async () => {
    const seeded = await database.prisma.agreement.findFirstOrThrow({ where: { partnerId, NOT: { id } } });
    expect(await getAgreementPublicHistory(seeded.id)).toEqual([]);
    const trashed = await trashAgreement(editor, id, 5);
    expect(trashed.ok).toBe(true);
    expect(await getAgreementPublicHistory(id)).toEqual([]);
  });
});
