import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasets, seedDataset } from '@/prisma/seed/seed-dataset';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { createUserWithPassword } from '../support/auth';

// npm run db:backup / db:restore, run as the npm scripts run them, against a real PostgreSQL.
// Every table must hold rows before the backup (the test fills the ones the demo leaves empty), and
// every table is emptied or changed before the restore: a table the backup or the restore skipped
// would then differ, and so would one added to the schema later and not filled here.

let database: TestDatabase;
let work: string;
let mediaDir: string;

type Snapshot = Record<string, { rows: number; md5: string }>;

async function withClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Every base table, its row count and an md5 of its rows (all columns, generated ones too) in a
 * fixed order; not the cache tags' versions, which a restore moves on (docs/decisions/026).
 */
const snapshot = () =>
  withClient(async (client) => {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> 'CacheTagVersion' ORDER BY table_name`,
    );
    const result: Snapshot = {};
    for (const { name } of tables) {
      const {
        rows: [row],
      } = await client.query<{ rows: number; md5: string }>(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5 FROM "${name}" t`,
      );
      result[name] = row!;
    }
    return result;
  });

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    env: { ...process.env, DATABASE_URL: database.url, MEDIA_DIR: mediaDir, PORTAL_DATA_DIR: path.join(work, 'data'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

const mediaFiles = (folder: string) =>
  Object.fromEntries(
    fs
      .readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(folder, file), fs.readFileSync(file, 'utf8')];
      }),
  );

