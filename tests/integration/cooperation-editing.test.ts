import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasets, seedDataset } from '@/prisma/seed/seed-dataset';
import { projectWrites } from '@/lib/server/projects/mutations';
import { proposalWrites } from '@/lib/server/proposals/mutations';
import { listProjectsForEditing } from '@/lib/server/projects/editing';
import { getProposalPreview, listProposalsForEditing } from '@/lib/server/proposals/editing';
import { projectInputSchema } from '@/lib/schemas/project';
import { proposalInputSchema, type ProposalInput } from '@/lib/schemas/proposal';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { signedInHeaders } from '../support/auth';

let database: TestDatabase;
let editor: Headers;
let admin: Headers;
const ids = { qingdao: '', chengdu: '', qingdaoAgreement: 0, chengduAgreement: 0, source: 0 };

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url; // the data layer's own client connects here on first use
  await seedDataset(database.prisma, datasets.kazan);
  [editor, admin] = await Promise.all([signedInHeaders(database.prisma, { role: 'editor' }), signedInHeaders(database.prisma, { role: 'admin' })]);
  const p = database.prisma;
  const partner = (slug: string) => p.partner.findUniqueOrThrow({ where: { slug } });
  const [qingdao, chengdu] = [await partner('qingdao'), await partner('chengdu')];
  const agreementOf = async (partnerId: string) => (await p.agreement.findFirstOrThrow({ where: { partnerId }, orderBy: { id: 'asc' } })).id;
  Object.assign(ids, {
    qingdao: qingdao.id,
    chengdu: chengdu.id,
    qingdaoAgreement: await agreementOf(qingdao.id),
    chengduAgreement: await agreementOf(chengdu.id),
    source: (await p.source.findFirstOrThrow()).id,
  });
});
afterAll(async () => {
  await database.drop();
});

const ticked = (...values: (string | number)[]) => Object.fromEntries(values.map((v) => [String(v), 'on']));
const noText = { title: '', summary: '', outcomes: '' };
const noName = { name: '', city: '' };
const projectForm = (overrides: Record<string, unknown> = {}) =>
  projectInputSchema.parse({
    slug: 'school-exchange-test',
    themes: ticked('education', 'youth'),
    status: 'active',
    start: '2019',
    end: '',
    partners: ticked(ids.qingdao),
    agreements: ticked(ids.qingdaoAgreement),
    sources: ticked(ids.source),
    history: { 0: { status: 'planned', date: '2018-09', note: '' }, 1: { status: 'active', date: '2019', note: '' } },
    organizations: {
      0: { kind: 'school', countryCode: 'CN', ru: { name: 'Школа Циндао', city: 'Циндао' }, kk: noName, en: { name: 'Qingdao school', city: '' } },
    },
    publicationStatus: 'draft',
    publishAt: '',
    translations: { ru: { ...noText, title: 'Обмен школьников' }, kk: { ...noText, title: 'Оқушылар алмасуы' }, en: { ...noText, title: 'School exchange' } },
    ...overrides,
  });
const noProposalText = { partnerName: '', place: '', initiator: '', rationale: '' };
const proposalForm = (overrides: Record<string, unknown> = {}) =>
  proposalInputSchema.parse({
    countryCode: 'CN',
    latitude: '24.48',
    longitude: '118.09',
    visibility: 'internal',
    agreementId: '',
    stages: { 0: { stage: 'initiative', date: '2021', note: '' } },
    publicationStatus: 'draft',
    publishAt: '',
    translations: { ru: { ...noProposalText, partnerName: 'Сямэнь' }, kk: noProposalText, en: { ...noProposalText, partnerName: 'Xiamen' } },
    ...overrides,
  });
const auditOf = (entityType: 'project' | 'proposal', id: number) =>
  database.prisma.auditLog.findMany({ where: { entityType, entityId: String(id) }, orderBy: { id: 'asc' } });

