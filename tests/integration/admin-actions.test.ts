import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { datasets, seedDataset } from '@/prisma/seed/seed-dataset';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { signedInHeaders } from '../support/auth';
import { databaseFingerprint } from '../support/bad-input';
import { agreementForm, eventForm, mediaForm, partnerForm, projectForm, proposalForm, seededIds, settingsForm, type Fields } from '../support/admin-forms';

// Every admin server action, called the way a forged POST would call it: the request's headers
// are whatever the test says, Next's cache and i18n are inert, and messages read as their keys.
let requestHeaders = new Headers();
vi.mock('next/headers', () => ({ headers: async () => requestHeaders }));
vi.mock('next/cache', () => ({ updateTag: () => undefined, refresh: () => undefined, cacheLife: () => undefined, cacheTag: () => undefined }));
vi.mock('next/navigation', () => ({
  redirect: () => {
    throw new Error('redirected: the action succeeded');
  },
}));
vi.mock('next-intl/server', () => ({ getTranslations: async () => (key: string) => key }));

const signIn = await import('@/app/[locale]/(admin-auth)/admin/sign-in/actions');
const setPassword = await import('@/app/[locale]/(admin-auth)/admin/set-password/actions');
const partners = await import('@/app/[locale]/admin/partners/actions');
const agreements = await import('@/app/[locale]/admin/agreements/actions');
const events = await import('@/app/[locale]/admin/events/actions');
const projects = await import('@/app/[locale]/admin/projects/actions');
const proposals = await import('@/app/[locale]/admin/proposals/actions');
const media = await import('@/app/[locale]/admin/media/actions');
const settings = await import('@/app/[locale]/admin/settings/actions');
const users = await import('@/app/[locale]/admin/users/actions');
const inbox = await import('@/app/[locale]/admin/inbox/actions');
const reviews = await import('@/app/[locale]/admin/reviews/actions');
const imports = await import('@/app/[locale]/admin/import/actions');
const cooperate = await import('@/app/[locale]/(public)/cooperate/actions');

let database: TestDatabase;
const uuid = '00000000-0000-4000-8000-000000000000';
beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  await seedDataset(database.prisma, datasets.kazan);
});
afterAll(async () => {
  await database.drop();
});

type FormAction = (state: { status: 'idle' }, data: FormData) => Promise<unknown>;
const EDITOR_ACTIONS: [string, FormAction][] = [
  ['create partner', partners.createPartnerAction.bind(null, 'ru')],
  ['update partner', partners.updatePartnerAction.bind(null, uuid)],
  ['trash partner', partners.trashPartnerAction.bind(null, 'ru', uuid)],
  ['create agreement', agreements.createAgreementAction.bind(null, 'ru')],
  ['update agreement', agreements.updateAgreementAction.bind(null, 1)],
  ['trash agreement', agreements.trashAgreementAction.bind(null, 'ru', 1)],
  ['create event', events.createEventAction.bind(null, 'ru')],
  ['update event', events.updateEventAction.bind(null, 1)],
  ['trash event', events.trashEventAction.bind(null, 'ru', 1)],
  ['create project', projects.createProjectAction.bind(null, 'ru')],
  ['update project', projects.updateProjectAction.bind(null, 1)],
  ['trash project', projects.trashProjectAction.bind(null, 'ru', 1)],
  ['create proposal', proposals.createProposalAction.bind(null, 'ru')],
  ['update proposal', proposals.updateProposalAction.bind(null, 1)],
  ['trash proposal', proposals.trashProposalAction.bind(null, 'ru', 1)],
  ['upload media', media.uploadMediaAction],
  ['describe media', media.updateMediaDetailsAction.bind(null, uuid)],
  ['trash media', media.trashMediaAction.bind(null, uuid)],
  ['restore a partner version', partners.restorePartnerRevisionAction.bind(null, uuid, '1')],
  ['restore a agreement version', agreements.restoreAgreementRevisionAction.bind(null, 1, '1')],
  ['restore a event version', events.restoreEventRevisionAction.bind(null, 1, '1')],
  ['restore a project version', projects.restoreProjectRevisionAction.bind(null, 1, '1')],
  ['restore a proposal version', proposals.restoreProposalRevisionAction.bind(null, 1, '1')],
  ['make a proposal of a submission', inbox.createProposalFromSubmissionAction.bind(null, 1)],
  ['approve a review', reviews.approveReviewAction.bind(null, 1)],
  ['return a review', reviews.returnReviewAction.bind(null, 1)],
  ['import a file', imports.importFileAction.bind(null, 'ru')],
];
const ADMIN_ACTIONS: [string, FormAction][] = [
  ['restore partner', partners.restorePartnerAction.bind(null, uuid)],
  ['purge partner', partners.purgePartnerAction.bind(null, uuid)],
  ['restore agreement', agreements.restoreAgreementAction.bind(null, 1)],
  ['purge agreement', agreements.purgeAgreementAction.bind(null, 1)],
  ['restore event', events.restoreEventAction.bind(null, 1)],
  ['purge event', events.purgeEventAction.bind(null, 1)],
  ['restore project', projects.restoreProjectAction.bind(null, 1)],
  ['purge project', projects.purgeProjectAction.bind(null, 1)],
  ['restore proposal', proposals.restoreProposalAction.bind(null, 1)],
  ['purge proposal', proposals.purgeProposalAction.bind(null, 1)],
  ['restore media', media.restoreMediaAction.bind(null, uuid)],
  ['purge media', media.purgeMediaAction.bind(null, uuid)],
  ['update settings', settings.updateHomeCityAction],
];

