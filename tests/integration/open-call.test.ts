import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasets, seedDataset } from '@/prisma/seed/seed-dataset';
import { cooperationSubmissionInputSchema } from '@/lib/schemas/cooperation';
import { SUBMISSIONS_PER_HOUR, submitToOpenCall } from '@/lib/server/open-call/submissions';
import { createProposalFromSubmission, getSubmission, listSubmissions } from '@/lib/server/open-call/inbox';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { signedInHeaders } from '../support/auth';

let database: TestDatabase;
let editor: Headers;
beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  await seedDataset(database.prisma, datasets.kazan);
  editor = await signedInHeaders(database.prisma, { role: 'editor' });
});
afterAll(async () => {
  await database.drop();
});

const from = (address: string) => new Headers({ 'x-forwarded-for': address });
const form = (fields: Record<string, string> = {}) =>
  cooperationSubmissionInputSchema.parse({
    name: 'Ли Вэй',
    organization: 'Народное правительство Сямыня',
    countryCode: 'CN',
    email: 'li.wei@example.cn',
    theme: 'education',
    message: 'Предлагаем побратимство и обмен школьниками.',
    website: '',
    ...fields,
  });
const count = () => database.prisma.cooperationSubmission.count();
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

describe('the open call', () => {
  it('stores a submission from anyone, and no more than the hourly limit from one address, across calls', async () => {
    const before = await count();
    for (let i = 0; i < SUBMISSIONS_PER_HOUR; i++) expect(await submitToOpenCall(from('203.0.113.7'), form({ name: `Отправитель ${i}` }))).toBe('received');
    expect(await submitToOpenCall(from('203.0.113.7'), form())).toEqual({ retryAfterMinutes: 60 });
    expect(await count()).toBe(before + SUBMISSIONS_PER_HOUR);
    // Another address has its own count; the first one's is back once its hour is over.
    expect(await submitToOpenCall(from('198.51.100.20'), form())).toBe('received');
    await database.prisma.openCallThrottle.updateMany({ data: { windowStart: new Date(Date.now() - 3_600_001) } });
    expect(await submitToOpenCall(from('203.0.113.7'), form())).toBe('received');
    expect(await count()).toBe(before + SUBMISSIONS_PER_HOUR + 2);
  });

  it('counts parallel posts from one address exactly: none slips past the limit', async () => {
    const before = await count();
    const results = await Promise.all(Array.from({ length: SUBMISSIONS_PER_HOUR + 3 }, () => submitToOpenCall(from('192.0.2.55'), form())));
    expect(results.filter((r) => r === 'received')).toHaveLength(SUBMISSIONS_PER_HOUR);
    expect(await count()).toBe(before + SUBMISSIONS_PER_HOUR);
  });

  it('keeps no address in clear', async () => {
    const rows = await database.prisma.openCallThrottle.findMany({ select: { addressHash: true } });
    expect(rows.length).toBeGreaterThan(0);
    for (const { addressHash } of rows) expect(addressHash).not.toMatch(/203\.0\.113|198\.51\.100|192\.0\.2|unknown/);
  });

  it('stores nothing, and counts nothing, for a post with the hidden field filled, yet answers as if it had', async () => {
    const [submissions, throttles] = [await count(), await database.prisma.openCallThrottle.count()];
    expect(await submitToOpenCall(from('203.0.113.99'), form({ website: 'https://spam.example' }))).toBe('received');
    expect([await count(), await database.prisma.openCallThrottle.count()]).toEqual([submissions, throttles]);
  });

  it('deletes submissions older than the retention period of the settings, and keeps newer ones', async () => {
    await database.prisma.homeCity.update({ where: { id: 1 }, data: { submissionRetentionDays: 30 } });
    const old = await database.prisma.cooperationSubmission.create({ data: { ...form({ name: 'Старое' }), website: undefined, createdAt: daysAgo(31) } });
    const recent = await database.prisma.cooperationSubmission.create({ data: { ...form({ name: 'Недавнее' }), website: undefined, createdAt: daysAgo(29) } });
    const ids = (await listSubmissions(editor, 1)).items.map((s) => s.id);
    expect(ids).toContain(recent.id);
    expect(ids).not.toContain(old.id);
    expect(await database.prisma.cooperationSubmission.findUnique({ where: { id: old.id } })).toBeNull();
    // A new submission purges too, even if nobody opens the inbox.
    const older = await database.prisma.cooperationSubmission.create({ data: { ...form(), website: undefined, createdAt: daysAgo(40) } });
    await submitToOpenCall(from('203.0.113.150'), form());
    expect(await database.prisma.cooperationSubmission.findUnique({ where: { id: older.id } })).toBeNull();
    expect(await getSubmission(editor, recent.id)).toMatchObject({ name: 'Недавнее' });
    await database.prisma.homeCity.update({ where: { id: 1 }, data: { submissionRetentionDays: 365 } });
  });

  it('shows the inbox newest first, a page at a time', async () => {
    const first = await listSubmissions(editor, 1);
    expect(first.total).toBe(await count());
    expect(first.items.length).toBe(Math.min(20, first.total));
    const times = first.items.map((s) => s.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const second = await listSubmissions(editor, 2);
    expect(second.items.map((s) => s.id)).not.toContain(first.items[0]?.id);
    expect((await listSubmissions(editor, 'x')).page).toBe(1);
  });

  it('refuses the inbox to a signed-out caller, a made-up session and a disabled editor', async () => {
    const { id } = await database.prisma.cooperationSubmission.findFirstOrThrow();
    for (const headers of [new Headers(), new Headers({ cookie: 'portal.session_token=made-up.signature' })]) {
      await expect(listSubmissions(headers, 1)).rejects.toMatchObject({ reason: 'unauthenticated' });
      await expect(getSubmission(headers, id)).rejects.toMatchObject({ reason: 'unauthenticated' });
      await expect(createProposalFromSubmission(headers, id, 'CN')).rejects.toMatchObject({ reason: 'unauthenticated' });
    }
    // A user who is no longer staff (disabled) keeps a cookie but not the inbox.
    const former = await signedInHeaders(database.prisma, { role: 'editor', email: 'former-editor@example.org' });
    await database.prisma.user.update({ where: { email: 'former-editor@example.org' }, data: { disabledAt: new Date() } });
    await expect(listSubmissions(former, 1)).rejects.toMatchObject({ reason: 'unauthenticated' });
    await expect(createProposalFromSubmission(former, id, 'CN')).rejects.toMatchObject({ reason: 'unauthenticated' });
  });

  it('turns a submission into an internal draft proposal at "initiative" dated today, linked and audited without personal data', async () => {
    await submitToOpenCall(from('203.0.113.200'), form({ name: 'Чжан Вэй', organization: '', message: 'Хотим побрататься: у нас общие проблемы.' }));
    const submission = await database.prisma.cooperationSubmission.findFirstOrThrow({ where: { name: 'Чжан Вэй' } });
    const asked = Date.now();
    const outcome = await createProposalFromSubmission(editor, submission.id, 'CN');
    const answered = Date.now();
    if (!outcome.ok) throw new Error(`not converted: ${outcome.error}`);
    const proposal = await database.prisma.proposal.findUniqueOrThrow({
      where: { id: outcome.value.proposalId },
      include: { translations: true, stages: true, submissions: { select: { id: true } } },
    });
    expect(proposal).toMatchObject({ countryCode: 'CN', stage: 'initiative', visibility: 'internal', publicationStatus: 'draft', deletedAt: null });
    expect(proposal.translations).toEqual([
      expect.objectContaining({ locale: 'ru', partnerName: 'Чжан Вэй', initiator: 'Чжан Вэй', rationale: 'Хотим побрататься: у нас общие проблемы.' }),
    ]);
    // Kazan is at UTC+3 by the sun: "today" there, on either side of its midnight if the call spanned it.
    const kazanDay = (ms: number) => new Date(ms + 3 * 3_600_000).toISOString().slice(0, 10);
    expect(proposal.stages.map((s) => [s.position, s.stage, s.precision])).toEqual([[0, 'initiative', 'day']]);
    expect([kazanDay(asked), kazanDay(answered)]).toContain(proposal.stages[0]!.date.toISOString().slice(0, 10));
    expect(proposal.submissions).toEqual([{ id: submission.id }]);
    const audit = await database.prisma.auditLog.findFirstOrThrow({ where: { entityType: 'proposal', entityId: String(proposal.id) } });
    expect(audit.action).toBe('create');
    const logged = JSON.stringify(audit.changes);
    for (const personal of ['Чжан', 'li.wei@example.cn', 'побрататься']) expect(logged).not.toContain(personal);
    expect(audit.changes).toMatchObject({ fromSubmission: { after: submission.id }, stage: { after: 'initiative' } });

    // Twice is still one proposal; an organization names the proposed partner.
    expect(await createProposalFromSubmission(editor, submission.id, 'CN')).toEqual({ ok: true, value: { proposalId: proposal.id } });
    expect(await database.prisma.proposal.count({ where: { submissions: { some: { id: submission.id } } } })).toBe(1);
    await submitToOpenCall(from('203.0.113.201'), form({ name: 'Ван Лэй', organization: 'Университет Сямыня' }));
    const withOrganization = await database.prisma.cooperationSubmission.findFirstOrThrow({ where: { name: 'Ван Лэй' } });
    const second = await createProposalFromSubmission(editor, withOrganization.id, 'CN');
    if (!second.ok) throw new Error('not converted');
    expect(await database.prisma.proposalTranslation.findFirstOrThrow({ where: { proposalId: second.value.proposalId } })).toMatchObject({
      partnerName: 'Университет Сямыня',
    });
    expect(await createProposalFromSubmission(editor, 2_000_000_000, 'CN')).toEqual({ ok: false, error: 'notFound' });
  });
});
