import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { datasets, seedDataset } from '@/prisma/seed/seed-dataset';
import { hasControlCharacter } from '@/lib/text/control-characters';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { signedInHeaders } from '../support/auth';
import { call, type OpenDataRoute } from '../support/open-data';
import { CONTROL_CHARACTERS, inputTally, longString, SCRIPT_SAMPLES } from '../support/bad-input';

// Round trip: texts in ru, kk and en made of every script, Kazakh letters, emoji ZWJ sequences and
// flags, RTL text with its marks, combining marks (precomposed and not), odd spaces and line
// breaks, saved through the real admin action, must come back byte for byte from the database and
// from the public API once published. What the form changes, by design: leading and trailing white
// space is trimmed (String.prototype.trim: Unicode White_Space and line terminators, also U+FEFF),
// and a blank text is "none" (kk and en then fall back to ru). Nothing is normalized (NFC or
// otherwise). Text with a control character (NUL, ESC, DEL, C1…) is refused with a field error and
// nothing is saved: PostgreSQL cannot store NUL, and "saved" must mean "saved as typed".
//
// Inputs tried: RUNS per property × 3 properties, printed at the end.
const RUNS = Number(process.env.BAD_INPUT_RUNS ?? 20);

let requestHeaders = new Headers();
vi.mock('next/headers', () => ({ headers: async () => requestHeaders }));
vi.mock('next/cache', () => ({ updateTag: () => undefined, refresh: () => undefined, cacheLife: () => undefined, cacheTag: () => undefined }));
vi.mock('next/server', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/server')>()), connection: async () => undefined }));
vi.mock('next-intl/server', () => ({ getTranslations: async () => (key: string) => key }));

const partners = await import('@/app/[locale]/admin/partners/actions');
const events = await import('@/app/[locale]/admin/events/actions');
const agreements = await import('@/app/[locale]/admin/agreements/actions');
const api = {
  partner: (await import('@/app/api/v1/partners/[slug]/route')) as unknown as OpenDataRoute,
  event: (await import('@/app/api/v1/events/[slug]/route')) as unknown as OpenDataRoute,
  agreement: (await import('@/app/api/v1/agreements/[id]/route')) as unknown as OpenDataRoute,
};
type FormState = Awaited<ReturnType<typeof partners.updatePartnerAction>>;
type Text = { text: string; lang: string; fallback: boolean } | null;

const { tally, report } = inputTally('text-round-trip');
const LOCALES = ['ru', 'kk', 'en'] as const;
type Locale = (typeof LOCALES)[number];
let database: TestDatabase;
const ids = { chengdu: '', qingdao: '', event: 0, eventSlug: '', agreement: 0 };

beforeAll(async () => {
  process.env.SITE_URL = 'https://portal.example.org';
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  const prisma = database.prisma;
  await seedDataset(prisma, datasets.kazan);
  requestHeaders = await signedInHeaders(prisma, { role: 'editor' });
  ids.chengdu = (await prisma.partner.findUniqueOrThrow({ where: { slug: 'chengdu' } })).id;
  ids.qingdao = (await prisma.partner.findUniqueOrThrow({ where: { slug: 'qingdao' } })).id;
  const event = await prisma.event.findFirstOrThrow({ where: { partners: { some: { partnerId: ids.qingdao } } }, orderBy: { id: 'asc' } });
  [ids.event, ids.eventSlug] = [event.id, event.slug];
  ids.agreement = (await prisma.agreement.findFirstOrThrow({ where: { partnerId: ids.chengdu } })).id;
});
afterAll(async () => {
  report();
  await database.drop();
});

// A text as an editor might paste it: pieces of every script and emoji, arbitrary graphemes, spaces
// of several kinds (also at the ends), line breaks inside. Well-formed UTF-16, as a browser sends.
const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...SCRIPT_SAMPLES), weight: 4 },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }), weight: 2 },
  { arbitrary: fc.constantFrom(' ', '  ', '\t', '\r\n', '\n', '\u00A0', '\u2003', '\u200B', '\u200D', '\u200E', '\u200F'), weight: 1 },
);
const cleanText = fc
  .array(piece, { maxLength: 6 })
  .map((parts) => parts.join(''))
  .filter((s) => s.isWellFormed() && !hasControlCharacter(s) && s.length <= 190);
const longText = longString.filter((s) => !hasControlCharacter(s));
const tainted = fc.tuple(cleanText, fc.constantFrom(...CONTROL_CHARACTERS), fc.nat()).map(([text, control, at]) => {
  const i = at % (text.length + 1);
  return `${text.slice(0, i)}${control}${text.slice(i)}`;
});

