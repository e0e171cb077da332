import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { newPool } from '@/lib/server/database/pool-config';
import { inject } from 'vitest';
import { createPrismaClient } from '@/scripts/lib/prisma';

/** A fresh database cloned from the migrated template (tens of milliseconds), with a Prisma client on it. */
export async function createTestDatabase(template = 'portal_template') {
  const base = inject('pgBaseUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: `${base}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  const url = `${base}/${name}`;
  const prisma = createPrismaClient(url);
  let pool: pg.Pool | undefined;
  return {
    name,
    url,
    prisma,
    /** A pool on it, for the statements the data layer sends without Prisma (lib/server/database/sql-rows.ts). */
    get pool() {
      return (pool ??= newPool(url));
    },
    /** Creates an empty database (no tables) for tests of migrations themselves. */
    async createEmpty(label: string) {
      const emptyName = `${name}_${label}`;
      await admin.query(`CREATE DATABASE "${emptyName}"`);
      return `${base}/${emptyName}`;
    },
    async drop() {
      await prisma.$disconnect();
      await pool?.end();
      const { rows } = await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${name}%`]);
      for (const { datname } of rows) await admin.query(`DROP DATABASE "${datname}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

export type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>;
