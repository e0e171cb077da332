import fs from 'node:fs';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '@/scripts/lib/embedded-postgres';
import { deployMigrations } from '@/scripts/lib/migrations';

// TEST_PG_PORT lets two checkouts or developers run the integration tests side by side.
const PORT = Number(process.env.TEST_PG_PORT ?? 54339);
const DATA_DIR = `.data/test-pg-${PORT}`;
export const TEMPLATE_DB = 'portal_template';

// One throwaway PostgreSQL for the whole run (its own data directory and port, so it runs beside
// `npm start`) and one migrated template database; each test file clones the template.
export default async function setup(project: TestProject) {
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  const server = await startEmbeddedPostgres({ dataDir: DATA_DIR, preferredPort: PORT });
  const admin = new pg.Client({ connectionString: server.url('postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await admin.end();
  await deployMigrations(server.url(TEMPLATE_DB));
  project.provide('pgBaseUrl', server.baseUrl);
  return async () => {
    await server.stop();
    fs.rmSync(DATA_DIR, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgBaseUrl: string;
  }
}
