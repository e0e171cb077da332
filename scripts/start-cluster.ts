// npm run start:cluster: the production topology on one machine.
//   the database as `npm start` prepares it (embedded PostgreSQL under .data/ with migrations and
//   the first-run demo seed, or a migrated DATABASE_URL), one production build, INSTANCES (default
//   2) production servers from that build, instance i on 127.0.0.1:(PORT + i), and nginx on PORT
//   with deploy/nginx/portal.conf as production uses it (scripts/lib/cluster.ts).
// An instance that exits is started again, as a service manager would: `kill -TERM` one instance
// at a time is a rolling restart. Ctrl-C / SIGTERM stop nginx, then the instances (in-flight
// requests finish), then PostgreSQL. See docs/decisions/027-several-instances-behind-nginx.md.
import './lib/load-env';
import fs from 'node:fs';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import type { EmbeddedPostgres } from './lib/embedded-postgres';
import {
  claimDataDir,
  ensureProductionBuild,
  stopDatabaseAndExit,
  isRunning,
  prepareDatabase,
  sayer,
  stopGroup,
  stopOrphan,
  waitUntilAnswering,
} from './lib/launch';
import { instancePort, isNginxOf, startNginx, writeNginxConfig } from './lib/cluster';
import { SERVER_SCRIPT, serverProcess } from './lib/server-process';
import { productionConfigProblem } from '@/lib/config/environment';

const say = sayer();
const dataDir = path.resolve(process.env.PORTAL_DATA_DIR ?? '.data');
const clusterDir = path.join(dataDir, 'cluster');
const distDir = process.env.NEXT_DIST_DIR ?? '.next';
const port = Number(process.env.PORT ?? 3000);
const instances = Number(process.env.INSTANCES ?? 2);
const RESTART_DELAY_MS = 1_000;

const childEnv: NodeJS.ProcessEnv = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  NODE_ENV: 'production',
  SITE_URL: process.env.SITE_URL ?? `http://localhost:${port}`,
  // One folder for every instance: an upload stored through one is served by all.
  MEDIA_DIR: process.env.MEDIA_DIR ?? path.join(dataDir, 'media'),
  // Only nginx reaches the instances; the visitor's address is the entry nginx appends, believed
  // only on connections from nginx itself (lib/http/client-address.ts).
  BIND_ADDRESS: '127.0.0.1',
  TRUSTED_PROXY_HOPS: process.env.TRUSTED_PROXY_HOPS || '1',
  TRUSTED_PROXY: process.env.TRUSTED_PROXY || '127.0.0.1',
};

const servers = new Map<number, ChildProcess>();
let nginx: ChildProcess | null = null;
let postgres: EmbeddedPostgres | null = null;
let stopping = false;
let releaseDataDir = () => {};
const pidFileOf = (instance: number) => path.join(clusterDir, `instance-${instance}.pid`);
const nginxConf = path.join(clusterDir, 'nginx.conf');

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (isRunning(nginx)) say('stopping nginx');
  await stopGroup(nginx);
  say('stopping the instances');
  await Promise.all([...servers.values()].map((server) => stopGroup(server)));
  for (const instance of servers.keys()) fs.rmSync(pidFileOf(instance), { force: true });
  await stopDatabaseAndExit(postgres, releaseDataDir, say, code);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void shutdown(0));

/** Starts instance `i`; whenever it exits unasked, starts it again. Resolves once it answers. */
async function startInstance(instance: number) {
  const server = serverProcess({ ...childEnv, PORT: String(instancePort(port, instance)) });
  // detached: its own process group, stopped as a whole.
  const child = spawn(server.command, server.args, { env: server.env, stdio: 'inherit', detached: true });
  servers.set(instance, child);
  fs.writeFileSync(pidFileOf(instance), String(child.pid));
  child.once('exit', (code, signal) => {
    if (stopping) return;
    say(`instance ${instance} exited (${code ?? signal}); starting it again`);
    void sleep(RESTART_DELAY_MS).then(async () => {
      if (!stopping) await startInstance(instance);
    });
  });
  await waitUntilAnswering(`http://127.0.0.1:${instancePort(port, instance)}/api/health`, child);
  if (isRunning(child) && !stopping) say(`instance ${instance} serving on 127.0.0.1:${instancePort(port, instance)} (pid ${child.pid})`);
}

try {
  if (!Number.isInteger(instances) || instances < 1 || instances > 16) throw new Error('INSTANCES must be a whole number from 1 to 16');
  const problem = process.env.DATABASE_URL ? productionConfigProblem(process.env) : null;
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
  fs.mkdirSync(clusterDir, { recursive: true });
  releaseDataDir = claimDataDir(dataDir);
  // What a `kill -9` of an earlier launcher left running, whatever INSTANCES it had.
  stopOrphan(path.join(clusterDir, 'nginx.pid'), isNginxOf(nginxConf), say);
  for (const file of fs.readdirSync(clusterDir).filter((name) => /^instance-\d+\.pid$/.test(name)))
    stopOrphan(path.join(clusterDir, file), (cmd) => cmd.some((arg) => arg.endsWith(SERVER_SCRIPT)), say);
  postgres = await prepareDatabase(dataDir, childEnv, say);
  await ensureProductionBuild(distDir, childEnv, say);
  await Promise.all(Array.from({ length: instances }, (_, i) => startInstance(i + 1)));
  if (stopping) throw new Error('stopping');
  const ports = Array.from({ length: instances }, (_, i) => instancePort(port, i + 1));
  nginx = startNginx(writeNginxConfig({ dir: clusterDir, port, instancePorts: ports }));
  nginx.once('exit', (code, signal) => {
    if (!stopping) {
      say(`nginx exited (${code ?? signal}); see ${path.join(clusterDir, 'nginx-error.log')}`);
      void shutdown(1);
    }
  });
  await waitUntilAnswering(`http://localhost:${port}/api/health`, nginx);
  if (isRunning(nginx) && !stopping) {
    say(
      `serving ${childEnv.SITE_URL} through nginx, ${instances} instance(s) on ports ${ports.join(', ')} — data in ${process.env.DATABASE_URL ? 'the DATABASE_URL database' : dataDir}; Ctrl-C stops`,
    );
  }
} catch (error) {
  if (!stopping) console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
}
