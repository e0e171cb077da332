import fc from 'fast-check';
import { createTranslator } from 'next-intl';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { datasets, seedDataset } from '@/prisma/seed/seed-dataset';
import { controlCharactersToSpaces } from '@/lib/text/control-characters';
import kk from '@/messages/kk.json';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { signedInHeaders } from '../support/auth';
import { databaseFingerprint, inputTally, NUMBERISH, nastyText } from '../support/bad-input';
import { agreementForm, eventForm, mediaForm, partnerForm, seededIds, settingsForm, type Fields } from '../support/admin-forms';

// Property-based tests of the admin forms against the bad input. Each property posts a
// valid form of one action with a few of its fields replaced by generated values (every script,
// emoji, RTL, NUL and other controls, 10k-character strings, huge numbers, impossible dates, wrong
// enum values), removed, duplicated, or joined by stray fields (prototype-polluting names among
// them), as a signed-in editor (an admin for the settings). The action must answer with its typed
// outcome, never throw; a refusal must change nothing in the database; an accepted form must store
// its texts exactly as sent (less the leading and trailing white space every text field trims).
//
// Inputs tried: RUNS × 8 actions; the total is printed at the end ("[bad-input-admin] N bad
// inputs tried; …"). BAD_INPUT_RUNS=500 searches deeper locally.
const RUNS = Number(process.env.BAD_INPUT_RUNS ?? 30);

class Redirected extends Error {
  constructor(readonly url: string) {
    super(`redirected to ${url}`);
  }
}
let requestHeaders = new Headers();
vi.mock('next/headers', () => ({ headers: async () => requestHeaders }));
vi.mock('next/cache', () => ({ updateTag: () => undefined, refresh: () => undefined, cacheLife: () => undefined, cacheTag: () => undefined }));
// A create action redirects to the new record once saved, as Next's redirect() does, by throwing.
vi.mock('next/navigation', () => ({
  redirect: (url: string) => {
    throw new Redirected(url);
  },
}));
// The real Kazakh catalogue, so that every field error is checked to be a localized message.
vi.mock('next-intl/server', () => ({
  getTranslations: async (namespace: string) => createTranslator({ locale: 'kk', messages: kk, namespace: namespace as 'AdminForm' }),
}));

const partners = await import('@/app/[locale]/admin/partners/actions');
const agreements = await import('@/app/[locale]/admin/agreements/actions');
const events = await import('@/app/[locale]/admin/events/actions');
const media = await import('@/app/[locale]/admin/media/actions');
const settings = await import('@/app/[locale]/admin/settings/actions');
type FormState = Awaited<ReturnType<typeof partners.createPartnerAction>>;

const { tally, report } = inputTally('bad-input-admin');
const LOCALIZED_ERRORS = new Set([...Object.values(kk.AdminForm.errors), ...Object.values(kk.InputErrors)]);
const LOCALIZED_FORM_ERRORS = new Set(Object.values(kk.AdminForm).filter((v): v is string => typeof v === 'string'));

let database: TestDatabase;
let editor: Headers;
let admin: Headers;
const ids = { chengdu: '', qingdao: '', agreement: 0, event: 0, media: '', source: 0 };
const LOCALES = ['ru', 'kk', 'en'] as const;

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  const prisma = database.prisma;
  await seedDataset(prisma, datasets.kazan);
  [editor, admin] = await Promise.all([signedInHeaders(prisma, { role: 'editor' }), signedInHeaders(prisma, { role: 'admin' })]);
  Object.assign(ids, await seededIds(prisma));
  const sha256 = 'b'.repeat(64);
  // Captions, as the event editor writes them: the alt form must keep them whatever it does to the alt.
  ids.media = (
    await prisma.media.create({
      data: {
        kind: 'image',
        mimeType: 'image/jpeg',
        byteSize: 1000,
        width: 1200,
        height: 800,
        sha256,
        storageKey: `bb/${sha256}.jpg`,
        originalName: 'photo.jpg',
        translations: { create: LOCALES.map((locale) => ({ locale, alt: `alt ${locale}`, caption: `caption ${locale}` })) },
      },
    })
  ).id;
});
afterAll(async () => {
  report();
  await database.drop();
});