const snapshotCounts = async () => {
  const p = database.prisma;
  return Promise.all([
    p.partner.count(),
    p.agreement.count(),
    p.event.count(),
    p.project.count(),
    p.proposal.count(),
    p.media.count(),
    p.user.count(),
    p.auditLog.count(),
    p.homeCity.findFirst({ select: { version: true } }),
  ]);
};

describe('every admin server action', () => {
  it('is refused without a session, and changes nothing', async () => {
    requestHeaders = new Headers();
    const before = await snapshotCounts();
    for (const [name, action] of [...EDITOR_ACTIONS, ...ADMIN_ACTIONS]) {
      expect(await action({ status: 'idle' }, new FormData()), name).toMatchObject({ status: 'error', formError: 'signedOut' });
    }
    const invite = new FormData();
    for (const [k, v] of Object.entries({ email: 'new@example.org', name: 'Intruder', role: 'admin' })) invite.set(k, v);
    expect(await users.inviteUserAction('ru', { status: 'idle' }, invite)).toMatchObject({ formError: 'errors.unauthenticated' });
    const user = new FormData();
    user.set('userId', uuid);
    expect(await users.resetAccessAction('ru', { status: 'idle' }, user)).toMatchObject({ status: 'error', formError: 'errors.unauthenticated' });
    expect(await users.setDisabledAction('ru', { status: 'idle' }, user)).toMatchObject({ status: 'error', formError: 'errors.unauthenticated' });
    // A made-up session cookie is no session.
    requestHeaders = new Headers({ cookie: 'portal.session_token=made-up.signature' });
    expect(await users.setDisabledAction('ru', { status: 'idle' }, user)).toMatchObject({ status: 'error', formError: 'errors.unauthenticated' });
    expect(await partners.purgePartnerAction(uuid, { status: 'idle' }, new FormData())).toMatchObject({ status: 'error', formError: 'signedOut' });
    expect(await snapshotCounts()).toEqual(before);
  });

  it('refuses an editor what only an admin may do', async () => {
    requestHeaders = await signedInHeaders(database.prisma, { role: 'editor' });
    const before = await snapshotCounts();
    for (const [name, action] of ADMIN_ACTIONS) {
      expect(await action({ status: 'idle' }, new FormData()), name).toMatchObject({ status: 'error', formError: 'forbidden' });
    }
    const invite = new FormData();
    for (const [k, v] of Object.entries({ email: 'friend@example.org', name: 'Friend', role: 'admin' })) invite.set(k, v);
    expect(await users.inviteUserAction('ru', { status: 'idle' }, invite)).toMatchObject({ formError: 'errors.forbidden' });
    const user = new FormData();
    user.set('userId', uuid);
    expect(await users.resetAccessAction('ru', { status: 'idle' }, user)).toMatchObject({ status: 'error', formError: 'errors.forbidden' });
    expect(await users.setDisabledAction('ru', { status: 'idle' }, user)).toMatchObject({ status: 'error', formError: 'errors.forbidden' });
    expect(await snapshotCounts()).toEqual(before);
  });

  it('refuses an invitation whose name carries a NUL (PostgreSQL cannot store one) with a field error, creating no one', async () => {
    requestHeaders = await signedInHeaders(database.prisma, { role: 'admin' });
    const invite = new FormData();
    for (const [name, value] of Object.entries({ email: 'nul-name@example.org', name: 'Асель\u0000Нурланова', role: 'editor' })) invite.set(name, value);
    const state = await users.inviteUserAction('ru', { status: 'idle' }, invite);
    expect(state).toMatchObject({
      status: 'error',
      formError: 'checkFields',
      fieldErrors: { name: 'controlCharacters' },
      values: { name: 'Асель\u0000Нурланова' },
    });
    expect(await database.prisma.user.count({ where: { email: 'nul-name@example.org' } })).toBe(0);
  });

  it('words a NUL in an upload alt text as every admin form does, storing no file', async () => {
    requestHeaders = await signedInHeaders(database.prisma, { role: 'editor' });
    const upload = new FormData();
    upload.set('file', new File(['not read: the details are refused first'], 'photo.jpg', { type: 'image/jpeg' }));
    upload.set('alt.ru', 'Мост\u0000через реку');
    const before = await database.prisma.media.count();
    expect(await media.uploadMediaAction({ status: 'idle' }, upload)).toMatchObject({
      status: 'error',
      formError: 'checkFields',
      fieldErrors: { 'alt.ru': 'controlCharacters' },
    });
    expect(await database.prisma.media.count()).toBe(before);
  });

  it('lets an editor through to validation for content actions', async () => {
    for (const [name, action] of EDITOR_ACTIONS) {
      const result = await action({ status: 'idle' }, new FormData());
      expect(result, name).toMatchObject({ status: 'error' });
      expect((result as { formError: string }).formError, name).not.toMatch(/^(signedOut|forbidden)$/);
    }
  });
});

