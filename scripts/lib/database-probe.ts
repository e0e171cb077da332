// The production server (scripts/server.ts) notices the database going and coming back, so that
// during an outage it answers from copies (scripts/lib/public-copies.ts) and recovers by itself.
// See docs/decisions/015-database-outages.md.
import pg from 'pg';

/**
 * Asks the database `SELECT 1` every `intervalMs`. `isUp()` turns false after two failed checks in
 * a row (one can be this process's own event loop too busy to read the answer in time, as under a
 * benchmark's load) and true again at the first answer.
 */
export function startDatabaseProbe(databaseUrl: string, { intervalMs = 2_000, timeoutMs = 1_500 } = {}) {
  let failures = 0;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  async function check(): Promise<boolean> {
    const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs });
    client.on('error', () => {}); // a connection dropped mid-check is just "down"
    try {
      await client.connect();
      await client.query('SELECT 1');
      failures = 0;
    } catch {
      failures += 1;
    } finally {
      await client.end().catch(() => {});
    }
    return failures < 2;
  }
  const loop = () => {
    if (stopped) return;
    timer = setTimeout(() => void check().finally(loop), intervalMs);
    timer.unref();
  };
  loop();
  return {
    isUp: () => failures < 2,
    check,
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
