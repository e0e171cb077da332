import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { datasets, seedDataset } from '@/prisma/seed/seed-dataset';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { signedInHeaders } from '../support/auth';

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
const media = await import('@/app/[locale]/admin/media/actions');
const settings = await import('@/app/[locale]/admin/settings/actions');
const users = await import('@/app/[locale]/admin/users/actions');

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
  ['upload media', media.uploadMediaAction],
  ['describe media', media.updateMediaDetailsAction.bind(null, uuid)],
  ['trash media', media.trashMediaAction.bind(null, uuid)],
];
const ADMIN_ACTIONS: [string, FormAction][] = [
  ['restore partner', partners.restorePartnerAction.bind(null, uuid)],
  ['purge partner', partners.purgePartnerAction.bind(null, uuid)],
  ['restore agreement', agreements.restoreAgreementAction.bind(null, 1)],
  ['purge agreement', agreements.purgeAgreementAction.bind(null, 1)],
  ['restore event', events.restoreEventAction.bind(null, 1)],
  ['purge event', events.purgeEventAction.bind(null, 1)],
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
    expect(
      await users.inviteUserAction('ru', { formError: null, fieldErrors: {}, values: { email: '', name: '', role: 'editor' }, link: null }, invite),
    ).toMatchObject({ formError: 'errors.unauthenticated' });
    const user = new FormData();
    user.set('userId', uuid);
    expect(await users.resetAccessAction('ru', { error: null, link: null }, user)).toMatchObject({ error: 'errors.unauthenticated' });
    expect(await users.setDisabledAction('ru', { error: null }, user)).toEqual({ error: 'errors.unauthenticated' });
    // A made-up session cookie is no session.
    requestHeaders = new Headers({ cookie: 'portal.session_token=made-up.signature' });
    expect(await users.setDisabledAction('ru', { error: null }, user)).toEqual({ error: 'errors.unauthenticated' });
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
    expect(
      await users.inviteUserAction('ru', { formError: null, fieldErrors: {}, values: { email: '', name: '', role: 'editor' }, link: null }, invite),
    ).toMatchObject({ formError: 'errors.forbidden' });
    const user = new FormData();
    user.set('userId', uuid);
    expect(await users.resetAccessAction('ru', { error: null, link: null }, user)).toMatchObject({ error: 'errors.forbidden' });
    expect(await users.setDisabledAction('ru', { error: null }, user)).toEqual({ error: 'errors.forbidden' });
    expect(await snapshotCounts()).toEqual(before);
  });

  it('leaves no admin server action out of these lists', async () => {
    const tested = new Set([...EDITOR_ACTIONS, ...ADMIN_ACTIONS].map(([, action]) => action.name.replace(/^bound /, '')));
    for (const name of Object.keys(users)) tested.add(name); // each checked above, by its own shape
    tested.add('signOutAction'); // it ends only the caller's own session, if any
    const dir = path.join(process.cwd(), 'app/[locale]/admin');
    const files = (await readdir(dir, { recursive: true })).filter((f) => path.basename(f) === 'actions.ts');
    expect(files.length).toBeGreaterThanOrEqual(7);
    for (const file of files) {
      // Read, not imported: a 'use server' module can export nothing but its actions.
      const exported = [...(await readFile(path.join(dir, file), 'utf8')).matchAll(/^export async function (\w+)/gm)].map((m) => m[1]);
      expect(exported.length, file).toBeGreaterThan(0);
      for (const name of exported) expect(tested, `${file}: ${name}`).toContain(name);
    }
  });

  it('refuses an invitation whose name carries a NUL (PostgreSQL cannot store one) with a field error, creating no one', async () => {
    requestHeaders = await signedInHeaders(database.prisma, { role: 'admin' });
    const invite = new FormData();
    for (const [name, value] of Object.entries({ email: 'nul-name@example.org', name: 'Асель\u0000Нурланова', role: 'editor' })) invite.set(name, value);
    const state = await users.inviteUserAction('ru', { formError: null, fieldErrors: {}, values: { email: '', name: '', role: 'editor' }, link: null }, invite);
    expect(state).toMatchObject({ formError: 'checkFields', fieldErrors: { name: 'controlCharacters' }, values: { name: 'Асель\u0000Нурланова' } });
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
type Bound = 'locale' | 'serial' | 'uuid';
const MALFORMED: Record<Bound, unknown[]> = {
  locale: ['xx', '', 'RU', null, 1, {}, ['ru']],
  serial: ['not-a-uuid', -1, 0, 1.5, '1', uuid, 2_147_483_648, Number.NaN, Number.MAX_SAFE_INTEGER + 2, null, {}, [1]],
  uuid: ['not-a-uuid', -1, 0, 1.5, '1', 1, `${uuid}0`, '00000000-0000-4000-8000-00000000000g', null, {}, [uuid]],
};
const WELL_FORMED: Record<Bound, unknown> = { locale: 'ru', serial: 1, uuid };
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
  ['describe media', ['uuid'], forged(media.updateMediaDetailsAction)],
  ['trash media', ['uuid'], forged(media.trashMediaAction)],
  ['restore media', ['uuid'], forged(media.restoreMediaAction)],
  ['purge media', ['uuid'], forged(media.purgeMediaAction)],
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
              formError: 'notFound',
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
      expect(await action(...kinds.map((k) => MALFORMED[k][0]), { status: 'idle' }, new FormData())).toMatchObject({ status: 'error', formError: 'signedOut' });
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
      expect(await forged(users.inviteUserAction)('xx', null, payload), label).toMatchObject({ formError: 'checkFields' });
      expect(await forged(users.resetAccessAction)('xx', null, payload), label).toEqual({ error: 'errors.notFound', link: null });
      expect(await forged(users.setDisabledAction)({}, null, payload), label).toEqual({ error: 'errors.notFound' });
      expect(await forged(signIn.signInAction)('xx', null, payload), label).toEqual({ error: 'invalid', email: '' });
      expect(await forged(setPassword.setPasswordAction)(['ru'], null, payload), label).toEqual({ formError: 'linkInvalid', fieldErrors: {} });
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
      expect(await users.setDisabledAction('ru', { error: null }, form), userId).toEqual({ error: 'errors.notFound' });
      expect(await users.resetAccessAction('ru', { error: null, link: null }, form), userId).toEqual({ error: 'errors.notFound', link: null });
    }
    expect(await snapshotCounts()).toEqual(before);
  });
});