beforeAll(async () => {
  database = await createTestDatabase();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-backup-'));
  mediaDir = path.join(work, 'media');
  fs.mkdirSync(path.join(mediaDir, 'ab'), { recursive: true });
  fs.writeFileSync(path.join(mediaDir, 'ab', 'cd.jpg'), 'a photo of Kazan');

  const { prisma } = database;
  await seedDataset(prisma, datasets.kazan);
  const admin = await createUserWithPassword(prisma, { role: 'admin', email: 'admin@example.org' });
  await prisma.user.update({ where: { id: admin.id }, data: { name: 'Әсел Қожахметова 👩‍💼' } });
  const [first, second] = await prisma.agreement.findMany({ orderBy: { id: 'asc' }, take: 2 });
  const event = await prisma.event.findFirstOrThrow({ orderBy: { id: 'asc' } });
  const source = await prisma.source.create({ data: { title: 'Шымкент — «Қазақстан» ✨ مرحبا 🇰🇿', language: 'kk', publisher: 'Әкімдік' } });
  const media = await prisma.media.create({
    data: {
      kind: 'image',
      mimeType: 'image/jpeg',
      byteSize: 16,
      sha256: 'a'.repeat(64),
      storageKey: 'ab/cd.jpg',
      originalName: 'Қазан 🕌.jpg',
      createdById: admin.id,
    },
  });
  await prisma.mediaTranslation.create({ data: { mediaId: media.id, locale: 'kk', alt: 'Қала көрінісі 🌆', caption: 'Ұлы Жібек жолы' } });
  await prisma.eventPhoto.create({ data: { eventId: event.id, mediaId: media.id } });
  await prisma.eventSource.upsert({
    where: { eventId_sourceId: { eventId: event.id, sourceId: source.id } },
    create: { eventId: event.id, sourceId: source.id },
    update: {},
  });
  await prisma.agreementLink.create({ data: { fromId: second!.id, toId: first!.id, kind: 'amends' } });
  await prisma.agreementStatusChange.create({
    data: { agreementId: first!.id, kind: 'signed', date: new Date('2017-05-06'), precision: 'day', note: 'Қол қойылды 🖋️' },
  });
  // The cooperation register: a project under the first agreement (restored in alphabetical order,
  // its agreement link before its partner: the database checks the pair only at commit), a proposal
  // with its history, and a submission to the open call.
  const project = await prisma.project.create({
    data: {
      slug: 'school-exchange',
      themes: ['education', 'youth'],
      status: 'active',
      startDate: new Date('2019-01-01'),
      startPrecision: 'year',
      translations: { create: { locale: 'kk', title: 'Мектеп алмасуы 🎒', outcomes: 'Оқушылар «Қазан» ✨' } },
      statusHistory: { create: { status: 'active', date: new Date('2019-01-01'), precision: 'year' } },
      partners: { create: { partnerId: first!.partnerId } },
      agreements: { create: { agreementId: first!.id } },
      organizations: { create: { kind: 'school', countryCode: 'CN', translations: { create: { locale: 'ru', name: 'Школа «Кэ Чжуан»', city: 'Шэньчжэнь' } } } },
      sources: { create: { sourceId: source.id } },
      photos: { create: { mediaId: media.id } },
      events: { connect: { id: event.id } },
    },
  });
  const proposal = await prisma.proposal.create({
    data: {
      countryCode: 'CN',
      stage: 'negotiations',
      visibility: 'public',
      translations: { create: { locale: 'ru', partnerName: 'Сямынь', rationale: 'Инициатива 2021 года 🤝' } },
      stages: {
        create: [
          { position: 0, stage: 'initiative', date: new Date('2021-01-01'), precision: 'year' },
          { position: 1, stage: 'negotiations', date: new Date('2021-08-01'), precision: 'month', note: 'Онлайн-встреча' },
        ],
      },
    },
  });
  await prisma.cooperationSubmission.create({
    data: {
      name: 'Ли Вэй',
      organization: project.slug,
      countryCode: 'CN',
      email: 'li@example.cn',
      theme: 'education',
      message: '合作 🙏',
      proposalId: proposal.id,
    },
  });
  await prisma.session.create({ data: { token: 'session-token', userId: admin.id, expiresAt: new Date('2030-01-01'), userAgent: 'test' } });
  await prisma.verification.create({ data: { identifier: 'reset-password:token', value: admin.id, expiresAt: new Date('2030-01-01') } });
  await prisma.rateLimit.create({ data: { key: '127.0.0.1/sign-in/email', count: 3, lastRequest: BigInt(Date.now()) } });
  await prisma.signInThrottle.create({ data: { key: 'account:admin@example.org', failures: 2 } });
  await prisma.openCallThrottle.create({ data: { addressHash: 'hmac-of-an-address', windowStart: new Date(), count: 1 } });
  await prisma.auditLog.create({
    data: {
      actorId: admin.id,
      action: 'update',
      entityType: 'source',
      entityId: String(source.id),
      changes: { title: { from: 'old', to: 'Шымкент — «Қазақстан» ✨ مرحبا 🇰🇿' } },
      requestId: 'req-backup-test',
    },
  });
  // Renamed records keep their former slugs (a trigger writes them), a preview link of the project,
  // and a change waiting for review, applied by an audited save that also restored a version.
  await prisma.partner.update({ where: { id: first!.partnerId }, data: { slug: 'renamed-partner' } });
  await prisma.event.update({ where: { id: event.id }, data: { slug: 'renamed-event' } });
  await prisma.project.update({ where: { id: project.id }, data: { slug: 'school-exchange-2019' } });
  await prisma.previewLink.create({
    data: {
      tokenHash: Buffer.alloc(32, 7),
      kind: 'project',
      recordId: String(project.id),
      version: 1,
      createdById: admin.id,
      expiresAt: new Date('2030-01-01'),
    },
  });
  const review = await prisma.reviewRequest.create({
    data: {
      entityType: 'project',
      entityId: String(project.id),
      form: { slug: 'school-exchange-2019' },
      baseVersion: 1,
      submittedById: admin.id,
      comment: 'Тексеріңіз ✅',
    },
  });
  await prisma.auditLog.create({
    data: {
      actorId: admin.id,
      action: 'update',
      entityType: 'project',
      entityId: String(project.id),
      changes: {},
      reviewRequestId: review.id,
      restoredFrom: 1,
    },
  });
  await prisma.$disconnect(); // the restore refuses to run while anything else is connected
});