// What a forged POST can put where the page bound a locale or a record's id, by the type each
// action expects there: every one names nothing, and is refused like a missing record.
type Bound = 'locale' | 'serial' | 'uuid' | 'revision';
const MALFORMED: Record<Bound, unknown[]> = {
  locale: ['xx', '', 'RU', null, 1, {}, ['ru']],
  serial: ['not-a-uuid', -1, 0, 1.5, '1', uuid, 2_147_483_648, Number.NaN, Number.MAX_SAFE_INTEGER + 2, null, {}, [1]],
  uuid: ['not-a-uuid', -1, 0, 1.5, '1', 1, `${uuid}0`, '00000000-0000-4000-8000-00000000000g', null, {}, [uuid]],
  revision: ['', '-1', '1.5', 'x', '1'.repeat(19), 1, null, {}, ['1']],
};
const WELL_FORMED: Record<Bound, unknown> = { locale: 'ru', serial: 1, uuid, revision: '1' };
/** An action as a forged request calls it: any values in any position. */
type Forged = (...args: unknown[]) => Promise<unknown>;
const forged = (action: unknown) => action as Forged;
const BOUND_ACTIONS: [string, Bound[], Forged][] = [
  ['create partner', ['locale'], forged(partners.createPartnerAction)],
  ['update partner', ['uuid'], forged(partners.updatePartnerAction)],
  ['trash partner', ['locale', 'uuid'], forged(partners.trashPartnerAction)],
  ['restore partner', ['uuid'], forged(partners.restorePartnerAction)],
  ['purge partner', ['uuid'], forged(partners.purgePartnerAction)],
  ['create agreement', ['locale'], forged(agreements.createAgreementAction)],
  ['update agreement', ['serial'], forged(agreements.updateAgreementAction)],
  ['trash agreement', ['locale', 'serial'], forged(agreements.trashAgreementAction)],
  ['restore agreement', ['serial'], forged(agreements.restoreAgreementAction)],
  ['purge agreement', ['serial'], forged(agreements.purgeAgreementAction)],
  ['create event', ['locale'], forged(events.createEventAction)],
  ['update event', ['serial'], forged(events.updateEventAction)],
  ['trash event', ['locale', 'serial'], forged(events.trashEventAction)],
  ['restore event', ['serial'], forged(events.restoreEventAction)],
  ['purge event', ['serial'], forged(events.purgeEventAction)],
  ['create project', ['locale'], forged(projects.createProjectAction)],
  ['update project', ['serial'], forged(projects.updateProjectAction)],
  ['trash project', ['locale', 'serial'], forged(projects.trashProjectAction)],
  ['restore project', ['serial'], forged(projects.restoreProjectAction)],
  ['purge project', ['serial'], forged(projects.purgeProjectAction)],
  ['create proposal', ['locale'], forged(proposals.createProposalAction)],
  ['update proposal', ['serial'], forged(proposals.updateProposalAction)],
  ['trash proposal', ['locale', 'serial'], forged(proposals.trashProposalAction)],
  ['restore proposal', ['serial'], forged(proposals.restoreProposalAction)],
  ['purge proposal', ['serial'], forged(proposals.purgeProposalAction)],
  ['restore a partner version', ['uuid', 'revision'], forged(partners.restorePartnerRevisionAction)],
  ['restore a agreement version', ['serial', 'revision'], forged(agreements.restoreAgreementRevisionAction)],
  ['restore a event version', ['serial', 'revision'], forged(events.restoreEventRevisionAction)],
  ['restore a project version', ['serial', 'revision'], forged(projects.restoreProjectRevisionAction)],
  ['restore a proposal version', ['serial', 'revision'], forged(proposals.restoreProposalRevisionAction)],
  ['describe media', ['uuid'], forged(media.updateMediaDetailsAction)],
  ['trash media', ['uuid'], forged(media.trashMediaAction)],
  ['restore media', ['uuid'], forged(media.restoreMediaAction)],
  ['purge media', ['uuid'], forged(media.purgeMediaAction)],
  ['make a proposal of a submission', ['serial'], forged(inbox.createProposalFromSubmissionAction)],
  ['approve a review', ['serial'], forged(reviews.approveReviewAction)],
  ['return a review', ['serial'], forged(reviews.returnReviewAction)],
  ['invite user', ['locale'], forged(users.inviteUserAction)],
  ['reset access', ['locale'], forged(users.resetAccessAction)],
  ['disable user', ['locale'], forged(users.setDisabledAction)],
];
const NOT_A_FORM: unknown[] = ['userId=1', null, { userId: uuid }, 42, [['userId', uuid]]];

