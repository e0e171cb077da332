import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from '@/scripts/lib/free-port';

export type ProductionServer = {
  base: string;
  /** Everything the launcher printed so far, stdout and stderr. */
  output: () => string;
  /** Stops it as `npm start` is stopped (SIGTERM); resolves to its exit code. */
  stop: () => Promise<number | null>;
};

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(child.exitCode) : child.once('exit', resolve)));

/**
 * The production server as `npm start` runs it: an embedded database of its own in a fresh data
 * folder, the demo data, and the end-to-end tests' build (made once per test run).
 */
export async function startProductionServer(preferredPort: number): Promise<ProductionServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-server-'));
  fs.chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as the postgres user, who must be able to enter it
  const port = await freePort(preferredPort);
  let output = '';
  const launcher = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    env: { ...process.env, DATABASE_URL: '', PORTAL_DATA_DIR: dataDir, PORT: String(port), PGPORT: String(await freePort(preferredPort + 1000)), NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? '.next-test' },
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
    base: `http://localhost:${port}`,
    output: () => output,
    stop: async () => {
      if (launcher.exitCode === null && launcher.signalCode === null) launcher.kill('SIGTERM');
      const code = await exited(launcher);
      fs.rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}
