import 'server-only';
import pg from 'pg';

/**
 * A pool of connections to PostgreSQL as the server makes them. A statement prepared under a name
 * (./sql-rows.ts) is planned for its values on every run, as an unnamed one always is: after five
 * runs PostgreSQL would otherwise switch to a generic plan, which reads a common word's whole index
 * entry (docs/decisions/051 and 053).
 */
export function newPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    // A database that is down fails a request at once, but one that is unreachable (a dropped route,
    // a firewall) would leave it hanging: give up on a new connection after five seconds.
    connectionTimeoutMillis: 5_000,
    options: '-c plan_cache_mode=force_custom_plan',
  });
  // An idle connection that fails (the database restarted) belongs to no request: the pool drops it
  // and connects again when next asked. Unheard, the error would stop the process.
  pool.on('error', () => {});
  return pool;
}