const saved = (value: string) => value.trim() || null;
/** What the API gives for a text in `locale`: the locale's own, else ru's marked as a fallback, else null. */
function expectedText(values: Record<Locale, string | null>, locale: Locale): Text {
  const own = values[locale];
  if (own) return { text: own, lang: locale, fallback: false };
  return values.ru ? { text: values.ru, lang: 'ru', fallback: locale !== 'ru' } : null;
}
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};
const translations = (fields: Record<string, Record<Locale, string>>) =>
  Object.fromEntries(LOCALES.flatMap((l) => Object.entries(fields).map(([field, values]) => [`translations.${l}.${field}`, values[l]])));

/** Posts the form, then checks that a refusal names a control character and saved nothing. */
async function submit(run: () => Promise<FormState>, read: () => Promise<unknown>, texts: string[]) {
  tally.tried++;
  const before = await read();
  let outcome: FormState;
  try {
    outcome = await run();
  } catch (error) {
    tally.serverErrors++;
    throw error;
  }
  // Trimmed first: a form feed or vertical tab at an end is white space, trimmed away, not refused.
  const refused = texts.some((text) => hasControlCharacter(text.trim()));
  if (refused) {
    expect(outcome).toMatchObject({ status: 'error' });
    expect(Object.values(outcome.status === 'error' ? outcome.fieldErrors : {})).toContain('controlCharacters'); // InputErrors' key
    const after = await read();
    if (JSON.stringify(after) !== JSON.stringify(before)) tally.unwantedChanges++;
    expect(after).toEqual(before);
  } else {
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ status: 'ok' });
  }
  return !refused;
}

const threeTexts = (text: fc.Arbitrary<string>) => fc.record({ ru: text, kk: text, en: text });
const maybeTainted = fc.oneof({ arbitrary: cleanText, weight: 5 }, { arbitrary: tainted, weight: 1 });

