// npm start (production server) and npm run dev (dev server):
//   DATABASE_URL unset: embedded PostgreSQL under .data/ -> migrations -> demo seed on first run
//   DATABASE_URL set:   that database, which must be migrated (npm run db:migrate); no seeding
//   then `next build` when the sources changed since the last good build, and scripts/server.ts
//   (Next's request handler behind our own HTTP server: one JSON log line per request).
// Ctrl-C / SIGTERM stop the web server first, then PostgreSQL. After a `kill -9` the next start
// clears what was left running. See docs/decisions/003-embedded-postgres-launcher.md.
import './lib/load-env';
import fs from 'node:fs';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { startEmbeddedPostgres, commandLine, isAlive, type EmbeddedPostgres } from './lib/embedded-postgres';
import { deployMigrations, migrationStatus } from './lib/migrations';
import { ensureBuild } from './lib/build-fingerprint';
import { persistentAuthSecret } from './lib/auth-secret';
import { createPrismaClient } from './lib/prisma';
import { launcherOf } from './lib/launcher-pid';
import { SERVER_SCRIPT, serverProcess } from './lib/server-process';
import { productionConfigProblem } from '@/lib/config/environment';
import { datasets, isDatasetName, seedDataset } from '@/prisma/seed/seed-dataset';

const dev = process.argv.includes('--dev');
const t0 = Date.now();
const say = (message: string) => console.log(`[portal +${((Date.now() - t0) / 1000).toFixed(1)}s] ${message}`);

const dataDir = path.resolve(process.env.PORTAL_DATA_DIR ?? '.data');
const distDir = process.env.NEXT_DIST_DIR ?? '.next';
const port = Number(process.env.PORT ?? 3000);
const nextPidFile = path.join(dataDir, 'next.pid');
const launcherPidFile = path.join(dataDir, 'launcher.pid');
const NEXT_BIN = 'node_modules/.bin/next';

const childEnv: NodeJS.ProcessEnv = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  SITE_URL: process.env.SITE_URL ?? `http://localhost:${port}`,
  NODE_ENV: dev ? 'development' : 'production',
  // Uploads live beside the database they belong to (absolute, whatever the server's working directory).
  MEDIA_DIR: process.env.MEDIA_DIR ?? path.join(dataDir, 'media'),
};

let postgres: EmbeddedPostgres | null = null;
let next: ChildProcess | null = null;
let stopping = false;

const run = (command: string, args: string[]) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { env: childEnv, stdio: 'inherit' });
    child.once('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${code ?? signal})`))));
  });

/**
 * One launcher per data directory: a second `npm start` must not mistake the running one's web
 * server and database for leftovers of a crash. A pid file left by a dead launcher is taken over.
 */
function claimDataDir() {
  for (;;) {
    try {
      fs.writeFileSync(launcherPidFile, String(process.pid), { flag: 'wx' });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = launcherOf(dataDir);
    if (owner) {
      throw new Error(`The portal is already running from ${dataDir} (pid ${owner}). Stop it first, or set PORTAL_DATA_DIR to another folder.`);
    }
    fs.rmSync(launcherPidFile, { force: true });
  }
}

/** After `kill -9` of this launcher, next-server (its own process group) still holds the port. */
function stopOrphanNext() {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(nextPidFile, 'utf8'));
  } catch {
    return;
  }
  const cmd = commandLine(pid);
  if (pid > 0 && isAlive(pid) && ((cmd[0] ?? '').startsWith('next-') || cmd.some((arg) => arg.endsWith(SERVER_SCRIPT)))) {
    say(`stopping a web server left running by an earlier start (pid ${pid})`);
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
  }
  fs.rmSync(nextPidFile, { force: true });
}