let serial = 0;

/** Each action with a valid form to start from, its text fields, and where they end up in the database. */
type Subject = {
  name: string;
  headers: () => Headers;
  run: (form: FormData) => Promise<FormState>;
  base: () => Promise<Fields>;
  /** The stored texts of the record, by form field name; null for none. */
  stored: (id: string) => Promise<Record<string, string | null>>;
  /** The record a success saved: from the create action's redirect, or the one updated. */
  savedId: (redirect: string | null) => string;
};

const byLocale = <T extends { locale: string }>(rows: T[], fields: (keyof T & string)[], prefix = 'translations') =>
  Object.fromEntries(
    LOCALES.flatMap((l) => fields.map((f) => [`${prefix}.${l}.${f}`, (rows.find((r) => r.locale === l)?.[f] as string | null | undefined) ?? null])),
  );
const version = async (read: () => Promise<{ version: number }>): Promise<Fields> => [['version', String((await read()).version)]];
const fromRedirect = (url: string | null) => {
  const id = url?.match(/\/admin\/\w+\/([^/?]+)/)?.[1];
  if (!id) throw new Error(`no id in the redirect ${url}`);
  return id;
};
const partnerTexts = async (id: string) =>
  byLocale(await database.prisma.partnerTranslation.findMany({ where: { partnerId: id } }), ['name', 'regionName', 'about']);
const agreementTexts = async (id: string) =>
  byLocale(await database.prisma.agreementTranslation.findMany({ where: { agreementId: Number(id) } }), ['title', 'place', 'signatories', 'note']);
const eventTexts = async (id: string) =>
  byLocale(await database.prisma.eventTranslation.findMany({ where: { eventId: Number(id) } }), ['title', 'body', 'location']);

const SUBJECTS: Subject[] = [
  {
    name: 'create partner',
    headers: () => editor,
    run: (f) => partners.createPartnerAction('kk', { status: 'idle' }, f),
    base: async () => partnerForm(`bad-input-${++serial}`),
    stored: partnerTexts,
    savedId: fromRedirect,
  },
  {
    name: 'update partner',
    headers: () => editor,
    run: (f) => partners.updatePartnerAction(ids.chengdu, { status: 'idle' }, f),
    stored: partnerTexts,
    savedId: () => ids.chengdu,
    base: async () => [...partnerForm('chengdu'), ...(await version(() => database.prisma.partner.findUniqueOrThrow({ where: { id: ids.chengdu } })))],
  },
  {
    name: 'create agreement',
    headers: () => editor,
    run: (f) => agreements.createAgreementAction('kk', { status: 'idle' }, f),
    base: async () => agreementForm(ids),
    stored: agreementTexts,
    savedId: fromRedirect,
  },
  {
    name: 'update agreement',
    headers: () => editor,
    run: (f) => agreements.updateAgreementAction(ids.agreement, { status: 'idle' }, f),
    stored: agreementTexts,
    savedId: () => String(ids.agreement),
    base: async () => [...agreementForm(ids), ...(await version(() => database.prisma.agreement.findUniqueOrThrow({ where: { id: ids.agreement } })))],
  },
  {
    name: 'create event',
    headers: () => editor,
    run: (f) => events.createEventAction('kk', { status: 'idle' }, f),
    base: async () => eventForm(ids, `bad-input-event-${++serial}`),
    stored: eventTexts,
    savedId: fromRedirect,
  },
  {
    name: 'update event',
    headers: () => editor,
    run: (f) => events.updateEventAction(ids.event, { status: 'idle' }, f),
    stored: eventTexts,
    savedId: () => String(ids.event),
    base: async () => {
      const { slug } = await database.prisma.event.findUniqueOrThrow({ where: { id: ids.event } });
      return [...eventForm(ids, slug), ...(await version(() => database.prisma.event.findUniqueOrThrow({ where: { id: ids.event } })))];
    },
  },
  {
    name: 'update settings',
    headers: () => admin,
    run: (f) => settings.updateHomeCityAction({ status: 'idle' }, f),
    savedId: () => '1',
    base: async () => [...settingsForm(), ...(await version(() => database.prisma.homeCity.findUniqueOrThrow({ where: { id: 1 } })))],
    stored: async () => {
      const city = await database.prisma.homeCity.findUniqueOrThrow({ where: { id: 1 }, include: { translations: true } });
      return { pressPhone: city.pressPhone, ...byLocale(city.translations, ['name', 'regionName', 'pressOfficeName', 'pressAddress']) };
    },
  },
  {
    name: 'describe media',
    headers: () => editor,
    run: (f) => media.updateMediaDetailsAction(ids.media, { status: 'idle' }, f),
    savedId: () => ids.media,
    base: async () => [...mediaForm(), ...(await version(() => database.prisma.media.findUniqueOrThrow({ where: { id: ids.media } })))],
    stored: async (id) => {
      const row = await database.prisma.media.findUniqueOrThrow({ where: { id }, include: { translations: true } });
      return { creditText: row.creditText, ...Object.fromEntries(LOCALES.map((l) => [`alt.${l}`, row.translations.find((t) => t.locale === l)?.alt || null])) };
    },
  },
];

