import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { utils, write } from '@e965/xlsx';
import { datasets, seedDataset } from '@/prisma/seed/seed-dataset';
import { importFile } from '@/lib/server/import/import-file';
import { CSV_HEADERS } from '@/lib/open-data/csv';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { signedInHeaders } from '../support/auth';

vi.mock('next/cache', () => ({ cacheLife: () => undefined, cacheTag: () => undefined }));

const ROWS = 5_000;
let database: TestDatabase;
let editor: Headers;
beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  await seedDataset(database.prisma, datasets.kazan);
  editor = await signedInHeaders(database.prisma, { role: 'editor' });
  // Half the file's rows name events that exist (updates), half are new.
  const chengdu = await database.prisma.partner.findUniqueOrThrow({ where: { slug: 'chengdu' } });
  const existing = Array.from({ length: ROWS / 2 }, (_, i) => i);
  await database.prisma.event.createMany({
    data: existing.map((i) => ({
      slug: `bench-${i}`,
      startDate: new Date(Date.UTC(2000 + (i % 25), 0, 1)),
      startPrecision: 'year' as const,
      category: 'culture' as const,
    })),
  });
  const ids = await database.prisma.event.findMany({ where: { slug: { startsWith: 'bench-' } }, select: { id: true } });
  await database.prisma.eventTranslation.createMany({ data: ids.map(({ id }) => ({ eventId: id, locale: 'ru' as const, title: `Событие ${id}` })) });
  await database.prisma.eventPartner.createMany({ data: ids.map(({ id }) => ({ eventId: id, partnerId: chengdu.id })) });
}, 120_000);
afterAll(async () => {
  await database.drop();
});

const header = ['slug', 'title', 'category', 'startDate', 'startPrecision', 'location', 'partnerSlugs'];
const rows = Array.from({ length: ROWS }, (_, i) => [
  `bench-${i}`,
  `Событие номер ${i}: обмен делегациями`,
  i % 2 ? 'culture' : 'forum',
  `${String((i % 28) + 1).padStart(2, '0')}.03.${2000 + (i % 25)}`,
  'day',
  'Шымкент',
  i % 3 ? 'chengdu' : 'chengdu;shenzhen',
]);

/** The time and memory of one dry run, printed for the record (the issue asks for under 10 s on this machine). */
async function measure(label: string, bytes: Uint8Array) {
  globalThis.gc?.();
  const before = process.memoryUsage();
  const started = performance.now();
  const report = await importFile(editor, { kind: 'events', bytes, locale: 'ru', publish: false, apply: false });
  const seconds = (performance.now() - started) / 1000;
  const after = process.memoryUsage();
  const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
  console.log(
    `import dry run, ${ROWS} rows of ${label} (${mb(bytes.length)}): ${seconds.toFixed(2)} s; RSS ${mb(after.rss)} (+${mb(after.rss - before.rss)}), heap used ${mb(after.heapUsed)}`,
  );
  return report;
}

describe(`a dry run of ${ROWS} rows`, () => {
  it('plans every row, CSV or XLSX, and reports its time and memory', async () => {
    expect(header.every((column) => (CSV_HEADERS.events as readonly string[]).includes(column))).toBe(true);
    const csv = new TextEncoder().encode([header, ...rows].map((row) => row.map((cell) => (cell.includes(';') ? `"${cell}"` : cell)).join(';')).join('\r\n'));
    const sheet = utils.aoa_to_sheet([header, ...rows]);
    const xlsx = new Uint8Array(write(utils.book_new(sheet), { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
    for (const [label, bytes] of [
      ['CSV', csv],
      ['XLSX', xlsx],
    ] as const) {
      const report = await measure(label, bytes);
      expect(report).toMatchObject({ ok: true, counts: { create: ROWS / 2, update: ROWS / 2, unchanged: 0, errors: 0 } });
    }
  }, 120_000);
});