describe('every server action under forged arguments', () => {
  it('refuses a malformed bound locale or id as a missing record, whatever the form, and changes nothing', async () => {
    requestHeaders = await signedInHeaders(database.prisma, { role: 'admin' });
    const before = await snapshotCounts();
    let tried = 0;
    for (const [name, kinds, action] of BOUND_ACTIONS) {
      for (const [position, kind] of kinds.entries()) {
        for (const value of MALFORMED[kind]) {
          const bound = kinds.map((k, i) => (i === position ? value : WELL_FORMED[k]));
          for (const form of [
            new FormData(),
            (() => {
              const f = new FormData();
              f.set('version', '1');
              return f;
            })(),
          ]) {
            tried++;
            expect(await action(...bound, { status: 'idle' }, form), `${name} (${JSON.stringify(value)})`).toEqual({
              status: 'error',
              formError: expect.stringMatching(/^(errors\.)?notFound$/),
              fieldErrors: {},
              values: expect.any(Object),
            });
          }
        }
      }
    }
    expect(await snapshotCounts()).toEqual(before);
    expect(tried).toBeGreaterThan(300);
  });

  it('checks the session before the bound arguments: a signed-out caller learns nothing about them', async () => {
    for (const [, kinds, action] of BOUND_ACTIONS) {
      requestHeaders = new Headers();
      expect(await action(...kinds.map((k) => MALFORMED[k][0]), { status: 'idle' }, new FormData())).toMatchObject({
        status: 'error',
        formError: expect.stringMatching(/^(signedOut|errors\.unauthenticated)$/),
      });
    }
  });

  it('answers a payload that is no form with its usual refusal', async () => {
    requestHeaders = await signedInHeaders(database.prisma, { role: 'admin' });
    const before = await snapshotCounts();
    for (const payload of NOT_A_FORM) {
      const label = JSON.stringify(payload);
      for (const [name, kinds, action] of BOUND_ACTIONS)
        expect(await action(...kinds.map((k) => WELL_FORMED[k]), { status: 'idle' }, payload), `${name} ${label}`).toMatchObject({ status: 'error' });
      expect(await media.uploadMediaAction({ status: 'idle' }, payload as FormData), label).toMatchObject({
        status: 'error',
        fieldErrors: { file: expect.any(String) },
      });
      expect(await settings.updateHomeCityAction({ status: 'idle' }, payload as FormData), label).toMatchObject({ status: 'error', formError: 'checkFields' });
      expect(await forged(users.inviteUserAction)('ru', null, payload), label).toMatchObject({ formError: 'checkFields' });
      expect(await forged(users.resetAccessAction)('ru', null, payload), label).toMatchObject({
        status: 'error',
        formError: 'errors.notFound',
        fieldErrors: {},
      });
      expect(await forged(users.setDisabledAction)({}, null, payload), label).toMatchObject({ status: 'error', formError: 'errors.notFound', fieldErrors: {} });
      expect(await forged(signIn.signInAction)('xx', null, payload), label).toEqual({ status: 'error', formError: 'invalid', fieldErrors: {}, values: {} });
      expect(await forged(setPassword.setPasswordAction)(['ru'], null, payload), label).toEqual({
        status: 'error',
        formError: 'linkInvalid',
        fieldErrors: {},
        values: {},
      });
    }
    expect(await snapshotCounts()).toEqual(before);
  });

  it('refuses a malformed user id, and one that names no user, with "not found"', async () => {
    requestHeaders = await signedInHeaders(database.prisma, { role: 'admin' });
    const before = await snapshotCounts();
    for (const userId of [...MALFORMED.uuid.map(String), uuid]) {
      const form = new FormData();
      form.set('userId', userId);
      form.set('disabled', '1');
      expect(await users.setDisabledAction('ru', { status: 'idle' }, form), userId).toMatchObject({ status: 'error', formError: 'errors.notFound' });
      expect(await users.resetAccessAction('ru', { status: 'idle' }, form), userId).toMatchObject({ status: 'error', formError: 'errors.notFound' });
    }
    expect(await snapshotCounts()).toEqual(before);
  });
});

