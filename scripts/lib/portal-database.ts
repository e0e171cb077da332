import fs from 'node:fs';
import path from 'node:path';
import { isAlive, startEmbeddedPostgres } from './embedded-postgres';
import { deployMigrations } from './migrations';

export type PortalDatabase = { url: string; close(): Promise<void> };

const EMBEDDED_PASSWORD = 'postgres'; // startEmbeddedPostgres's default; it listens on 127.0.0.1 only

/**
 * The portal's database for a one-off command: DATABASE_URL when set; else the embedded
 * PostgreSQL under PORTAL_DATA_DIR — the one `npm start` is running (found through its
 * postmaster.pid: starting a second server on the same folder would stop the first), or, when
 * none runs, started and migrated for the command and stopped after it.
 */
export async function connectToPortalDatabase(dataDir = process.env.PORTAL_DATA_DIR ?? '.data'): Promise<PortalDatabase> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, close: async () => {} };
  const pgDir = path.resolve(dataDir, 'pg');
  const running = runningPort(pgDir);
  if (running) return { url: `postgresql://postgres:${EMBEDDED_PASSWORD}@127.0.0.1:${running}/portal`, close: async () => {} };
  const server = await startEmbeddedPostgres({ dataDir: pgDir, preferredPort: Number(process.env.PGPORT ?? 54329) });
  await server.ensureDatabase('portal');
  await deployMigrations(server.url('portal'));
  return { url: server.url('portal'), close: () => server.stop() };
}

/** postmaster.pid: line 1 the pid, line 4 the port. */
function runningPort(pgDir: string): number | null {
  try {
    const lines = fs.readFileSync(path.join(pgDir, 'postmaster.pid'), 'utf8').split('\n');
    const pid = Number(lines[0]);
    return pid > 0 && isAlive(pid) ? Number(lines[3]) : null;
  } catch {
    return null;
  }
}
