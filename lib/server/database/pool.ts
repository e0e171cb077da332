import 'server-only';
import type pg from 'pg';
import { env } from '../env';
import { newPool } from './pool-config';

// One pool per server process, shared by Prisma and by the statements read without it
// (./sql-rows.ts); dev's hot reload would otherwise open a new one on every edit.
const shared = globalThis as unknown as { portalPool?: pg.Pool };

/** The server's connections to PostgreSQL. */
export function databasePool(): pg.Pool {
  shared.portalPool ??= newPool(env().DATABASE_URL);
  return shared.portalPool;
}
