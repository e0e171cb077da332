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
import type { EmbeddedPostgres } from './lib/embedded-postgres';
import {
  claimDataDir,
  ensureProductionBuild,
  stopDatabaseAndExit,
  NEXT_BIN,
  prepareDatabase,
  sayer,
  stopGroup,
  stopOrphan,
  waitUntilAnswering,
} from './lib/launch';
import { SERVER_SCRIPT, serverProcess } from './lib/server-process';
import { productionConfigProblem } from '@/lib/config/environment';

const dev = process.argv.includes('--dev');
const say = sayer();

const dataDir = path.resolve(process.env.PORTAL_DATA_DIR ?? '.data');
const distDir = process.env.NEXT_DIST_DIR ?? '.next';
const port = Number(process.env.PORT ?? 3000);
const nextPidFile = path.join(dataDir, 'next.pid');

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
let releaseDataDir = () => {};

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (next?.exitCode === null && next.signalCode === null) say('stopping the web server');
  await stopGroup(next);
  fs.rmSync(nextPidFile, { force: true });
  await stopDatabaseAndExit(postgres, releaseDataDir, say, code);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void shutdown(0));

try {
  // An external database means a real deployment: its settings are checked before anything starts.
  // (With the embedded demo the launcher supplies all three itself.)
  const problem = process.env.DATABASE_URL && !dev ? productionConfigProblem(process.env) : null;
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
  fs.mkdirSync(dataDir, { recursive: true });
  releaseDataDir = claimDataDir(dataDir);
  stopOrphan(nextPidFile, (cmd) => (cmd[0] ?? '').startsWith('next-') || cmd.some((arg) => arg.endsWith(SERVER_SCRIPT)), say);
  postgres = await prepareDatabase(dataDir, childEnv, say);
  if (!dev) await ensureProductionBuild(distDir, childEnv, say);
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
