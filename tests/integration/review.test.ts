import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { datasets, seedDataset } from '@/prisma/seed/seed-dataset';
import { AccessDenied, actorFromHeaders } from '@/lib/server/auth/actor';
import { updatePartner } from '@/lib/server/partners/mutations';
import { approveReview, returnReview, submitForReview } from '@/lib/server/review/mutations';
import { getReview, listReviews } from '@/lib/server/review/queries';
import { partnerInputSchema } from '@/lib/schemas/partner';
import { listRevisions } from '@/lib/server/revisions/queries';
import { restoreRevision } from '@/lib/server/revisions/restore';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { signedInHeaders } from '../support/auth';
import { blankTexts, partnerFormFields } from '../support/partner-form';

// The actions run as a browser's POST would run them: the request's headers are the test's, Next's
// cache is inert, a redirect is recorded, and messages read as their keys.
let requestHeaders = new Headers();
const redirects: string[] = [];
vi.mock('next/headers', () => ({ headers: async () => requestHeaders }));
vi.mock('next/cache', () => ({ updateTag: () => undefined, refresh: () => undefined, cacheLife: () => undefined, cacheTag: () => undefined }));
vi.mock('next/navigation', () => ({
  redirect: (url: string) => {
    redirects.push(url);
    throw new Error(`redirected to ${url}`);
  },
}));
vi.mock('next-intl/server', () => ({ getTranslations: async () => (key: string) => key }));
const partners = await import('@/app/[locale]/admin/partners/actions');

let database: TestDatabase;
let editor: Headers;
let otherEditor: Headers;
let admin: Headers;
let partnerId: string;
const SLUG = 'review-town';
beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  await seedDataset(database.prisma, datasets.shymkent);
  [editor, otherEditor, admin] = await Promise.all([
    signedInHeaders(database.prisma, { role: 'editor' }),
    signedInHeaders(database.prisma, { role: 'editor' }),
    signedInHeaders(database.prisma, { role: 'admin' }),
  ]);
});
afterAll(async () => {
  await database.drop();
});

/** The partner form as the browser posts it: a published city named `name`. */
const rawForm = (name: string, overrides: Record<string, unknown> = {}) =>
  partnerFormFields({
    slug: SLUG,
    publicationStatus: 'published',
    translations: { ru: { ...blankTexts, name }, kk: blankTexts, en: blankTexts },
    ...overrides,
  });
const formData = (fields: Record<string, unknown>, version?: number) => {
  const data = new FormData();
  const put = (prefix: string, value: unknown) => {
    if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) put(prefix ? `${prefix}.${k}` : k, v);
    else data.append(prefix, String(value));
  };
  put('', fields);
  if (version !== undefined) data.append('version', String(version));
  return data;
};
const partner = () => database.prisma.partner.findUniqueOrThrow({ where: { id: partnerId }, include: { translations: { where: { locale: 'ru' } } } });
const setReview = (on: boolean) => database.prisma.homeCity.update({ where: { id: 1 }, data: { twoPersonReview: on } });
const userIdOf = async (headers: Headers) => (await actorFromHeaders(headers))?.id;
/** A change to the partner submitted by `who` over its current version. */
const submit = async (who: Headers, name: string) => {
  const outcome = await submitForReview(who, 'partner', partnerId, (await partner()).version, rawForm(name));
  if (!outcome.ok) throw new Error(`submission refused: ${JSON.stringify(outcome)}`);
  return outcome.value.requestId;
};

