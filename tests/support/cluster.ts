import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '@/scripts/lib/free-port';
import { isAlive, startEmbeddedPostgres, waitUntilGone, type EmbeddedPostgres } from '@/scripts/lib/embedded-postgres';
import { exited, launchOnThrowawayData } from './production-server';

/** Polls `check` every 100 ms until it holds; fails with `what` after `timeoutMs`. */
export async function until(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 30_000) {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(100)) if (await check()) return;
  throw new Error(`timed out waiting for ${what}`);
}

const answers = (url: string) =>
  fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5_000) }).then(
    (response) => response.status,
    () => 0,
  );

/** `count` consecutive ports, all free, from a preferred first one. */
async function freePorts(preferred: number, count: number): Promise<number> {
  for (let first = await freePort(preferred); ; first = await freePort(first + count + 1)) {
    const rest = await Promise.all(Array.from({ length: count - 1 }, (_, i) => freePort(first + i + 1)));
    if (rest.every((port, i) => port === first + i + 1)) return first;
  }
}

/**
 * `npm run start:cluster` on a throwaway data folder and the end-to-end tests' build (made once per
 * test run): embedded PostgreSQL, `instances` production servers and nginx in front. The test can
 * kill or stop an instance (the launcher starts it again), and stop and start PostgreSQL under it.
 */
export async function startCluster(name: string, { instances = 2, env = {} }: { instances?: number; env?: Record<string, string> } = {}) {
  const port = await freePorts(4400, instances + 1);
  const pgPort = await freePort(54389);
  const { launcher, dataDir, output } = await launchOnThrowawayData(name, 'scripts/start-cluster.ts', {
    PORT: String(port),
    PGPORT: String(pgPort),
    INSTANCES: String(instances),
    ...env,
  });

  const pgDir = path.join(dataDir, 'pg');
  const pidOf = (instance: number) => Number(fs.readFileSync(path.join(dataDir, 'cluster', `instance-${instance}.pid`), 'utf8'));
  let restartedPostgres: EmbeddedPostgres | null = null;

  const cluster = {
    port,
    /** nginx, the address visitors use. */
    base: `http://localhost:${port}`,
    instanceBase: (instance: number) => `http://127.0.0.1:${port + instance}`,
    databaseUrl: `postgresql://postgres:postgres@127.0.0.1:${pgPort}/portal`,
    output,
    pidOf,
    /** Signals one instance (SIGKILL: a crash; SIGTERM: a restart); resolves once its successor answers, with how long the old one took to exit. */
    async restartInstance(instance: number, signal: 'SIGKILL' | 'SIGTERM', whileDown: () => Promise<void> = async () => {}) {
      const pid = pidOf(instance);
      const signalled = Date.now();
      process.kill(pid, signal);
      const gone = until(() => waitUntilGone(pid, 100), `instance ${instance} (pid ${pid}) to exit`).then(() => Date.now() - signalled);
      await whileDown();
      const exitMs = await gone;
      await until(
        async () => pidOf(instance) !== pid && (await answers(`${cluster.instanceBase(instance)}/api/health`)) === 200,
        `instance ${instance} to be back`,
        60_000,
      );
      return { exitMs };
    },
    /** Stops PostgreSQL as a crash or a maintenance restart would, under the running instances. */
    async stopDatabase() {
      const postmaster = Number(fs.readFileSync(path.join(pgDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      process.kill(postmaster, 'SIGINT');
      if (!(await waitUntilGone(postmaster, 15_000))) throw new Error('PostgreSQL did not stop');
    },
    async startDatabase() {
      restartedPostgres = await startEmbeddedPostgres({ dataDir: pgDir, preferredPort: pgPort });
      if (restartedPostgres.port !== pgPort) throw new Error(`PostgreSQL came back on port ${restartedPostgres.port}, not ${pgPort}`);
    },
    /** nginx's access log so far (written at most a second late): one line per request, naming the instance that answered. */
    accessLog: () => fs.readFileSync(path.join(dataDir, 'cluster', 'nginx-access.log'), 'utf8'),
    /** nginx's error log so far: why it answered a visitor 502 (an instance refused, reset or closed a connection). */
    errorLog: () => {
      const file = path.join(dataDir, 'cluster', 'nginx-error.log');
      return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    },
    /** Stops it as Ctrl-C does; resolves to the launcher's exit code and the processes of the cluster that outlived it. */
    async stop() {
      // A file may be missing: PostgreSQL left stopped by a test that failed during an outage.
      const firstLine = (file: string) => (fs.existsSync(file) ? Number(fs.readFileSync(file, 'utf8').split('\n')[0]) : 0);
      const pids = [
        ...Array.from({ length: instances }, (_, i) => pidOf(i + 1)),
        firstLine(path.join(dataDir, 'cluster', 'nginx.pid')),
        firstLine(path.join(pgDir, 'postmaster.pid')),
      ].filter((pid) => pid > 0);
      if (launcher.exitCode === null && launcher.signalCode === null) launcher.kill('SIGINT');
      await exited(launcher);
      await restartedPostgres?.stop();
      const leftovers = pids.filter(isAlive);
      fs.rmSync(dataDir, { recursive: true, force: true });
      return { code: launcher.exitCode, leftovers };
    },
  };
  return cluster;
}

export type Cluster = Awaited<ReturnType<typeof startCluster>>;
