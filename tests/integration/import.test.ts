import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { utils, write } from '@e965/xlsx';
import { datasets, seedDataset } from '@/prisma/seed/seed-dataset';
import { AccessDenied } from '@/lib/server/auth/actor';
import { importFile, type ImportOptions, type ImportReport } from '@/lib/server/import/import-file';
import { CSV_HEADERS } from '@/lib/open-data/csv';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { signedInHeaders } from '../support/auth';
import { call, type OpenDataRoute } from '../support/open-data';

vi.mock('next/cache', () => ({ cacheLife: () => undefined, cacheTag: () => undefined }));
vi.mock('next/server', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/server')>()), connection: async () => undefined }));

const exports: Record<ImportOptions['kind'], OpenDataRoute> = {
  partners: (await import('@/app/api/v1/partners.csv/route')) as OpenDataRoute,
  agreements: (await import('@/app/api/v1/agreements.csv/route')) as OpenDataRoute,
  events: (await import('@/app/api/v1/events.csv/route')) as OpenDataRoute,
  projects: (await import('@/app/api/v1/projects.csv/route')) as OpenDataRoute,
};

let database: TestDatabase;
let editor: Headers;
beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url; // the data layer's own client connects here on first use
  process.env.SITE_URL = 'https://portal.example.org';
  await seedDataset(database.prisma, datasets.kazan);
  editor = await signedInHeaders(database.prisma, { role: 'editor' });
  // Records with Russian text only: their Kazakh export gives it in Russian, marked as a fallback.
  const partner = await database.prisma.partner.create({
    data: {
      slug: 'ru-only-town',
      kind: 'city',
      countryCode: 'KZ',
      publicationStatus: 'published',
      translations: { create: [{ locale: 'ru', name: 'Только по-русски' }] },
    },
  });
  await database.prisma.project.create({
    data: {
      slug: 'ru-only-project',
      themes: ['culture'],
      publicationStatus: 'published',
      translations: { create: [{ locale: 'ru', title: 'Проект по-русски', summary: 'Кратко' }] },
      partners: { create: [{ partnerId: partner.id }] },
    },
  });
});
afterAll(async () => {
  await database.drop();
});

const utf8 = (text: string) => new TextEncoder().encode(text);
/** Windows-1251 bytes of Cyrillic and ASCII text, as Russian Excel saves "CSV (разделители — точка с запятой)". */
const cp1251 = (text: string) =>
  Uint8Array.from(text, (char) => {
    const code = char.codePointAt(0)!;
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    throw new Error(`no 1251 byte for ${char}`);
  });

const run = (kind: ImportOptions['kind'], bytes: Uint8Array, options: Partial<ImportOptions> = {}) =>
  importFile(editor, { kind, bytes, locale: 'ru', publish: false, apply: false, ...options });

function rowsOf(report: ImportReport) {
  if (!report.ok) throw new Error(`refused: ${report.refused.message}`);
  return report;
}

/** Everything an import could write: if none of it moves, nothing was written. */
const footprint = async () => ({
  audit: await database.prisma.auditLog.count(),
  partners: await database.prisma.partner.count(),
  agreements: await database.prisma.agreement.count(),
  events: await database.prisma.event.count(),
  projects: await database.prisma.project.count(),
});