// The malformed-form table: for every exported server action, each form field it reads gets each
// wrong value of its kind, one at a time, on a form that is otherwise valid. The answer must be an
// error result (never a throw, which the browser would see as a 500), and the database unchanged.
const FILE = new File(['%PDF'], 'x.pdf', { type: 'application/pdf' });
const REPEATED = Symbol('the field twice');
type Wrong = string | File | typeof REPEATED;
const OVERLONG = 'я'.repeat(100_000);
const WRONG: Record<'text' | 'count' | 'year' | 'decimal' | 'choice' | 'date' | 'id' | 'file' | 'password', Wrong[]> = {
  text: [OVERLONG, 'a\u0000b', 'a\u0007b', '\u001B[31m', FILE, REPEATED],
  count: ['2147483648', '9223372036854775808', 'NaN', 'Infinity', '-1', '1.5', '1e308', 'один', FILE, REPEATED],
  year: ['2147483648', 'NaN', '1.5', '1e308', 'один', FILE, REPEATED],
  decimal: ['NaN', 'Infinity', '1e308', 'один', FILE, REPEATED],
  choice: ['unknown-value', 'PUBLISHED', 'a\u0000', OVERLONG, FILE, REPEATED],
  date: ['2024-02-30', '2024-13', '2024-12-32', 'вчера', '275760-09-13T00:00:00.001Z', FILE, REPEATED],
  id: ['not-a-uuid', '00000000-0000-4000-8000-00000000000g', '2147483648', '-1', '1.5', FILE, REPEATED],
  file: ['a text where the file belongs', REPEATED],
  // Any character may be part of a password; only its length and type are malformed.
  password: [OVERLONG, FILE, REPEATED],
};
type Kind = keyof typeof WRONG;

type TableEntry = {
  role: 'admin' | 'editor' | 'anyone';
  call: (form: FormData) => Promise<unknown>;
  /** A valid form, so that a refusal is the wrong value's doing and a success would have written. */
  base: () => Promise<Fields | [string, string | File][]>;
  fields: Record<string, Kind>;
};

const ids = {
  chengdu: '',
  qingdao: '',
  source: 0,
  agreement: 0,
  event: 0,
  qingdaoAgreement: 0,
  project: 0,
  proposal: 0,
  media: '',
  user: '',
  submission: 0,
  review: 0,
};
const versionOf = async (read: () => Promise<{ version: number }>): Promise<Fields> => [['version', String((await read()).version)]];
const partnerFields: Record<string, Kind> = {
  slug: 'text',
  kind: 'choice',
  status: 'choice',
  countryCode: 'text',
  latitude: 'decimal',
  foundedYear: 'year',
  population: 'count',
  timeZone: 'text',
  websiteUrl: 'text',
  publicationStatus: 'choice',
  'translations.ru.name': 'text',
};
const agreementFields: Record<string, Kind> = {
  partnerId: 'id',
  type: 'choice',
  signedOn: 'date',
  status: 'choice',
  sourceId: 'count',
  publicationStatus: 'choice',
  'history.0.kind': 'choice',
  'history.0.date': 'date',
  'translations.ru.title': 'text',
};
const eventFields: Record<string, Kind> = {
  slug: 'text',
  start: 'date',
  end: 'date',
  category: 'choice',
  format: 'choice',
  publicationStatus: 'choice',
  'translations.ru.title': 'text',
};
const projectFields: Record<string, Kind> = {
  slug: 'text',
  status: 'choice',
  start: 'date',
  end: 'date',
  'history.0.status': 'choice',
  'history.0.date': 'date',
  'organizations.0.kind': 'choice',
  'organizations.0.countryCode': 'text',
  'organizations.0.ru.name': 'text',
  publicationStatus: 'choice',
  'translations.ru.title': 'text',
};
const proposalFields: Record<string, Kind> = {
  countryCode: 'text',
  latitude: 'decimal',
  visibility: 'choice',
  agreementId: 'count',
  'stages.0.stage': 'choice',
  'stages.1.date': 'date',
  publicationStatus: 'choice',
  'translations.ru.partnerName': 'text',
};
const mediaFields: Record<string, Kind> = { 'alt.ru': 'text', creditText: 'text', creditUrl: 'text' };
let slugs = 0;