describe('text in any of the three languages comes back exactly as saved', () => {
  it('a partner: name, region and about, from the database and /api/v1/partners/{slug}', async () => {
    await fc.assert(
      fc.asyncProperty(
        threeTexts(maybeTainted),
        threeTexts(maybeTainted),
        threeTexts(fc.oneof({ arbitrary: cleanText, weight: 3 }, { arbitrary: longText, weight: 1 })),
        async (name, region, about) => {
          // ru's name is required, and a kk/en region or about needs that language's name.
          name.ru = name.ru.trim() ? name.ru : `Чэнду ${name.ru}`;
          for (const l of ['kk', 'en'] as const) if (!name[l].trim()) [region[l], about[l]] = ['', ''];
          const { version } = await database.prisma.partner.findUniqueOrThrow({ where: { id: ids.chengdu } });
          const data = form({
            slug: 'chengdu',
            kind: 'city',
            status: 'active',
            countryCode: 'CN',
            latitude: '',
            longitude: '',
            foundedYear: '',
            population: '',
            populationYear: '',
            areaKm2: '',
            areaYear: '',
            timeZone: '',
            websiteUrl: '',
            publicationStatus: 'published',
            publishAt: '',
            version: String(version),
            ...translations({ name, regionName: region, about }),
          });
          const read = () => database.prisma.partnerTranslation.findMany({ where: { partnerId: ids.chengdu }, orderBy: { locale: 'asc' } });
          if (
            !(await submit(() => partners.updatePartnerAction(ids.chengdu, { status: 'idle' }, data), read, [
              ...Object.values(name),
              ...Object.values(region),
              ...Object.values(about),
            ]))
          )
            return;

          const rows = await read();
          const stored = (field: 'name' | 'regionName' | 'about') =>
            Object.fromEntries(LOCALES.map((l) => [l, rows.find((r) => r.locale === l)?.[field] ?? null])) as Record<Locale, string | null>;
          const sent = (values: Record<Locale, string>) => Object.fromEntries(LOCALES.map((l) => [l, saved(values[l])])) as Record<Locale, string | null>;
          expect(stored('name')).toEqual(sent(name));
          expect(stored('regionName')).toEqual(sent(region));
          expect(stored('about')).toEqual(sent(about));
          for (const locale of LOCALES) {
            const res = await call(api.partner, `/api/v1/partners/chengdu?locale=${locale}`, { params: { slug: 'chengdu' } });
            expect(res.status).toBe(200);
            const { data: body } = (await res.json()) as { data: { name: Text; regionName: Text; about: Text } };
            expect(body.name, locale).toEqual(expectedText(sent(name), locale));
            expect(body.regionName, locale).toEqual(expectedText(sent(region), locale));
            expect(body.about, locale).toEqual(expectedText(sent(about), locale));
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('an event: title, body and location, from the database and /api/v1/events/{slug}', async () => {
    await fc.assert(
      fc.asyncProperty(
        threeTexts(maybeTainted),
        threeTexts(fc.oneof({ arbitrary: cleanText, weight: 3 }, { arbitrary: longText, weight: 1 })),
        threeTexts(cleanText),
        async (title, body, location) => {
          title.ru = title.ru.trim() ? title.ru : `Форум ${title.ru}`;
          for (const l of ['kk', 'en'] as const) if (!title[l].trim()) [body[l], location[l]] = ['', ''];
          const { version } = await database.prisma.event.findUniqueOrThrow({ where: { id: ids.event } });
          const data = form({
            slug: ids.eventSlug,
            [`partners.${ids.qingdao}`]: 'on',
            start: '2019-05',
            end: '',
            category: 'forum',
            format: '',
            publicationStatus: 'published',
            publishAt: '',
            version: String(version),
            ...translations({ title, body, location }),
          });
          const read = () => database.prisma.eventTranslation.findMany({ where: { eventId: ids.event }, orderBy: { locale: 'asc' } });
          if (
            !(await submit(() => events.updateEventAction(ids.event, { status: 'idle' }, data), read, [
              ...Object.values(title),
              ...Object.values(body),
              ...Object.values(location),
            ]))
          )
            return;

          const rows = await read();
          const sent = (values: Record<Locale, string>) => Object.fromEntries(LOCALES.map((l) => [l, saved(values[l])])) as Record<Locale, string | null>;
          for (const [field, values] of [
            ['title', title],
            ['body', body],
            ['location', location],
          ] as const) {
            expect(Object.fromEntries(LOCALES.map((l) => [l, rows.find((r) => r.locale === l)?.[field] ?? null])), field).toEqual(sent(values));
          }
          for (const locale of LOCALES) {
            const res = await call(api.event, `/api/v1/events/${ids.eventSlug}?locale=${locale}`, { params: { slug: ids.eventSlug } });
            expect(res.status).toBe(200);
            const { data: payload } = (await res.json()) as { data: { title: Text; body: Text; location: Text } };
            expect(payload.title, locale).toEqual(expectedText(sent(title), locale));
            expect(payload.body, locale).toEqual(expectedText(sent(body), locale));
            expect(payload.location, locale).toEqual(expectedText(sent(location), locale));
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('an agreement: title, from the database and /api/v1/agreements/{id}', async () => {
    await fc.assert(
      fc.asyncProperty(threeTexts(maybeTainted), async (title) => {
        title.ru = title.ru.trim() ? title.ru : `Соглашение ${title.ru}`;
        const { version } = await database.prisma.agreement.findUniqueOrThrow({ where: { id: ids.agreement } });
        const data = form({
          partnerId: ids.chengdu,
          type: 'cooperation',
          signedOn: '2015',
          status: '',
          sourceId: '',
          documentId: '',
          publicationStatus: 'published',
          publishAt: '',
          version: String(version),
          ...translations({ title, place: { ru: '', kk: '', en: '' }, signatories: { ru: '', kk: '', en: '' }, note: { ru: '', kk: '', en: '' } }),
        });
        const read = () => database.prisma.agreementTranslation.findMany({ where: { agreementId: ids.agreement }, orderBy: { locale: 'asc' } });
        if (!(await submit(() => agreements.updateAgreementAction(ids.agreement, { status: 'idle' }, data), read, Object.values(title)))) return;

        const rows = await read();
        const sent = Object.fromEntries(LOCALES.map((l) => [l, saved(title[l])])) as Record<Locale, string | null>;
        expect(Object.fromEntries(LOCALES.map((l) => [l, rows.find((r) => r.locale === l)?.title ?? null]))).toEqual(sent);
        for (const locale of LOCALES) {
          const res = await call(api.agreement, `/api/v1/agreements/${ids.agreement}?locale=${locale}`, { params: { id: String(ids.agreement) } });
          expect(res.status).toBe(200);
          const { data: payload } = (await res.json()) as { data: { title: Text } };
          expect(payload.title, locale).toEqual(expectedText(sent, locale));
        }
      }),
      { numRuns: RUNS },
    );
  });
});
