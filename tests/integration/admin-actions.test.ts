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
vi.mock('next/navigation', () => ({ redirect: () => { throw new Error('redirected: the action succeeded'); } }));
vi.mock('next-intl/server', () => ({ getTranslations: async () => Object.assign((key: string) => key, { has: () => true }) }));

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
  return Promise.all([p.partner.count(), p.agreement.count(), p.event.count(), p.media.count(), p.user.count(), p.auditLog.count(), p.homeCity.findFirst({ select: { version: true } })]);
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
    expect(await users.inviteUserAction('ru', { formError: null, fieldErrors: {}, values: { email: '', name: '', role: 'editor' }, link: null }, invite)).toMatchObject({ formError: 'errors.unauthenticated' });
    const user = new FormData();
    user.set('userId', uuid);
    expect(await users.resetAccessAction('ru', { error: null, link: null }, user)).toMatchObject({ error: 'errors.unauthenticated' });
    await expect(users.setDisabledAction(user)).rejects.toMatchObject({ reason: 'unauthenticated' });
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
    expect(await users.inviteUserAction('ru', { formError: null, fieldErrors: {}, values: { email: '', name: '', role: 'editor' }, link: null }, invite)).toMatchObject({ formError: 'errors.forbidden' });
    const user = new FormData();
    user.set('userId', uuid);
    expect(await users.resetAccessAction('ru', { error: null, link: null }, user)).toMatchObject({ error: 'errors.forbidden' });
    await expect(users.setDisabledAction(user)).rejects.toMatchObject({ reason: 'forbidden' });
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

  it('lets an editor through to validation for content actions', async () => {
    for (const [name, action] of EDITOR_ACTIONS) {
      const result = await action({ status: 'idle' }, new FormData());
      expect(result, name).toMatchObject({ status: 'error' });
      expect((result as { formError: string }).formError, name).not.toMatch(/^(signedOut|forbidden)$/);
    }
  });
});
