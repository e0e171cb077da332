// The production server (scripts/server.ts) notices the database going and coming back, so that
// during an outage it answers from copies (scripts/lib/public-copies.ts) and recovers by itself.
// See docs/decisions/015-database-outages.md.
import pg from 'pg';

/**
 * Asks the database `SELECT 1` every `intervalMs`. `isUp()` turns false after two failed checks in
 * a row and true again at the first answer. A stopped database refuses the connection at once; the
 * timeout only matters for one that does not answer at all, and it is long because under heavy
 * load this process's own event loop can take seconds to read an answer that came in time (the
 * benchmark saw 1.5 s trip it and turn thousands of requests into outage answers).
 *
 * One check runs at a time: `check()` while one is under way shares its answer. Each check opens a
 * connection of its own, so a flood of failing requests asking for one each would itself use up
 * PostgreSQL's connections (issue 15 saw "too many clients" after ten seconds of 150 a second).
 */
export function startDatabaseProbe(databaseUrl: string, { intervalMs = 2_000, timeoutMs = 5_000 } = {}) {
  let failures = 0;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let running: Promise<boolean> | undefined;
  async function ask(): Promise<boolean> {
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
  const check = (): Promise<boolean> => (running ??= ask().finally(() => (running = undefined)));
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
