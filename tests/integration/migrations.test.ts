import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMigration, deployMigrations, markRolledBack, migrationStatus, pendingSchemaSql, type MigrationPaths } from '@/scripts/lib/migrations';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const SCHEMA_HEAD = `generator client {\n  provider = "prisma-client"\n  output   = "./generated"\n}\n\ndatasource db {\n  provider = "postgresql"\n}\n`;
const model = (fields: string) => `${SCHEMA_HEAD}\nmodel Note {\n  id Int @id @default(autoincrement())\n${fields}\n}\n`;

let database: TestDatabase;
let scratch: string;
let paths: MigrationPaths;

beforeAll(async () => {
  database = await createTestDatabase();
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
  paths = { schema: path.join(scratch, 'schema.prisma'), migrationsDir: path.join(scratch, 'migrations') };
});
afterAll(async () => {
  await database.drop();
  fs.rmSync(scratch, { recursive: true, force: true });
});

async function tableColumns(url: string, table: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ column_name: string }>(
      'SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position',
      [table],
    );
    return rows.map((r) => r.column_name);
  } finally {
    await client.end();
  }
}

describe('the project schema', () => {
  it('matches the committed migrations (no drift)', async () => {
    expect(await pendingSchemaSql()).toBe('');
  });
});

describe('offline migrations', () => {
  it('creates, detects drift, deploys, reports status and recovers from a failed migration', async () => {
    const url = await database.createEmpty('flow');

    fs.writeFileSync(paths.schema, model('  body String'));
    const first = await createMigration('init', paths, new Date('2026-01-01T00:00:00Z'));
    expect(first).toMatch(/20260101000000_init$/);
    expect(fs.readFileSync(path.join(first as string, 'migration.sql'), 'utf8')).toContain('CREATE TABLE "Note"');
    expect(await createMigration('again', paths)).toBeNull();

    fs.writeFileSync(paths.schema, model('  body String\n  title String?'));
    expect(await pendingSchemaSql(paths)).toContain('ADD COLUMN     "title" TEXT');
    await createMigration('add title', paths, new Date('2026-01-02T00:00:00Z'));
    expect(await pendingSchemaSql(paths)).toBe('');

    expect((await migrationStatus(url, paths)).upToDate).toBe(false);
    expect(await deployMigrations(url, paths)).toEqual(['20260101000000_init', '20260102000000_add_title']);
    expect(await deployMigrations(url, paths)).toEqual([]);
    expect(await tableColumns(url, 'Note')).toEqual(['id', 'body', 'title']);
    expect((await migrationStatus(url, paths)).upToDate).toBe(true);

    // A migration that fails halfway leaves nothing behind and blocks later deploys until resolved.
    const broken = path.join(paths.migrationsDir, '20260103000000_broken');
    fs.mkdirSync(broken);
    fs.writeFileSync(path.join(broken, 'migration.sql'), 'ALTER TABLE "Note" ADD COLUMN "tag" TEXT;\nSELECT no_such_function();\n');
    await expect(deployMigrations(url, paths)).rejects.toThrow(/no_such_function/);
    expect(await tableColumns(url, 'Note')).not.toContain('tag');
    expect((await migrationStatus(url, paths)).failed).toEqual(['20260103000000_broken']);

    await markRolledBack(url, '20260103000000_broken');
    fs.writeFileSync(path.join(broken, 'migration.sql'), 'ALTER TABLE "Note" ADD COLUMN "tag" TEXT;\n');
    expect(await deployMigrations(url, paths)).toEqual(['20260103000000_broken']);
    expect(await tableColumns(url, 'Note')).toContain('tag');
  });

  it('applies a function body with semicolons as one script', async () => {
    const url = await database.createEmpty('fn');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-fn-'));
    const fnPaths = { schema: paths.schema, migrationsDir: dir };
    fs.mkdirSync(path.join(dir, '20260101000000_fn'));
    fs.writeFileSync(
      path.join(dir, '20260101000000_fn', 'migration.sql'),
      `CREATE FUNCTION twice(x INT) RETURNS INT LANGUAGE plpgsql AS $$ BEGIN x := x * 2; RETURN x; END; $$;\n`,
    );
    expect(await deployMigrations(url, fnPaths)).toEqual(['20260101000000_fn']);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    expect((await client.query('SELECT twice(21) AS v')).rows[0].v).toBe(42);
    await client.end();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gives sources stored before they had a language the language of their title', async () => {
    const url = await database.createEmpty('source_language');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-lang-'));
    const upTo = { schema: 'prisma/schema.prisma', migrationsDir: dir };
    const all = fs
      .readdirSync('prisma/migrations')
      .filter((d) => /^\d{14}_/.test(d))
      .sort();
    const copy = (names: string[]) => {
      for (const name of names) fs.cpSync(path.join('prisma/migrations', name), path.join(dir, name), { recursive: true });
    };
    const at = all.findIndex((d) => d.endsWith('_source_language'));
    copy(all.slice(0, at));
    await deployMigrations(url, upTo);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(
        `INSERT INTO "Source" (title) VALUES ('Зарубежные города-побратимы и партнеры'), ('Шымкент қаласының бауырлас қалалары'), ('Sister cities of Kazan')`,
      );
      copy(all.slice(at));
      await deployMigrations(url, upTo);
      const { rows } = await client.query<{ title: string; language: string }>('SELECT title, language FROM "Source" ORDER BY id');
      expect(rows.map((r) => r.language)).toEqual(['ru', 'kk', 'en']);
    } finally {
      await client.end();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('serialises two deploys started at once: each migration is applied once', async () => {
    const url = await database.createEmpty('race');
    const results = await Promise.all([deployMigrations(url), deployMigrations(url)]);
    const applied = results.flat();
    expect(new Set(applied).size).toBe(applied.length);
    expect(applied.length).toBe(fs.readdirSync('prisma/migrations').filter((d) => /^\d{14}_/.test(d)).length);
  });
});