describe('editing projects', () => {
  it('refuses visitors without a session and admins-only work to editors, writing nothing', async () => {
    await expect(projectWrites.create(new Headers(), projectForm())).rejects.toMatchObject({ reason: 'unauthenticated' });
    await expect(listProjectsForEditing(new Headers(), 'ru')).rejects.toMatchObject({ reason: 'unauthenticated' });
    await expect(projectWrites.purge(editor, 1)).rejects.toMatchObject({ reason: 'forbidden' });
    expect(await database.prisma.project.count({ where: { slug: 'school-exchange-test' } })).toBe(0);
  });

  it("an editor creates a project with a partner, that partner's agreement and an organization; the audit entry lists them", async () => {
    const outcome = await projectWrites.create(editor, projectForm());
    expect(outcome.ok).toBe(true);
    const project = await database.prisma.project.findUniqueOrThrow({
      where: { slug: 'school-exchange-test' },
      include: { agreements: true, partners: true, statusHistory: true, organizations: { include: { translations: true } } },
    });
    expect(project).toMatchObject({ themes: ['education', 'youth'], status: 'active', startPrecision: 'year', publicationStatus: 'draft' });
    expect(project.agreements.map((a) => a.agreementId)).toEqual([ids.qingdaoAgreement]);
    expect(project.organizations[0]?.translations.map((t) => t.locale).sort()).toEqual(['en', 'ru']);
    const [entry] = await auditOf('project', project.id);
    expect(entry).toMatchObject({
      action: 'create',
      changes: expect.objectContaining({
        partners: { before: null, after: 'qingdao' },
        agreements: { before: null, after: String(ids.qingdaoAgreement) },
        'history.1.status': { before: null, after: 'active' },
        'organizations.0.name.en': { before: null, after: 'Qingdao school' },
        'title.kk': { before: null, after: 'Оқушылар алмасуы' },
      }),
    });
    expect((await listProjectsForEditing(editor, 'en')).find((p) => p.id === project.id)).toMatchObject({ title: 'School exchange', partners: ['Qingdao'] });
  });

  it('answers an agreement with another partner, or a taken address, as a field error, and writes nothing', async () => {
    const before = await database.prisma.auditLog.count();
    expect(await projectWrites.create(editor, projectForm({ slug: 'stray-agreement', agreements: ticked(ids.chengduAgreement) }))).toEqual({
      ok: false,
      error: 'invalid',
      fieldErrors: { agreements: 'agreementNotWithPartner' },
    });
    expect(await projectWrites.create(editor, projectForm())).toEqual({ ok: false, error: 'invalid', fieldErrors: { slug: 'taken' } });
    expect(await database.prisma.project.count({ where: { slug: 'stray-agreement' } })).toBe(0);
    expect(await database.prisma.auditLog.count()).toBe(before);
  });

  it('publishes over the version the editor started from, audited as "publish", and refuses a stale save', async () => {
    const { id, version } = await database.prisma.project.findUniqueOrThrow({ where: { slug: 'school-exchange-test' } });
    const published = projectForm({
      publicationStatus: 'published',
      partners: ticked(ids.qingdao, ids.chengdu),
      agreements: ticked(ids.qingdaoAgreement, ids.chengduAgreement),
    });
    expect(await projectWrites.update(editor, id, version, published)).toEqual({ ok: true, value: { version: version + 1 } });
    expect(await projectWrites.update(admin, id, version, projectForm())).toMatchObject({ ok: false, error: 'conflict', current: { version: version + 1 } });
    // Dropping a partner whose agreement stays linked is the same refusal, on a save.
    expect(await projectWrites.update(editor, id, version + 1, projectForm({ agreements: ticked(ids.qingdaoAgreement, ids.chengduAgreement) }))).toMatchObject({
      fieldErrors: { agreements: 'agreementNotWithPartner' },
    });
    const entries = await auditOf('project', id);
    expect(entries.map((e) => e.action)).toEqual(['create', 'publish']);
    expect(entries[1]?.changes).toMatchObject({ partners: { before: 'qingdao', after: 'chengdu, qingdao' } });
    expect(await database.prisma.project.findUniqueOrThrow({ where: { id } })).toMatchObject({ version: version + 1, publicationStatus: 'published' });
  });

  it('goes to the trash; only an admin restores or purges it, and its events stay', async () => {
    const { id, version } = await database.prisma.project.findUniqueOrThrow({ where: { slug: 'school-exchange-test' } });
    const event = await database.prisma.event.findFirstOrThrow();
    await database.prisma.event.update({ where: { id: event.id }, data: { projectId: id } });
    expect(await projectWrites.trash(editor, id, version)).toEqual({ ok: true, value: null });
    await expect(projectWrites.restore(editor, id)).rejects.toMatchObject({ reason: 'forbidden' });
    expect(await projectWrites.restore(admin, id)).toEqual({ ok: true, value: null });
    await projectWrites.trash(admin, id, version + 2);
    expect(await projectWrites.purge(admin, id)).toEqual({ ok: true, value: null });
    expect(await database.prisma.event.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ projectId: null });
    expect((await auditOf('project', id)).map((e) => e.action).slice(-4)).toEqual(['delete', 'restore', 'delete', 'purge']);
  });
});

