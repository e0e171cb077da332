import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from '@/scripts/lib/free-port';
import { persistentAuthSecret } from '@/scripts/lib/auth-secret';

export const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(child.exitCode) : child.once('exit', resolve)));

/**
 * The production server as `npm start` runs it (embedded database on a throwaway data folder, the
 * end-to-end tests' build, made once per test run), for tests of what reaches it over HTTP.
 * `join`: a second instance of another one, on its database, sessions and media, as a deployment
 * behind a load balancer runs them. `dataset`: the demo data of a new database (shymkent by default).
 */
export async function startProductionServer(name: string, { join, dataset }: { join?: { databaseUrl: string; dataDir: string }; dataset?: string } = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `portal-${name}-`));
  fs.chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as the postgres user, who must be able to enter it
  const port = await freePort(3400);
  const pgPort = await freePort(54369);
  const shared = join && {
    DATABASE_URL: join.databaseUrl,
    AUTH_SECRET: persistentAuthSecret(join.dataDir),
    MEDIA_DIR: path.join(join.dataDir, 'media'),
    SITE_URL: `http://localhost:${port}`,
  };
  let output = '';
  const launcher = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: '',
      PORTAL_DATA_DIR: dataDir,
      PORT: String(port),
      PGPORT: String(pgPort),
      NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? '.next-test',
      ...(dataset && { DEMO_DATASET: dataset }),
      ...shared,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    launcher.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('serving http')) resolve();
    });
    launcher.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    launcher.once('exit', (code) => reject(new Error(`the launcher exited (${code}) before serving:\n${output}`)));
  });
  return {
    launcher,
    port,
    dataDir,
    base: `http://localhost:${port}`,
    databaseUrl: join?.databaseUrl ?? `postgresql://postgres:postgres@127.0.0.1:${pgPort}/portal`,
    /** Everything the launcher and the server wrote so far. */
    output: () => output,
    /** Stops it as `npm start` is stopped (SIGTERM); resolves to its exit code. */
    async stop() {
      if (launcher.exitCode === null && launcher.signalCode === null) launcher.kill('SIGTERM');
      const code = await exited(launcher);
      fs.rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}

export type ProductionServer = Awaited<ReturnType<typeof startProductionServer>>;