describe('review before publishing', () => {
  beforeEach(() => {
    redirects.length = 0;
  });

  it('is off by default: an editor publishes directly, as before', async () => {
    expect((await database.prisma.homeCity.findUniqueOrThrow({ where: { id: 1 } })).twoPersonReview).toBe(false);
    requestHeaders = editor;
    await partners.createPartnerAction('ru', { status: 'idle' }, formData(rawForm('Город проверки'))).catch(() => undefined);
    expect(redirects).toEqual([expect.stringMatching(/^\/ru\/admin\/partners\/[0-9a-f-]+\?saved=1$/)]);
    const created = await database.prisma.partner.findUniqueOrThrow({ where: { slug: SLUG } });
    partnerId = created.id;
    expect(created.publicationStatus).toBe('published');
    expect(await database.prisma.reviewRequest.count()).toBe(0);
  });

  it('when on, a save that would stay public is refused by the data layer, and a draft saves directly', async () => {
    await setReview(true);
    const { version } = await partner();
    const publishing = partnerInputSchema.parse(rawForm('Переименованный город'));
    expect(await updatePartner(editor, partnerId, version, publishing)).toEqual({
      ok: false,
      error: 'invalid',
      fieldErrors: { publicationStatus: 'reviewRequired' },
    });
    expect(await updatePartner(admin, partnerId, version, publishing)).toMatchObject({ ok: false, error: 'invalid' });
    expect((await partner()).translations[0]?.name).toBe('Город проверки');
    // Taking it off the site never waits for anyone.
    expect(await updatePartner(editor, partnerId, version, partnerInputSchema.parse(rawForm('Город проверки', { publicationStatus: 'draft' })))).toMatchObject({
      ok: true,
    });
    expect((await partner()).publicationStatus).toBe('draft');
  });

  it("the edit form submits an editor's publishing save for review: the record stays as it was", async () => {
    requestHeaders = editor;
    const before = await partner();
    const result = await partners.updatePartnerAction(partnerId, { status: 'idle' }, formData(rawForm('Новое имя'), before.version));
    expect(result).toMatchObject({ status: 'ok', message: 'submitted' });
    const after = await partner();
    expect([after.version, after.publicationStatus, after.translations[0]?.name]).toEqual([before.version, 'draft', 'Город проверки']);
    const request = await database.prisma.reviewRequest.findFirstOrThrow({ where: { entityId: partnerId } });
    expect(request).toMatchObject({ entityType: 'partner', state: 'waiting', baseVersion: before.version, submittedById: await userIdOf(editor) });
    const review = await getReview(otherEditor, request.id, 'ru');
    expect(review).toMatchObject({ name: 'Новое имя', mine: false });
    expect(review?.fields.filter((f) => f.changed)).toEqual([{ field: 'name.ru', current: 'Город проверки', proposed: 'Новое имя', changed: true }]);
    expect(review?.fields).toContainEqual({ field: 'slug', current: SLUG, proposed: SLUG, changed: false });
  });

  it('a new public record is created as a draft and submitted for review', async () => {
    requestHeaders = editor;
    await partners.createPartnerAction('ru', { status: 'idle' }, formData(rawForm('Ещё город', { slug: 'review-town-2' }))).catch(() => undefined);
    const created = await database.prisma.partner.findUniqueOrThrow({ where: { slug: 'review-town-2' } });
    expect(redirects).toEqual([`/ru/admin/partners/${created.id}?submitted=1`]);
    expect(created.publicationStatus).toBe('draft');
    expect(await database.prisma.reviewRequest.findFirst({ where: { entityId: created.id } })).toMatchObject({ state: 'waiting', baseVersion: 1 });
  });

  it('nobody approves or returns their own submission, admins included', async () => {
    const byEditor = await submit(editor, 'Своё имя');
    await expect(approveReview(editor, byEditor, null)).rejects.toBeInstanceOf(AccessDenied);
    await expect(returnReview(editor, byEditor, 'сам себе')).rejects.toBeInstanceOf(AccessDenied);
    const byAdmin = await submit(admin, 'Имя от администратора');
    await expect(approveReview(admin, byAdmin, null)).rejects.toBeInstanceOf(AccessDenied);
    await expect(returnReview(admin, byAdmin, 'сам себе')).rejects.toBeInstanceOf(AccessDenied);
    expect((await partner()).translations[0]?.name).toBe('Город проверки');
    expect((await listReviews(editor, 'ru')).waiting.filter((i) => i.recordId === partnerId).map((i) => [i.name, i.mine])).toEqual([
      ['Своё имя', true],
      ['Имя от администратора', false],
    ]);
  });

  it("another editor approves and publishes now: the approver's audited change, linked to who submitted it", async () => {
    const requestId = (
      await database.prisma.reviewRequest.findFirstOrThrow({ where: { entityId: partnerId, state: 'waiting', submittedById: await userIdOf(editor) } })
    ).id;
    const before = await partner();
    expect(await approveReview(otherEditor, requestId, null)).toMatchObject({ ok: true });
    const after = await partner();
    expect([after.version, after.publicationStatus, after.translations[0]?.name]).toEqual([before.version + 1, 'published', 'Своё имя']);
    const entry = await database.prisma.auditLog.findFirstOrThrow({
      where: { entityId: partnerId },
      orderBy: { id: 'desc' },
      include: { reviewRequest: true },
    });
    expect(entry).toMatchObject({
      action: 'publish',
      actorId: await userIdOf(otherEditor),
      reviewRequest: { submittedById: await userIdOf(editor), state: 'approved' },
    });
    expect(entry.changes).toMatchObject({ 'name.ru': { before: 'Город проверки', after: 'Своё имя' } });
    // Decided once: a second approval finds nothing waiting.
    expect(await approveReview(admin, requestId, null)).toEqual({ ok: false, error: 'notFound' });
  });

  it('approving over a newer version is a conflict, and nothing is written', async () => {
    // The admin's request was made over the version before the approval above.
    const stale = (
      await database.prisma.reviewRequest.findFirstOrThrow({ where: { entityId: partnerId, state: 'waiting', submittedById: await userIdOf(admin) } })
    ).id;
    const before = await partner();
    expect(await approveReview(editor, stale, null)).toMatchObject({ ok: false, error: 'conflict', current: { version: before.version } });
    expect((await partner()).translations[0]?.name).toBe('Своё имя');
    expect((await database.prisma.reviewRequest.findUniqueOrThrow({ where: { id: stale } })).state).toBe('waiting');
  });

  it('an admin approves with a publication date: the record is scheduled', async () => {
    const requestId = await submit(editor, 'Город по расписанию');
    const at = new Date('2031-01-15T04:00:00.000Z');
    expect(await approveReview(admin, requestId, at)).toMatchObject({ ok: true });
    const after = await partner();
    expect([after.publicationStatus, after.publishAt?.toISOString(), after.translations[0]?.name]).toEqual([
      'scheduled',
      at.toISOString(),
      'Город по расписанию',
    ]);
  });

  it('a return needs a comment, and the submitter sees it on their dashboard; nobody else does', async () => {
    const requestId = await submit(editor, 'Неудачное имя');
    expect(await returnReview(otherEditor, requestId, '  ')).toEqual({ ok: false, error: 'invalid', fieldErrors: { comment: 'required' } });
    expect(await returnReview(otherEditor, requestId, 'Проверьте название по уставу города')).toEqual({ ok: true, value: null });
    expect((await partner()).translations[0]?.name).toBe('Город по расписанию');
    const mine = await listReviews(editor, 'ru');
    expect(mine.returned).toEqual([
      expect.objectContaining({ id: requestId, name: 'Неудачное имя', comment: 'Проверьте название по уставу города', reviewedBy: 'Test editor' }),
    ]);
    expect(mine.waiting.map((i) => i.id)).not.toContain(requestId);
    expect((await listReviews(otherEditor, 'ru')).returned).toEqual([]);
    // Submitting the record again replaces the returned request.
    await submit(editor, 'Исправленное имя');
    expect((await listReviews(editor, 'ru')).returned).toEqual([]);
  });

  it('restoring an earlier version of a public record is submitted for review too, not refused', async () => {
    const before = await partner();
    const history = await listRevisions(editor, { kind: 'partner', id: partnerId });
    const first = history?.[0];
    if (!first) throw new Error('the partner has no history');
    const outcome = await restoreRevision(editor, { kind: 'partner', id: partnerId }, first.id, before.version);
    expect(outcome).toEqual({ ok: true, value: { requestId: expect.any(Number) } });
    expect((await partner()).translations[0]?.name).toBe(before.translations[0]?.name);
    const waiting = (await listReviews(otherEditor, 'ru')).waiting.find((i) => outcome.ok && 'requestId' in outcome.value && i.id === outcome.value.requestId);
    expect(waiting).toEqual(expect.objectContaining({ name: 'Город проверки' }));
  });

  it('refuses visitors without a session', async () => {
    const anyone = new Headers();
    await expect(submitForReview(anyone, 'partner', partnerId, 1, rawForm('x'))).rejects.toBeInstanceOf(AccessDenied);
    await expect(approveReview(anyone, 1, null)).rejects.toBeInstanceOf(AccessDenied);
    await expect(returnReview(anyone, 1, 'x')).rejects.toBeInstanceOf(AccessDenied);
    await expect(listReviews(anyone, 'ru')).rejects.toBeInstanceOf(AccessDenied);
    await expect(getReview(anyone, 1, 'ru')).rejects.toBeInstanceOf(AccessDenied);
  });
});
