import 'server-only';
import pg from 'pg';
import type { Prisma } from '@/lib/generated/prisma/client';
import { databasePool } from './pool';

// Columns without a time zone hold UTC, as Prisma reads and writes them; node-postgres would read
// them in the server's own time zone.
const utc = (text: string) => new Date(`${text.replace(' ', 'T')}Z`);
const PARSERS = new Map<number, (text: string) => Date>([
  [pg.types.builtins.DATE, utc],
  [pg.types.builtins.TIMESTAMP, utc],
]);
const types = { getTypeParser: (oid: number, format?: string) => (format !== 'binary' && PARSERS.get(oid)) || pg.types.getTypeParser(oid) };
// And a moment is sent as UTC, which a `::timestamp` cast keeps as it is.
const parameter = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

/**
 * The rows of a statement written in SQL, run on Prisma's pool but not through its client: for the
 * search's statements, which run on every keystroke and are SQL anyway. Prisma's client took about
 * 0.35 ms of server time to send one and read its rows, a seventh of a suggestion's (docs/decisions/053).
 * Dates and moments read and sent as Prisma reads and sends them. A statement given a `name` is
 * prepared under it once per connection, which spares PostgreSQL parsing and analysing its text on
 * every run: a name stands for one text, whatever the values.
 */
export async function sqlRows<Row>(statement: Prisma.Sql, name?: string): Promise<Row[]> {
  const result = await databasePool().query({ name, text: statement.text, values: statement.values.map(parameter), types });
  return result.rows as Row[];
}