describe('importing a file', () => {
  it('refuses visitors, and writes nothing for them', async () => {
    const before = await footprint();
    const bytes = utf8('slug,name,kind,countryCode\r\nnew-town,Новый город,city,KZ\r\n');
    await expect(importFile(new Headers(), { kind: 'partners', bytes, locale: 'ru', publish: false, apply: true })).rejects.toBeInstanceOf(AccessDenied);
    expect(await footprint()).toEqual(before);
  });

  it('refuses each bad file with a clear error and writes nothing', async () => {
    const before = await footprint();
    const junk = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    const huge = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    const manyRows = utf8('slug;title\r\n' + 'a;b\r\n'.repeat(100_000));
    const wrongHeader = utf8('slug;Название;startDate\r\nforum;Форум;2022\r\n');
    for (const [bytes, code] of [
      [junk, 'not-a-table'],
      [huge, 'too-large'],
      [manyRows, 'too-many-rows'],
      [wrongHeader, 'unknown-column'],
    ] as const) {
      const report = await run('events', bytes, { apply: true });
      expect(report).toMatchObject({ ok: false, refused: { code } });
    }
    expect(await run('events', wrongHeader)).toMatchObject({ ok: false, refused: { detail: { column: 'Название' }, message: 'unknown-column: Название' } });

    const sheet = utils.aoa_to_sheet([
      ['slug', 'name', 'kind', 'countryCode'],
      ['formula-town', 'x', 'city', 'KZ'],
    ]);
    sheet.B2 = { t: 'n', f: 'HYPERLINK("http://evil.example")', v: 3 };
    const formula = new Uint8Array(write(utils.book_new(sheet), { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    expect(rowsOf(await run('partners', formula, { apply: true }))).toMatchObject({
      applied: false,
      rows: [{ outcome: 'error', errors: [{ column: 'name', code: 'formula' }] }],
    });

    const unknownPartner = utf8(
      'slug,title,category,startDate,partnerSlugs\r\nnew-forum,Форум,forum,2022,chengdu;atlantis\r\nfine-forum,Форум 2,forum,2023,chengdu\r\n',
    );
    const report = rowsOf(await run('events', unknownPartner, { apply: true }));
    expect(report.rows.map((r) => [r.outcome, r.errors])).toEqual([
      ['error', [{ column: 'partnerSlugs', code: 'unknownPartner', value: 'atlantis' }]],
      ['create', []],
    ]);
    expect(report).toMatchObject({ applied: false, counts: { create: 1, update: 0, unchanged: 0, errors: 1 } });
    expect(await footprint()).toEqual(before);
  });

  it("re-imports each kind's own export unchanged, in Russian and in Kazakh with its Russian fallbacks", async () => {
    const before = await footprint();
    for (const kind of ['partners', 'agreements', 'events', 'projects'] as const) {
      for (const locale of ['ru', 'kk'] as const) {
        const res = await call(exports[kind], `/api/v1/${kind}.csv?locale=${locale}`);
        const bytes = new Uint8Array(await res.arrayBuffer());
        const report = rowsOf(await run(kind, bytes, { locale, apply: true }));
        expect(
          report.rows.filter((r) => r.outcome !== 'unchanged'),
          `${kind} ${locale}`,
        ).toEqual([]);
        expect(report.counts.unchanged, `${kind} ${locale}`).toBeGreaterThan(0);
      }
    }
    expect(await footprint()).toEqual(before);
  });

  it('reads a Windows-1251 file from Excel with ; and dd.mm.yyyy dates, keeps a year or a month as given, and applies as drafts, audited per record', async () => {
    const file = cp1251(
      'slug;title;category;startDate;endDate;partnerSlugs\r\n' +
        'excel-forum;Форум из Экселя;forum;15.03.2022;17.03.2022;chengdu\r\n' +
        'year-fest;Фестиваль года;culture;2017;;chengdu;shenzhen\r\n' +
        'month-days;Дни месяца;culture;03.2022;;shenzhen\r\n',
    );
    const dry = rowsOf(await run('events', file));
    expect(dry.detected).toEqual({ format: 'csv', encoding: 'windows-1251', separator: ';' });
    expect(dry.rows.map((r) => [r.row, r.key, r.outcome])).toEqual([
      [2, 'excel-forum', 'create'],
      [3, 'year-fest', 'error'],
      [4, 'month-days', 'create'],
    ]);
    // An unquoted ; inside a list splits the row in Excel's own files too: the extra cell has no column.
    const fixed = cp1251(
      'slug;title;category;startDate;endDate;partnerSlugs\r\n' +
        'excel-forum;Форум из Экселя;forum;15.03.2022;17.03.2022;chengdu\r\n' +
        'year-fest;Фестиваль года;culture;2017;;"chengdu;shenzhen"\r\n' +
        'month-days;Дни месяца;culture;03.2022;;shenzhen\r\n',
    );
    const audit = await database.prisma.auditLog.count();
    expect(rowsOf(await run('events', fixed, { apply: true }))).toMatchObject({ applied: true, counts: { create: 3, errors: 0 } });
    const events = await database.prisma.event.findMany({
      where: { slug: { in: ['excel-forum', 'year-fest', 'month-days'] } },
      orderBy: { slug: 'asc' },
      include: { translations: true, partners: { select: { partner: { select: { slug: true } } } } },
    });
    expect(
      events.map((e) => [e.slug, e.startDate.toISOString().slice(0, 10), e.startPrecision, e.endPrecision, e.publicationStatus, e.partners.length]),
    ).toEqual([
      ['excel-forum', '2022-03-15', 'day', 'day', 'draft', 1],
      ['month-days', '2022-03-01', 'month', null, 'draft', 1],
      ['year-fest', '2017-01-01', 'year', null, 'draft', 2],
    ]);
    expect(events.find((e) => e.slug === 'excel-forum')?.translations.map((t) => `${t.locale}:${t.title}`)).toEqual(['ru:Форум из Экселя']);
    const entries = await database.prisma.auditLog.findMany({ where: { id: { gt: 0 } }, orderBy: { id: 'asc' }, skip: audit });
    expect(entries.map((e) => [e.entityType, e.action, e.actorId !== null])).toEqual([
      ['event', 'create', true],
      ['event', 'create', true],
      ['event', 'create', true],
    ]);

    // Re-importing the same file changes nothing; so does applying it.
    const again = await footprint();
    expect(rowsOf(await run('events', fixed, { apply: true }))).toMatchObject({ applied: true, counts: { create: 0, update: 0, unchanged: 3, errors: 0 } });
    expect(await footprint()).toEqual(again);
  });

  it("updates only the columns a row carries, in the import's language, and publishes new records only when asked", async () => {
    const file = utf8('slug,name\r\nchengdu,Чэнду (город)\r\n');
    const before = await database.prisma.partner.findUniqueOrThrow({ where: { slug: 'chengdu' }, include: { translations: true } });
    expect(rowsOf(await run('partners', file, { locale: 'en', apply: true })).counts).toMatchObject({ update: 1 });
    const after = await database.prisma.partner.findUniqueOrThrow({ where: { slug: 'chengdu' }, include: { translations: true } });
    const text = (p: typeof before) => Object.fromEntries(p.translations.map((t) => [t.locale, [t.name, t.regionName, t.about]]));
    expect(text(after)).toEqual({ ...text(before), en: ['Чэнду (город)', ...text(before).en!.slice(1)] });
    expect([after.kind, after.countryCode, after.population, after.publicationStatus, after.version]).toEqual([
      before.kind,
      before.countryCode,
      before.population,
      before.publicationStatus,
      before.version + 1,
    ]);
    // The Russian text's time is kept: only English changed (docs/decisions/041).
    const ru = (p: typeof before) => p.translations.find((t) => t.locale === 'ru')?.textChangedAt.getTime();
    expect(ru(after)).toBe(ru(before));

    const created = utf8('slug,name,kind,countryCode\r\nnew-town,Новый город,city,KZ\r\n');
    expect(rowsOf(await run('partners', created, { apply: true, publish: true })).counts).toMatchObject({ create: 1 });
    expect(await database.prisma.partner.findUniqueOrThrow({ where: { slug: 'new-town' } })).toMatchObject({
      publicationStatus: 'published',
      status: 'active',
    });
    const missing = utf8('slug,name\r\nnameless-town,\r\n');
    expect(rowsOf(await run('partners', missing)).rows[0]?.errors).toEqual(
      expect.arrayContaining([
        { column: 'name', code: 'required' },
        { column: 'kind', code: 'required' },
      ]),
    );
  });

  it('matches agreements by permalink and refuses an unknown one or a trashed record', async () => {
    const agreement = await database.prisma.agreement.findFirstOrThrow({ where: { deletedAt: null }, orderBy: { id: 'asc' } });
    const header = CSV_HEADERS.agreements.filter((c) => ['permalink', 'title'].includes(c)).join(',');
    const file = utf8(`${header}\r\nhttps://portal.example.org/ru/agreements/99999,X\r\nhttps://portal.example.org/kk/agreements/${agreement.id},\r\n`);
    expect(rowsOf(await run('agreements', file)).rows.map((r) => [r.outcome, r.errors[0]?.column, r.errors[0]?.code])).toEqual([
      ['error', 'permalink', 'unknownRecord'],
      ['error', 'title', 'required'],
    ]);
    await database.prisma.partner.update({ where: { slug: 'new-town' }, data: { deletedAt: new Date() } });
    expect(rowsOf(await run('partners', utf8('slug,name\r\nnew-town,Снова\r\n'))).rows[0]?.errors).toEqual([
      { column: 'slug', code: 'inTrash', value: 'new-town' },
    ]);
  });
});

/** `npm run import -- …` against the test database: its output and exit status. */
function command(args: string[]) {
  const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/import.ts', ...args], {
    env: { ...process.env, DATABASE_URL: database.url },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  return new Promise<{ code: number | null; lines: string[] }>((resolve) => child.once('exit', (code) => resolve({ code, lines: stdout.trim().split('\n') })));
}

describe('npm run import', () => {
  it('says what it detected and what each row does, ends with the summary line, and exits 1 on errors or a refused file', async () => {
    await signedInHeaders(database.prisma, { role: 'admin' });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-'));
    const file = (name: string, bytes: Uint8Array) => {
      fs.writeFileSync(path.join(dir, name), bytes);
      return path.join(dir, name);
    };
    const good = file('events.csv', cp1251('slug;title;category;startDate;partnerSlugs\r\ncli-forum;Форум;forum;2019;chengdu\r\n'));
    const dry = await command(['--kind', 'events', good, '--locale', 'kk']);
    // A Kazakh import of a new event has no Russian title, which every record needs.
    expect(dry.lines).toEqual([
      'Detected: CSV, windows-1251, separator ;',
      'row 2 cli-forum: error — title: Міндетті өріс.',
      'create 0, update 0, unchanged 0, errors 1',
    ]);
    expect(dry.code).toBe(1);

    const applied = await command(['--kind', 'events', good, '--apply']);
    expect([applied.code, applied.lines.at(-2), applied.lines.at(-1)]).toEqual([0, 'Applied.', 'create 1, update 0, unchanged 0, errors 0']);
    const entry = await database.prisma.auditLog.findFirstOrThrow({ where: { entityType: 'event' }, orderBy: { id: 'desc' }, include: { actor: true } });
    expect([entry.action, entry.actor?.role]).toEqual(['create', 'admin']);

    const refused = await command([
      '--kind',
      'partners',
      file(
        'junk.csv',
        Uint8Array.from({ length: 512 }, (_, i) => (i * 7919 + 13) % 256),
      ),
      '--locale',
      'en',
    ]);
    expect([refused.code, refused.lines]).toEqual([
      1,
      ['Refused: This is not a CSV or XLSX table. (not-a-table)', 'create 0, update 0, unchanged 0, errors 1'],
    ]);
  });
});
