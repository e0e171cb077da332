// The steps `npm start` (scripts/start.ts) and `npm run start:cluster` (scripts/start-cluster.ts)
// share: one launcher per data folder, leftovers of a `kill -9` cleared, the database made ready
// (embedded PostgreSQL with migrations and the first-run demo seed, or a checked DATABASE_URL),
// one production build, and stopping a child's whole process group.
import fs from 'node:fs';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { startEmbeddedPostgres, commandLine, isAlive, type EmbeddedPostgres } from './embedded-postgres';
import { deployMigrations, migrationStatus } from './migrations';
import { ensureBuild } from './build-fingerprint';
import { persistentAuthSecret } from './auth-secret';
import { createPrismaClient } from './prisma';
import { launcherOf } from './launcher-pid';
import { datasets, isDatasetName, seedDataset } from '@/prisma/seed/seed-dataset';

export type Say = (message: string) => void;
export const NEXT_BIN = 'node_modules/.bin/next';

/** "[portal +1.2s] message" lines, timed from the launcher's start. */
export function sayer(): Say {
  const t0 = Date.now();
  return (message) => console.log(`[portal +${((Date.now() - t0) / 1000).toFixed(1)}s] ${message}`);
}

export const isRunning = (child: ChildProcess | null): child is ChildProcess => !!child && child.exitCode === null && child.signalCode === null && !!child.pid;

/** Resolves when the child has exited (at once when it already has). */
const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

const run = (command: string, args: string[], env: NodeJS.ProcessEnv) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: 'inherit' });
    child.once('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${code ?? signal})`))));
  });

/**
 * One launcher per data directory: a second launcher must not mistake the running one's web
 * servers and database for leftovers of a crash. A pid file left by a dead launcher is taken over.
 */
export function claimDataDir(dataDir: string) {
  const pidFile = path.join(dataDir, 'launcher.pid');
  for (;;) {
    try {
      fs.writeFileSync(pidFile, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(pidFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = launcherOf(dataDir);
    if (owner) {
      throw new Error(`The portal is already running from ${dataDir} (pid ${owner}). Stop it first, or set PORTAL_DATA_DIR to another folder.`);
    }
    fs.rmSync(pidFile, { force: true });
  }
}

/**
 * After `kill -9` of a launcher, its web servers and nginx (each its own process group) still hold
 * their ports: stop the one a pid file names, when /proc says it is what `isOurs` expects.
 */
export function stopOrphan(pidFile: string, isOurs: (commandLine: string[]) => boolean, say: Say) {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(pidFile, 'utf8'));
  } catch {
    return;
  }
  if (pid > 0 && isAlive(pid) && isOurs(commandLine(pid))) {
    say(`stopping a process left running by an earlier start (pid ${pid})`);
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
  fs.rmSync(pidFile, { force: true });
}

/** SIGTERM to the child's process group; SIGKILL after `graceMs` if it has not exited. */
export async function stopGroup(child: ChildProcess | null, graceMs = 10_000) {
  if (!isRunning(child)) return;
  const pid = child.pid;
  const gone = exited(child);
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-pid!, name);
    } catch {
      /* already gone */
    }
  };
  signal('SIGTERM');
  if ((await Promise.race([gone.then(() => 'exited'), sleep(graceMs, 'timeout')])) === 'timeout') {
    signal('SIGKILL');
    await gone;
  }
}

/** Resolves once `url` answers (any status), or when the process serving it has exited. */
export async function waitUntilAnswering(url: string, server: ChildProcess) {
  while (isRunning(server)) {
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

/**
 * The database the portal runs on, ready to serve: DATABASE_URL when set (it must be migrated), or
 * the embedded PostgreSQL under `dataDir`, migrated and loaded with the demo data on its first run.
 * Also fills in what the embedded demo supplies itself (DATABASE_URL, AUTH_SECRET) in `childEnv`.
 */
export async function prepareDatabase(dataDir: string, childEnv: NodeJS.ProcessEnv, say: Say): Promise<EmbeddedPostgres | null> {
  if (process.env.DATABASE_URL) {
    await checkExternalDatabase(process.env.DATABASE_URL);
    say('using the database at DATABASE_URL');
    return null;
  }
  const pgDir = path.join(dataDir, 'pg');
  const postgres = await startEmbeddedPostgres({
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
  childEnv.DATABASE_URL = url;
  // Sessions are signed with AUTH_SECRET. The embedded demo keeps its own beside its data; a real
  // database in production must be given one (the app refuses to start signing without it).
  if (!process.env.AUTH_SECRET) childEnv.AUTH_SECRET = persistentAuthSecret(dataDir);
  return postgres;
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
}

/** The end of a launcher's shutdown, once its web servers have stopped: PostgreSQL, the data folder's claim, then exit. */
export async function stopDatabaseAndExit(postgres: EmbeddedPostgres | null, releaseDataDir: () => void, say: Say, code: number): Promise<never> {
  if (postgres) {
    say('stopping PostgreSQL');
    await postgres.stop();
  }
  releaseDataDir();
  say('stopped');
  process.exit(code);
}

/** One production build into `distDir`, made only when the sources changed since the last good one. */
export const ensureProductionBuild = (distDir: string, env: NodeJS.ProcessEnv, say: Say) => ensureBuild(distDir, () => run(NEXT_BIN, ['build'], env), say);