const TABLE: Record<string, TableEntry> = {
  createPartnerAction: {
    role: 'editor',
    call: (f) => partners.createPartnerAction('ru', { status: 'idle' }, f),
    base: async () => partnerForm(`malformed-${++slugs}`),
    fields: partnerFields,
  },
  updatePartnerAction: {
    role: 'editor',
    call: (f) => partners.updatePartnerAction(ids.chengdu, { status: 'idle' }, f),
    base: async () => [...partnerForm('chengdu'), ...(await versionOf(() => database.prisma.partner.findUniqueOrThrow({ where: { id: ids.chengdu } })))],
    fields: { ...partnerFields, version: 'count' },
  },
  trashPartnerAction: {
    role: 'editor',
    call: (f) => partners.trashPartnerAction('ru', ids.chengdu, { status: 'idle' }, f),
    base: () => versionOf(() => database.prisma.partner.findUniqueOrThrow({ where: { id: ids.chengdu } })),
    fields: { version: 'count' },
  },
  createAgreementAction: {
    role: 'editor',
    call: (f) => agreements.createAgreementAction('ru', { status: 'idle' }, f),
    base: async () => agreementForm(ids),
    fields: agreementFields,
  },
  updateAgreementAction: {
    role: 'editor',
    call: (f) => agreements.updateAgreementAction(ids.agreement, { status: 'idle' }, f),
    base: async () => [...agreementForm(ids), ...(await versionOf(() => database.prisma.agreement.findUniqueOrThrow({ where: { id: ids.agreement } })))],
    fields: { ...agreementFields, version: 'count' },
  },
  trashAgreementAction: {
    role: 'editor',
    call: (f) => agreements.trashAgreementAction('ru', ids.agreement, { status: 'idle' }, f),
    base: () => versionOf(() => database.prisma.agreement.findUniqueOrThrow({ where: { id: ids.agreement } })),
    fields: { version: 'count' },
  },
  createEventAction: {
    role: 'editor',
    call: (f) => events.createEventAction('ru', { status: 'idle' }, f),
    base: async () => eventForm(ids, `malformed-${++slugs}`),
    fields: eventFields,
  },
  updateEventAction: {
    role: 'editor',
    call: (f) => events.updateEventAction(ids.event, { status: 'idle' }, f),
    base: async () => {
      const { slug, version } = await database.prisma.event.findUniqueOrThrow({ where: { id: ids.event } });
      return [...eventForm(ids, slug), ['version', String(version)]];
    },
    fields: { ...eventFields, version: 'count' },
  },
  trashEventAction: {
    role: 'editor',
    call: (f) => events.trashEventAction('ru', ids.event, { status: 'idle' }, f),
    base: () => versionOf(() => database.prisma.event.findUniqueOrThrow({ where: { id: ids.event } })),
    fields: { version: 'count' },
  },
  createProjectAction: {
    role: 'editor',
    call: (f) => projects.createProjectAction('ru', { status: 'idle' }, f),
    base: async () => projectForm(ids, `malformed-${++slugs}`),
    fields: projectFields,
  },
  updateProjectAction: {
    role: 'editor',
    call: (f) => projects.updateProjectAction(ids.project, { status: 'idle' }, f),
    base: async () => {
      const { slug, version } = await database.prisma.project.findUniqueOrThrow({ where: { id: ids.project } });
      return [...projectForm(ids, slug), ['version', String(version)]];
    },
    fields: { ...projectFields, version: 'count' },
  },
  trashProjectAction: {
    role: 'editor',
    call: (f) => projects.trashProjectAction('ru', ids.project, { status: 'idle' }, f),
    base: () => versionOf(() => database.prisma.project.findUniqueOrThrow({ where: { id: ids.project } })),
    fields: { version: 'count' },
  },
  createProposalAction: {
    role: 'editor',
    call: (f) => proposals.createProposalAction('ru', { status: 'idle' }, f),
    base: async () => proposalForm(),
    fields: proposalFields,
  },
  updateProposalAction: {
    role: 'editor',
    call: (f) => proposals.updateProposalAction(ids.proposal, { status: 'idle' }, f),
    base: async () => [...proposalForm(), ...(await versionOf(() => database.prisma.proposal.findUniqueOrThrow({ where: { id: ids.proposal } })))],
    fields: { ...proposalFields, version: 'count' },
  },
  trashProposalAction: {
    role: 'editor',
    call: (f) => proposals.trashProposalAction('ru', ids.proposal, { status: 'idle' }, f),
    base: () => versionOf(() => database.prisma.proposal.findUniqueOrThrow({ where: { id: ids.proposal } })),
    fields: { version: 'count' },
  },
  uploadMediaAction: {
    role: 'editor',
    call: (f) => media.uploadMediaAction({ status: 'idle' }, f),
    base: async () => [['file', new File([new Uint8Array([0xff, 0xd8, 0xff])], 'photo.jpg', { type: 'image/jpeg' })], ...mediaForm()],
    fields: { file: 'file', ...mediaFields },
  },
  importFileAction: {
    role: 'editor',
    call: (f) => imports.importFileAction('ru', { status: 'idle' }, f),
    base: async () => [
      ['kind', 'partners'],
      ['language', 'ru'],
      ['apply', '1'],
      ['file', new File([`slug,name,kind,countryCode\r\nmalformed-import-${++slugs},Город,city,KZ\r\n`], 'partners.csv', { type: 'text/csv' })],
    ],
    fields: { kind: 'choice', language: 'choice', file: 'file' },
  },
  updateMediaDetailsAction: {
    role: 'editor',
    call: (f) => media.updateMediaDetailsAction(ids.media, { status: 'idle' }, f),
    base: async () => [...mediaForm(), ...(await versionOf(() => database.prisma.media.findUniqueOrThrow({ where: { id: ids.media } })))],
    fields: { ...mediaFields, version: 'count' },
  },
  updateHomeCityAction: {
    role: 'admin',
    call: (f) => settings.updateHomeCityAction({ status: 'idle' }, f),
    base: async () => [...settingsForm(), ...(await versionOf(() => database.prisma.homeCity.findUniqueOrThrow({ where: { id: 1 } })))],
    fields: {
      countryCode: 'text',
      latitude: 'decimal',
      pressEmail: 'text',
      websiteUrl: 'text',
      dataLicense: 'text',
      'translations.ru.name': 'text',
      'soughtThemes.education': 'choice',
      submissionRetentionDays: 'count',
      version: 'count',
    },
  },
  inviteUserAction: {
    role: 'admin',
    call: (f) => users.inviteUserAction('ru', { status: 'idle' }, f),
    base: async () => [
      ['email', 'malformed-invite@example.org'],
      ['name', 'Гульнара'],
      ['role', 'editor'],
    ],
    fields: { email: 'text', name: 'text', role: 'choice' },
  },
  resetAccessAction: {
    role: 'admin',
    call: (f) => users.resetAccessAction('ru', { status: 'idle' }, f),
    base: async () => [['userId', ids.user]],
    fields: { userId: 'id' },
  },
  setDisabledAction: {
    role: 'admin',
    call: (f) => users.setDisabledAction('ru', { status: 'idle' }, f),
    base: async () => [
      ['userId', ids.user],
      ['disabled', '1'],
    ],
    fields: { userId: 'id', disabled: 'choice' },
  },
  signInAction: {
    role: 'anyone',
    call: (f) => signIn.signInAction('ru', { status: 'idle' }, f),
    base: async () => [
      ['email', 'malformed-user@example.org'],
      ['password', 'a password of the user'],
    ],
    fields: { email: 'text', password: 'password' },
  },
  setPasswordAction: {
    role: 'anyone',
    call: (f) => setPassword.setPasswordAction('ru', { status: 'idle' }, f),
    base: async () => [
      ['token', 'a-link-token'],
      ['password', 'correct horse battery'],
      ['confirm', 'correct horse battery'],
    ],
    fields: { token: 'text', password: 'password', confirm: 'password' },
  },
  submitCooperationAction: {
    role: 'anyone',
    call: (f) => cooperate.submitCooperationAction('ru', { status: 'idle' }, f),
    base: async () => [
      ['name', 'Ли Вэй'],
      ['organization', 'Университет Сямыня'],
      ['countryCode', 'CN'],
      ['email', 'li.wei@example.cn'],
      ['theme', 'education'],
      ['message', 'Предлагаем обмен студентами.'],
      ['website', ''],
    ],
    fields: { name: 'text', organization: 'text', countryCode: 'text', email: 'text', theme: 'choice', message: 'text' },
  },
  createProposalFromSubmissionAction: {
    role: 'editor',
    call: (f) => inbox.createProposalFromSubmissionAction(ids.submission, { status: 'idle' }, f),
    base: async () => [['countryCode', 'CN']],
    fields: { countryCode: 'text' },
  },
  approveReviewAction: {
    role: 'editor',
    call: (f) => reviews.approveReviewAction(ids.review, { status: 'idle' }, f),
    base: async () => [
      ['when', 'scheduled'],
      ['publishAt', '2031-01-15T09:00:00.000+05:00'],
    ],
    fields: { when: 'choice', publishAt: 'date' },
  },
  returnReviewAction: {
    role: 'editor',
    call: (f) => reviews.returnReviewAction(ids.review, { status: 'idle' }, f),
    base: async () => [['comment', 'Проверьте название']],
    fields: { comment: 'text' },
  },
  restorePartnerRevisionAction: {
    role: 'editor',
    call: (f) => partners.restorePartnerRevisionAction(ids.chengdu, '0', { status: 'idle' }, f),
    base: () => versionOf(() => database.prisma.partner.findUniqueOrThrow({ where: { id: ids.chengdu } })),
    fields: { version: 'count' },
  },
  restoreAgreementRevisionAction: {
    role: 'editor',
    call: (f) => agreements.restoreAgreementRevisionAction(ids.agreement, '0', { status: 'idle' }, f),
    base: () => versionOf(() => database.prisma.agreement.findUniqueOrThrow({ where: { id: ids.agreement } })),
    fields: { version: 'count' },
  },
  restoreEventRevisionAction: {
    role: 'editor',
    call: (f) => events.restoreEventRevisionAction(ids.event, '0', { status: 'idle' }, f),
    base: () => versionOf(() => database.prisma.event.findUniqueOrThrow({ where: { id: ids.event } })),
    fields: { version: 'count' },
  },
  restoreProjectRevisionAction: {
    role: 'editor',
    call: (f) => projects.restoreProjectRevisionAction(ids.project, '0', { status: 'idle' }, f),
    base: () => versionOf(() => database.prisma.project.findUniqueOrThrow({ where: { id: ids.project } })),
    fields: { version: 'count' },
  },
  restoreProposalRevisionAction: {
    role: 'editor',
    call: (f) => proposals.restoreProposalRevisionAction(ids.proposal, '0', { status: 'idle' }, f),
    base: () => versionOf(() => database.prisma.proposal.findUniqueOrThrow({ where: { id: ids.proposal } })),
    fields: { version: 'count' },
  },
  // Restore and purge read no form field: their one input is the bound id, in the forged-arguments table.
  ...Object.fromEntries(
    ['restorePartnerAction', 'purgePartnerAction', 'restoreAgreementAction', 'purgeAgreementAction', 'restoreEventAction', 'purgeEventAction']
      .concat(['restoreProjectAction', 'purgeProjectAction', 'restoreProposalAction', 'purgeProposalAction'])
      .concat(['trashMediaAction', 'restoreMediaAction', 'purgeMediaAction'])
      .map((name): [string, TableEntry] => [name, { role: 'admin', call: async () => null, base: async () => [], fields: {} }]),
  ),
  // It reads no form at all: it ends the caller's own session, if any.
  signOutAction: { role: 'anyone', call: async () => null, base: async () => [], fields: {} },
};