let ownsDataDir = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (next && next.exitCode === null && next.signalCode === null && next.pid) {
    say('stopping the web server');
    const exited = new Promise((resolve) => next?.once('exit', resolve));
    try {
      process.kill(-next.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
    if ((await Promise.race([exited, sleep(10_000, 'timeout')])) === 'timeout') {
      try {
        process.kill(-next.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
      await exited;
    }
  }
  fs.rmSync(nextPidFile, { force: true });
  if (postgres) {
    say('stopping PostgreSQL');
    await postgres.stop();
  }
  if (ownsDataDir) fs.rmSync(launcherPidFile, { force: true });
  say('stopped');
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void shutdown(0));

async function prepareEmbeddedDatabase(): Promise<string> {
  const pgDir = path.join(dataDir, 'pg');
  postgres = await startEmbeddedPostgres({
    dataDir: pgDir,
    preferredPort: Number(process.env.PGPORT ?? 54329),
    log: process.env.PG_LOG
      ? (line) => console.log(`[pg] ${line}`)
      : (line) => {
          if (/FATAL|PANIC|ERROR/.test(line)) console.error(`[pg] ${line}`);
        },
  });
  say(`PostgreSQL ready on port ${postgres.port}, data in ${pgDir}`);
  await postgres.ensureDatabase('portal');
  const url = postgres.url('portal');
  const applied = await deployMigrations(url);
  say(applied.length ? `applied ${applied.length} migration(s)` : 'database schema is up to date');

  const name = process.env.DEMO_DATASET ?? 'shymkent';
  if (!isDatasetName(name)) throw new Error(`DEMO_DATASET="${name}" is not one of: ${Object.keys(datasets).join(', ')}`);
  const prisma = createPrismaClient(url);
  try {
    const outcome = await seedDataset(prisma, datasets[name]);
    say(outcome.seeded ? `loaded the ${name} demo data (first run)` : 'demo data already loaded');
  } finally {
    await prisma.$disconnect();
  }
  return url;
}

async function checkExternalDatabase(url: string) {
  const status = await migrationStatus(url);
  if (!status.upToDate) {
    const detail = status.failed.length
      ? `failed: ${status.failed.join(', ')}`
      : status.pending.length
        ? `pending: ${status.pending.join(', ')}`
        : 'not migrated';
    throw new Error(`The database at DATABASE_URL is not up to date (${detail}). Run \`npm run db:migrate\` first.`);
  }
  say('using the database at DATABASE_URL');
}

/** Resolves once the web server answers a request (any status), so "serving" is printed when it is true. */
async function waitUntilAnswering(url: string, server: ChildProcess) {
  while (server.exitCode === null && server.signalCode === null) {
    if (
      await fetch(url, { redirect: 'manual' }).then(
        () => true,
        () => false,
      )
    )
      return;
    await sleep(100);
  }
}

try {
  // An external database means a real deployment: its settings are checked before anything starts.
  // (With the embedded demo the launcher supplies all three itself.)
  const problem = process.env.DATABASE_URL && !dev ? productionConfigProblem(process.env) : null;
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
  fs.mkdirSync(dataDir, { recursive: true });
  claimDataDir();
  ownsDataDir = true;
  stopOrphanNext();
  if (process.env.DATABASE_URL) await checkExternalDatabase(process.env.DATABASE_URL);
  else childEnv.DATABASE_URL = await prepareEmbeddedDatabase();
  // Sessions are signed with AUTH_SECRET. The embedded demo keeps its own beside its data; a real
  // database in production must be given one (the app refuses to start signing without it).
  if (!process.env.AUTH_SECRET && !process.env.DATABASE_URL) childEnv.AUTH_SECRET = persistentAuthSecret(dataDir);
  if (!dev) await ensureBuild(distDir, () => run(NEXT_BIN, ['build']), say);
  // detached: its own process group, so we can stop next-server and everything it spawned together.
  const server = serverProcess({ ...childEnv, PORT: String(port) });
  next = dev
    ? spawn(NEXT_BIN, ['dev', '-p', String(port)], { env: childEnv, stdio: 'inherit', detached: true })
    : spawn(server.command, server.args, { env: server.env, stdio: 'inherit', detached: true });
  fs.writeFileSync(nextPidFile, String(next.pid));
  next.once('exit', (code, signal) => {
    if (!stopping) {
      say(`the web server exited (${code ?? signal})`);
      void shutdown(code ?? 1);
    }
  });
  await waitUntilAnswering(`http://localhost:${port}/`, next);
  if (!stopping) say(`serving ${childEnv.SITE_URL} — data in ${process.env.DATABASE_URL ? 'the DATABASE_URL database' : dataDir}; Ctrl-C stops`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
}