describe('editing proposals', () => {
  it('refuses visitors without a session, writing nothing', async () => {
    const before = await database.prisma.proposal.count();
    await expect(proposalWrites.create(new Headers(), proposalForm())).rejects.toMatchObject({ reason: 'unauthenticated' });
    await expect(listProposalsForEditing(new Headers(), 'ru')).rejects.toMatchObject({ reason: 'unauthenticated' });
    await expect(getProposalPreview(new Headers(), 'ru', 1)).rejects.toMatchObject({ reason: 'unauthenticated' });
    expect(await database.prisma.proposal.count()).toBe(before);
  });

  it('an editor creates an internal proposal and moves it to "memorandum"; the audit log has each stage', async () => {
    const created = await proposalWrites.create(editor, proposalForm());
    if (!created.ok) throw new Error(created.error);
    const { id } = created.value;
    const stages = { 0: { stage: 'initiative', date: '2021', note: '' }, 1: { stage: 'memorandum', date: '2023-05-12', note: 'Подписан меморандум' } };
    expect(await proposalWrites.update(editor, id, 1, proposalForm({ stages }))).toEqual({ ok: true, value: { version: 2 } });
    const saved = await database.prisma.proposal.findUniqueOrThrow({ where: { id }, include: { stages: { orderBy: { position: 'asc' } } } });
    expect(saved).toMatchObject({ stage: 'memorandum', visibility: 'internal', partnerId: null });
    expect(saved.stages.map((s) => [s.position, s.stage, s.precision])).toEqual([
      [0, 'initiative', 'year'],
      [1, 'memorandum', 'day'],
    ]);
    const entries = await auditOf('proposal', id);
    expect(entries.map((e) => e.action)).toEqual(['create', 'update']);
    expect(entries[1]?.changes).toMatchObject({
      stage: { before: 'initiative', after: 'memorandum' },
      'stages.1.stage': { before: null, after: 'memorandum' },
    });
    expect((await listProposalsForEditing(editor, 'en')).find((p) => p.id === id)).toMatchObject({ partnerName: 'Xiamen', stage: 'memorandum' });
    // The preview is the public page's own record, and says an internal proposal is not public.
    const preview = await getProposalPreview(editor, 'en', id);
    expect(preview?.page).toMatchObject({ id, stage: 'memorandum', partnerName: { text: 'Xiamen' } });
    expect(preview?.page.stages.map((s) => s.stage)).toEqual(['initiative', 'memorandum']);
    expect(preview?.state).toEqual({ kind: 'draft' });
  });

  it('answers a stage dated before an earlier one as a field error when only the database sees it, and writes nothing', async () => {
    const valid = proposalForm({ stages: { 0: { stage: 'initiative', date: '2021-08', note: '' }, 1: { stage: 'negotiations', date: '2021-09', note: '' } } });
    // The form refuses it first; a caller that skips the form meets the database's trigger.
    const backwards: ProposalInput = { ...valid, stages: [...valid.stages].reverse(), stage: 'initiative' };
    const before = await database.prisma.proposal.count();
    expect(await proposalWrites.create(editor, backwards)).toEqual({ ok: false, error: 'invalid', fieldErrors: { stages: 'stageBeforePrevious' } });
    expect(await database.prisma.proposal.count()).toBe(before);
  });

  it('on "agreement signed" links the agreement and becomes its partner', async () => {
    const stages = { 0: { stage: 'initiative', date: '2021', note: '' }, 1: { stage: 'agreement_signed', date: '2024', note: '' } };
    const created = await proposalWrites.create(editor, proposalForm({ stages, agreementId: String(ids.qingdaoAgreement), visibility: 'public' }));
    if (!created.ok) throw new Error(created.error);
    expect(await database.prisma.proposal.findUniqueOrThrow({ where: { id: created.value.id } })).toMatchObject({
      stage: 'agreement_signed',
      agreementId: ids.qingdaoAgreement,
      partnerId: ids.qingdao,
      visibility: 'public',
    });
    expect(await proposalWrites.trash(editor, created.value.id, 1)).toEqual({ ok: true, value: null });
    await expect(proposalWrites.purge(editor, created.value.id)).rejects.toMatchObject({ reason: 'forbidden' });
    expect(await proposalWrites.purge(admin, created.value.id)).toEqual({ ok: true, value: null });
  });
});