function malformedForm(base: Fields | [string, string | File][], field: string, wrong: Wrong): FormData {
  const form = new FormData();
  let placed = false;
  for (const [name, value] of base) {
    if (name !== field) form.append(name, value);
    else if (!placed) {
      placed = true;
      for (const entry of wrong === REPEATED ? [value, value] : [wrong]) form.append(name, entry);
    }
  }
  if (!placed) form.append(field, wrong === REPEATED ? '' : wrong);
  return form;
}

describe('every server action under malformed form values', () => {
  beforeAll(async () => {
    const p = database.prisma;
    Object.assign(ids, await seededIds(p));
    ids.project = (await p.project.create({ data: { slug: 'malformed-project', themes: ['education'] } })).id;
    ids.proposal = (await p.proposal.create({ data: { countryCode: 'CN', stage: 'initiative' } })).id;
    ids.media = (
      await p.media.create({
        data: {
          kind: 'image',
          mimeType: 'image/jpeg',
          byteSize: 1,
          width: 1,
          height: 1,
          sha256: 'c'.repeat(64),
          storageKey: `cc/${'c'.repeat(64)}.jpg`,
          originalName: 'x.jpg',
        },
      })
    ).id;
    ids.user = (await p.user.create({ data: { email: 'malformed-target@example.org', name: 'Цель', role: 'editor' } })).id;
    ids.submission = (await p.cooperationSubmission.create({ data: { name: 'Ли Вэй', email: 'li.wei@example.cn', theme: 'education', message: 'Обмен' } })).id;
    // A change waiting for review, submitted by nobody the test signs in as.
    ids.review = (await p.reviewRequest.create({ data: { entityType: 'partner', entityId: ids.chengdu, form: {}, baseVersion: 1 } })).id;
  });

  it('has an entry for every action exported by an actions.ts of the app', async () => {
    const files = (await readdir(path.join(process.cwd(), 'app'), { recursive: true })).filter((f) => path.basename(f) === 'actions.ts');
    expect(files.length).toBeGreaterThanOrEqual(9);
    for (const file of files) {
      const exported = Object.keys(await import(path.join(process.cwd(), 'app', file)));
      expect(exported.length, file).toBeGreaterThan(0);
      for (const name of exported) expect(Object.keys(TABLE), `${file}: ${name} has no row in the malformed-input table`).toContain(name);
    }
  });

  it.each(Object.entries(TABLE).filter(([, entry]) => Object.keys(entry.fields).length > 0))(
    '%s answers each malformed value with an error result and writes nothing',
    async (_name, entry) => {
      const signedIn = entry.role === 'anyone' ? new Headers() : await signedInHeaders(database.prisma, { role: entry.role });
      let tried = 0;
      for (const [field, kind] of Object.entries(entry.fields)) {
        for (const wrong of WRONG[kind]) {
          requestHeaders = signedIn;
          const form = malformedForm(await entry.base(), field, wrong);
          const before = await databaseFingerprint(database.prisma);
          const label = `${field} = ${wrong === REPEATED ? '(twice)' : wrong instanceof File ? '(a file)' : JSON.stringify(wrong).slice(0, 40)}`;
          const result = await entry.call(form).catch((error: unknown) => ({ thrown: String(error) }));
          expect(result, label).toMatchObject({ status: 'error' });
          expect(await databaseFingerprint(database.prisma), label).toEqual(before);
          tried++;
        }
      }
      expect(tried).toBeGreaterThan(0);
    },
  );
});

describe('the open call form', () => {
  const post = (fields: Record<string, string>) => {
    const form = new FormData();
    const base = { name: 'Ли Вэй', organization: '', countryCode: 'CN', email: 'li.wei@example.cn', theme: 'culture', message: 'Обмен', website: '' };
    for (const [name, value] of Object.entries({ ...base, ...fields })) form.set(name, value);
    return cooperate.submitCooperationAction('kk', { status: 'idle' }, form);
  };

  it('answers a wrong field, and the hourly limit, with its message and the input kept', async () => {
    requestHeaders = new Headers({ 'x-forwarded-for': '203.0.113.77' });
    expect(await post({ email: 'li.wei at example' })).toEqual({
      status: 'error',
      formError: 'checkFields',
      fieldErrors: { email: 'errors.email' },
      values: expect.objectContaining({ email: 'li.wei at example', message: 'Обмен' }),
    });
    for (let i = 0; i < 5; i++) expect(await post({ message: `Обмен ${i}` })).toMatchObject({ status: 'ok', message: 'received' });
    expect(await post({ message: 'Шестое' })).toMatchObject({ status: 'error', formError: 'tooMany', values: expect.objectContaining({ message: 'Шестое' }) });
  });
});
