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
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `portal-${name}-`));
  fs.chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as the postgres user, who must be able to enter it
  const port = await freePort(3400);
  const pgPort = await freePort(54369);
  let output = '';
  const launcher = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: '',
      PORTAL_DATA_DIR: dataDir,
      PORT: String(port),
      PGPORT: String(pgPort),
      NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? '.next-test',
      ...env,
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
    base: `http://localhost:${port}`,
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