// What to put into a field: text from the alphabet (with and without control characters),
// numbers and dates out of range, and values of the wrong kind for selects and ids.
const WRONG_CHOICES = [
  'village',
  'CITY',
  'twinning ',
  'published\u0000',
  'scheduled',
  'on',
  'off',
  '00000000-0000-0000-0000-000000000000',
  'not-a-uuid',
  '-1',
  '0',
  ids.agreement.toString(),
];
const fieldValue = fc.oneof(
  { arbitrary: nastyText, weight: 3 },
  { arbitrary: nastyText.map(controlCharactersToSpaces), weight: 3 },
  { arbitrary: fc.constantFrom(...NUMBERISH, ...WRONG_CHOICES), weight: 2 },
  { arbitrary: fc.constant(''), weight: 1 },
);
const STRAY_NAMES = [
  '__proto__.polluted',
  'translations.__proto__.polluted',
  'constructor.prototype.polluted',
  'translations.ru.__proto__',
  'translations.ru',
  'translations.ru.name.deeper',
  '$ACTION_ID_0123',
  'history.99999.kind',
  'history.1.kind',
  'links.0.toId',
  'partners.not-a-uuid',
  'textLanguages.xyz',
  'photoOrder.__proto__',
  'version',
  '',
  '.',
  'a..b',
];
// Fields holding numbers, dates and versions, to aim the out-of-range values at (absent ones are added).
const NUMBER_FIELDS = [
  'version',
  'publishAt',
  'start',
  'end',
  'signedOn',
  'history.0.date',
  'latitude',
  'longitude',
  'foundedYear',
  'population',
  'populationYear',
  'areaKm2',
  'areaYear',
  'sourceId',
  'links.0.toId',
];
type Edit =
  | { kind: 'set' | 'remove' | 'repeat'; field: number; value: string }
  | { kind: 'stray'; name: string; value: string }
  | { kind: 'setNamed'; name: string; value: string };
const edits = fc.array(
  fc.oneof(
    { arbitrary: fc.record({ kind: fc.constant('set' as const), field: fc.nat(), value: fieldValue }), weight: 6 },
    { arbitrary: fc.record({ kind: fc.constantFrom('remove' as const, 'repeat' as const), field: fc.nat(), value: fieldValue }), weight: 1 },
    { arbitrary: fc.record({ kind: fc.constant('stray' as const), name: fc.constantFrom(...STRAY_NAMES), value: nastyText }), weight: 1 },
    {
      arbitrary: fc.record({ kind: fc.constant('setNamed' as const), name: fc.constantFrom(...NUMBER_FIELDS), value: fc.constantFrom(...NUMBERISH) }),
      weight: 2,
    },
  ),
  { minLength: 1, maxLength: 4 },
);

