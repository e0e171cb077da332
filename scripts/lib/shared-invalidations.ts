// Keeps this server instance's record of cache invalidations (lib/cache/invalidations.mjs) in step
// with every other instance's: the database's triggers bump a tag's version in the saving
// transaction and NOTIFY at commit (docs/decisions/026-shared-invalidation.md).
import pg from 'pg';
import { processInvalidations, type Invalidations } from '@/lib/cache/invalidations.mjs';

const CHANNEL = 'cache_invalidation';
/** How the listening and polling connections are named in pg_stat_activity and the server's log. */
const CLIENT_NAME = 'portal cache invalidations';
const versionRow = (tag: string, version: string) => ({ tag, version: BigInt(version) });

/**
 * Listens on one dedicated connection, so a request costs no query. While that connection is lost
 * and the database still answers, it reads the tags' versions itself every `pollMs` instead, and
 * tries to listen again every `retryMs`. Whenever it (re)starts listening it reads them once too,
 * so nothing saved while it was not listening is missed. When the database does not answer, the
 * record stays as it is: the instance serves what it has (docs/decisions/015).
 */
export function listenForInvalidations(
  databaseUrl: string,
  {
    invalidations = processInvalidations(),
    pollMs = 250,
    retryMs = 1_000,
    timeoutMs = 5_000,
  }: { invalidations?: Invalidations; pollMs?: number; retryMs?: number; timeoutMs?: number } = {},
) {
  const seen = new Map<string, bigint>();
  let listener: pg.Client | null = null;
  let listening = false;
  let stopped = false;
  let retryTimer: NodeJS.Timeout | undefined;
  let pollTimer: NodeJS.Timeout | undefined;
  let polling = false;
  const pollPool = new pg.Pool({
    connectionString: databaseUrl,
    max: 1,
    idleTimeoutMillis: 5_000,
    connectionTimeoutMillis: timeoutMs,
    application_name: CLIENT_NAME,
  });
  pollPool.on('error', () => {}); // a dropped idle connection: the next poll opens another

  // A tag counts as invalidated when its version differs from the last one this instance saw (the
  // first time it sees a tag too: an entry may have been cached before the instance listened).
  // Differs, not grew: a database restored from a backup brings older versions back.
  function saw(rows: { tag: string; version: bigint }[]) {
    const changed = rows.filter(({ tag, version }) => {
      const known = seen.get(tag);
      if (known === version) return false;
      seen.set(tag, version);
      return true;
    });
    if (changed.length > 0) invalidations.note(changed.map(({ tag }) => tag));
  }

  async function readVersions(client: pg.Client | pg.Pool) {
    const { rows } = await client.query<{ tag: string; version: string }>('SELECT tag, version::text AS version FROM "CacheTagVersion"');
    saw(rows.map((row) => versionRow(row.tag, row.version)));
  }

  // One loop at a time, reading at once and then every pollMs, until the instance listens again.
  function poll() {
    if (stopped || listening) {
      polling = false;
      return;
    }
    polling = true;
    void readVersions(pollPool)
      .catch(() => {})
      .finally(() => {
        pollTimer = setTimeout(poll, pollMs);
        pollTimer.unref();
      });
  }

  function lost(client: pg.Client) {
    if (client !== listener) return;
    listener = null;
    listening = false;
    client.removeAllListeners('end');
    client.end().catch(() => {});
    if (stopped) return;
    if (!polling) poll();
    retryTimer = setTimeout(() => void listen(), retryMs);
    retryTimer.unref();
  }

  async function listen() {
    if (stopped) return;
    const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: timeoutMs, keepAlive: true, application_name: CLIENT_NAME });
    listener = client;
    client.on('error', () => lost(client));
    client.on('end', () => lost(client));
    client.on('notification', ({ payload = '' }) => {
      const space = payload.indexOf(' ');
      if (space > 0) saw([versionRow(payload.slice(space + 1), payload.slice(0, space))]);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      await readVersions(client); // after LISTEN: a change committed in between arrives either way
      if (client !== listener) return;
      listening = true;
    } catch {
      lost(client);
    }
  }

  const started = listen();
  return {
    /** Resolves after the first attempt to listen, whether it succeeded or not. */
    started,
    listening: () => listening,
    async stop() {
      stopped = true;
      clearTimeout(retryTimer);
      clearTimeout(pollTimer);
      const client = listener;
      listener = null;
      listening = false;
      await Promise.all([client?.end().catch(() => {}), pollPool.end().catch(() => {})]);
    },
  };
}
