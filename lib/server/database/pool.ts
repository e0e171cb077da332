import 'server-only';
import pg from 'pg';
import { env } from '../env';
import { poolConfig } from './pool-config';

// One pool per server process, shared by Prisma and by the statements read without it
// (./sql-rows.ts); dev's hot reload would otherwise open a new one on every edit.
const shared = globalThis as unknown as { portalPool?: pg.Pool };

/** The server's connections to PostgreSQL. */
export function databasePool(): pg.Pool {
  if (!shared.portalPool) {
    const pool = new pg.Pool(poolConfig(env().DATABASE_URL));
    // An idle connection that fails (the database restarted) belongs to no request: the pool drops it
    // and connects again when next asked. Unheard, the error would stop the process.
    pool.on('error', () => {});
    shared.portalPool = pool;
  }
  return shared.portalPool;
}
