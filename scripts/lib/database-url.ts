/** Scripts run outside Next.js and read DATABASE_URL themselves; the app reads it through lib/server/env.ts. */
export function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set. Set it to a PostgreSQL URL, or use `npm start`, which runs an embedded PostgreSQL.');
  return url;
}