const REGRESSIONS: [Edit[]][] = [
  [[{ kind: 'set', field: 0, value: '' }]],
  [[{ kind: 'set', field: 0, value: 'a\u0000b' }]],
  [[{ kind: 'stray', name: '__proto__.polluted', value: 'yes' }]],
  [[{ kind: 'set', field: 7, value: '' }]],
  [[{ kind: 'setNamed', name: 'version', value: '1e308' }]],
  [[{ kind: 'setNamed', name: 'version', value: '9223372036854775808' }]],
];

function applyEdits(base: Fields, list: Edit[]): FormData {
  let fields = [...base];
  for (const edit of list) {
    if (edit.kind === 'stray') {
      fields.push([edit.name, edit.value]);
      continue;
    }
    if (edit.kind === 'setNamed') {
      const { name, value } = edit;
      fields = fields.some(([n]) => n === name) ? fields.map(([n, v]) => [n, n === name ? value : v]) : [...fields, [name, value]];
      continue;
    }
    const [name] = base[edit.field % base.length] ?? [''];
    if (edit.kind === 'set') fields = fields.map(([n, v]) => [n, n === name ? edit.value : v]);
    else if (edit.kind === 'remove') fields = fields.filter(([n]) => n !== name);
    else fields.push([name, edit.value]);
  }
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  return form;
}

/** A text field as saved: trimmed (String.prototype.trim, as zod's .trim()), and null when blank. */
const asSaved = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value.trim() || null : null);

describe('every admin form under bad input', () => {
  it.each(SUBJECTS.map((s) => [s.name, s] as const))(
    '%s: answers with its typed outcome, refuses without a trace, stores exactly what it accepts',
    async (_name, subject) => {
      let accepted = 0;
      await fc.assert(
        fc.asyncProperty(edits, async (list) => {
          tally.tried++;
          requestHeaders = subject.headers();
          const form = applyEdits(await subject.base(), list);
          const before = await databaseFingerprint(database.prisma);
          let outcome: FormState;
          let redirect: string | null = null;
          try {
            outcome = await subject.run(form);
          } catch (error) {
            if (!(error instanceof Redirected)) {
              tally.serverErrors++;
              throw error;
            }
            redirect = error.url;
            outcome = { status: 'ok', message: 'redirected', payload: null };
          }
          // A stray `__proto__.x` field must not have reached Object.prototype.
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();

          if (outcome.status === 'error') {
            expect(LOCALIZED_FORM_ERRORS).toContain(outcome.formError);
            for (const message of Object.values(outcome.fieldErrors)) expect(LOCALIZED_ERRORS).toContain(message);
            const after = await databaseFingerprint(database.prisma);
            if (JSON.stringify(after) !== JSON.stringify(before)) tally.unwantedChanges++;
            expect(after).toEqual(before);
            return;
          }
          expect(outcome.status).toBe('ok');
          accepted++;
          const stored = await subject.stored(subject.savedId(redirect));
          for (const [name, value] of Object.entries(stored)) {
            if (asSaved(form.get(name)) !== value) tally.unwantedChanges++;
            expect(value, name).toBe(asSaved(form.get(name)));
          }
        }),
        // Tried first each time: what the properties once shrank to (a blank first field, a NUL in it, a
        // field named to pollute Object.prototype); then RUNS generated ones.
        { numRuns: RUNS, examples: REGRESSIONS },
      );
      console.info(`[bad-input-admin] ${subject.name}: ${accepted} of ${RUNS} accepted`);
    },
  );
});
