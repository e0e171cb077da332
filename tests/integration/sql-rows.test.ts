import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Pool } from 'pg';
import { Prisma } from '@/lib/generated/prisma/client';
import { sqlRows } from '@/lib/server/database/sql-rows';
import { suggestionHits } from '@/lib/server/search/queries';
import { datasets, seedDataset } from '@/prisma/seed/seed-dataset';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const client = vi.hoisted(() => ({ pool: undefined as Pool | undefined }));
vi.mock('@/lib/server/database/pool', () => ({ databasePool: () => client.pool }));

let database: TestDatabase;
const timeZone = process.env.TZ;
beforeAll(async () => {
  database = await createTestDatabase();
  client.pool = database.pool;
  // A server far from Greenwich: node-postgres would read a date there as local midnight.
  process.env.TZ = 'Asia/Almaty';
});
afterAll(async () => {
  process.env.TZ = timeZone;
  await database.drop();
});

describe('sqlRows(), the statements the search sends without Prisma', () => {
  it('reads and sends dates and moments as Prisma does, whatever the server’s time zone', async () => {
    const statement = Prisma.sql`
      SELECT '2011-02-01'::date AS day, '2011-02-01 23:30:00.5'::timestamp AS moment, ${new Date('2020-01-01T00:00:00Z')}::timestamp AS sent,
             '[{"locale":"ru","text":"Шымкент"}]'::json AS texts, 7::int AS number, ARRAY['a', 'b']::text[] && ${['b']}::text[] AS overlaps`;
    const [row] = await sqlRows<Record<string, unknown>>(statement);
    expect(row).toEqual({
      day: new Date('2011-02-01T00:00:00Z'),
      moment: new Date('2011-02-01T23:30:00.500Z'),
      sent: new Date('2020-01-01T00:00:00Z'),
      texts: [{ locale: 'ru', text: 'Шымкент' }],
      number: 7,
      overlaps: true,
    });
    expect(await database.prisma.$queryRaw(statement)).toEqual([row]);
  });
});

describe('the search statements, prepared once per connection', () => {
  it('are still planned for the words typed every time, never with a generic plan', async () => {
    await seedDataset(database.prisma, datasets.shymkent);
    for (let run = 0; run < 8; run++) await suggestionHits('ru', 'Шым');
    const { rows } = await database.pool.query<{ generic: number; custom: number }>(
      `SELECT generic_plans::int AS generic, custom_plans::int AS custom FROM pg_prepared_statements WHERE name = 'suggestions'`,
    );
    expect(rows).toEqual([{ generic: 0, custom: 8 }]);
  });
});
