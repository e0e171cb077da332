import type pg from 'pg';

/**
 * How the server connects. A statement prepared under a name (./sql-rows.ts) is planned for its
 * values on every run, as an unnamed one always is: after five runs PostgreSQL would otherwise
 * switch to a generic plan, which reads a common word's whole index entry (docs/decisions/051 and 053).
 */
export const poolConfig = (connectionString: string): pg.PoolConfig => ({
  connectionString,
  // A database that is down fails a request at once, but one that is unreachable (a dropped route,
  // a firewall) would leave it hanging: give up on a new connection after five seconds.
  connectionTimeoutMillis: 5_000,
  options: '-c plan_cache_mode=force_custom_plan',
});
