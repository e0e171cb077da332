import pg from 'pg';
import { newPool } from '@/lib/server/database/pool-config';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

type Holder = { prisma?: PrismaClient; portalPool?: pg.Pool };
type Logged = { query: string; params: string };

/**
 * Puts a Prisma client that reports every query it sends where the data layer's db() keeps its
 * client, and a pool that does the same where it keeps its pool (the statements it sends without
 * Prisma, lib/server/database/sql-rows.ts), so a test sees the SQL the real read functions send
 * (query counts, EXPLAIN).
 */
export function installLoggingClient(url: string, onQuery: (query: Logged) => void): void {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }), log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', (event) => onQuery(event));
  const pool = newPool(url);
  const query = pool.query.bind(pool);
  pool.query = ((config: pg.QueryConfig) => {
    onQuery({ query: config.text, params: JSON.stringify(config.values ?? []) });
    return query(config);
  }) as typeof pool.query;
  Object.assign(globalThis as Holder, { prisma: client, portalPool: pool });
}

export async function removeLoggingClient(): Promise<void> {
  const holder = globalThis as Holder;
  await holder.prisma?.$disconnect();
  await holder.portalPool?.end();
  delete holder.prisma;
  delete holder.portalPool;
}