afterAll(async () => {
  await database?.drop();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('npm run db:backup and db:restore', () => {
  it('round-trips every table and the media folder exactly', async () => {
    const before = await snapshot();
    const empty = Object.entries(before)
      .filter(([, table]) => table.rows === 0)
      .map(([name]) => name);
    expect(empty, 'every table must hold rows, or skipping it would go unnoticed').toEqual([]);
    expect(Object.keys(before)).toContain('_prisma_migrations');

    const folder = path.join(work, 'backup');
    const backup = await run('scripts/db-backup.ts', [folder]);
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/\[backup\] database: \d+ tables, \d+ rows/);
    expect(fs.existsSync(path.join(folder, 'database.jsonl.gz'))).toBe(true);

    // Damage everything: every table emptied (the migrations table altered instead, since a restore
    // checks it), new rows, a changed and an extra media file.
    await withClient(async (client) => {
      const others = Object.keys(before).filter((name) => name !== '_prisma_migrations');
      await client.query(`TRUNCATE ${others.map((name) => `"${name}"`).join(', ')} RESTART IDENTITY`);
      await client.query(`UPDATE _prisma_migrations SET logs = 'tampered'`);
      await client.query(`INSERT INTO "Source" (title, language) VALUES ('written after the backup', 'en')`);
    });
    fs.writeFileSync(path.join(mediaDir, 'ab', 'cd.jpg'), 'overwritten');
    fs.writeFileSync(path.join(mediaDir, 'extra.png'), 'uploaded after the backup');

    // Refused while something else is connected (a running web server would be).
    const busy = new pg.Client({ connectionString: database.url });
    await busy.connect();
    const refused = await run('scripts/db-restore.ts', [folder]);
    await busy.end();
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split('\n')).toEqual([expect.stringContaining('stop the web server before restoring')]);

    const restored = await run('scripts/db-restore.ts', [folder]);
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    expect(await snapshot()).toEqual(before);
    expect(mediaFiles(mediaDir)).toEqual({ [path.join('ab', 'cd.jpg')]: 'a photo of Kazan' });

    // Sequences came back too: the next row gets a fresh id, not one the restored rows hold.
    const next = await withClient((client) =>
      client.query<{ id: number }>(`INSERT INTO "Source" (title, language) VALUES ('after the restore', 'en') RETURNING id`),
    );
    expect(next.rows[0]!.id).toBeGreaterThan(
      Math.max(
        ...(await withClient((client) => client.query<{ id: number }>('SELECT id FROM "Source" WHERE title <> $1', ['after the restore']))).rows.map(
          (row) => row.id,
        ),
      ),
    );
  });

  it('fails with one clear line on a wrong path, a foreign file or an unreachable database', async () => {
    const missing = await run('scripts/db-restore.ts', [path.join(work, 'no-such-backup')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^\[restore\] failed: .*no-such-backup does not exist$/)]);

    const foreign = path.join(work, 'foreign');
    fs.mkdirSync(foreign);
    fs.writeFileSync(path.join(foreign, 'database.jsonl.gz'), 'not a backup');
    const notBackup = await run('scripts/db-restore.ts', [foreign]);
    expect(notBackup.code).toBe(1);
    expect(notBackup.stderr.trim().split('\n')).toEqual([expect.stringContaining('is not a readable portal backup')]);

    const unreachable = await run('scripts/db-backup.ts', [path.join(work, 'never')], {
      DATABASE_URL: 'postgresql://portal:secret-password@127.0.0.1:1/portal',
    });
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr.trim().split('\n')).toEqual([expect.stringContaining('Cannot reach the database at 127.0.0.1:1/portal')]);
    expect(unreachable.stderr).not.toContain('secret-password');
  });
});
