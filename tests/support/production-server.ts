import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from '@/scripts/lib/free-port';

export const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(child.exitCode) : child.once('exit', resolve)));

/**
 * The production server as `npm start` runs it (embedded database on a throwaway data folder, the
 * end-to-end tests' build, made once per test run), for tests of what reaches it over HTTP.
 * Several instances on one database: tests/support/cluster.ts.
 */
export async function startProductionServer(name: string, { env = {} }: { env?: Record<string, string> } = {}) {
  const port = await freePort(3400);
  const pgPort = await freePort(54369);
  const { launcher, dataDir, output } = await launchOnThrowawayData(name, 'scripts/start.ts', { PORT: String(port), PGPORT: String(pgPort), ...env });
  return {
    launcher,
    port,
    base: `http://localhost:${port}`,
    /** Everything the launcher and the server wrote so far. */
    output,
    /** Stops it as `npm start` is stopped (SIGTERM); resolves to its exit code. */
    async stop() {
      if (launcher.exitCode === null && launcher.signalCode === null) launcher.kill('SIGTERM');
      const code = await exited(launcher);
      fs.rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}

/**
 * Starts a launcher (`scripts/start.ts` or `scripts/start-cluster.ts`) on a throwaway data folder
 * and the end-to-end tests' build, and resolves once it serves.
 */
export async function launchOnThrowawayData(name: string, script: string, env: Record<string, string>) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `portal-${name}-`));
  fs.chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as the postgres user (and nginx's workers as nobody): they must be able to enter it
  let output = '';
  const launcher = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, DATABASE_URL: '', PORTAL_DATA_DIR: dataDir, NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? '.next-test', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    launcher.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('serving http')) resolve();
    });
    launcher.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    launcher.once('exit', (code) => reject(new Error(`${script} exited (${code}) before serving:\n${output}`)));
  });
  return { launcher, dataDir, output: () => output };
}

export type ProductionServer = Awaited<ReturnType<typeof startProductionServer>>;
