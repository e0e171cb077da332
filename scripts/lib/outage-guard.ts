// While the database is down, the production server (scripts/server.ts) answers page requests
// itself: a public page from the copy it last served whole, anything else with the localized
// "temporarily unavailable" page (503). A probe notices the database going and coming back, so
// the portal recovers by itself. See docs/decisions/015-database-outages.md.
import { gunzipSync, brotliDecompressSync, inflateSync } from 'node:zlib';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import pg from 'pg';
import { outageRoute } from '@/lib/outage/request-kind';
import { SnapshotStore } from '@/lib/outage/snapshots';
import { unavailablePage } from '@/lib/outage/unavailable-page';

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

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

// Headers that belong to one response on one connection, or to one visitor, never to a copy.
const NOT_COPIED = new Set(['set-cookie', 'date', 'content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive', 'x-request-id']);
const PAGE_LIMIT_BYTES = 2 * 1024 * 1024;
const REFRESH_AFTER_MS = 60_000;

function decoded(body: Buffer, encoding: string | undefined): Buffer {
  switch (encoding) {
    case 'gzip': return gunzipSync(body);
    case 'br': return brotliDecompressSync(body);
    case 'deflate': return inflateSync(body);
    default: return body;
  }
}

/**
 * Keeps what the application sends for a public page, and stores it if it is a whole, good page.
 * A failed page (an error status, or Next's empty error document) calls `onFailure` instead.
 */
function captureInto(snapshots: SnapshotStore, key: string, res: ServerResponse, onFailure: () => void) {
  const chunks: Buffer[] = [];
  let size = 0;
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function' || size > PAGE_LIMIT_BYTES) return;
    const buffer = Buffer.isBuffer(chunk) ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk) : Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
    chunks.push(buffer);
    size += buffer.byteLength;
  };
  // Headers may be set one by one or handed to writeHead at once: keep the latter too.
  const passed: OutgoingHttpHeaders = {};
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((...args: unknown[]) => {
    const headers = args.find((arg, index) => index > 0 && typeof arg === 'object' && arg !== null);
    if (headers && !Array.isArray(headers)) for (const [name, value] of Object.entries(headers)) passed[name.toLowerCase()] = value as OutgoingHttpHeaders[string];
    return writeHead(...args);
  }) as ServerResponse['writeHead'];
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.write = ((...args: unknown[]) => {
    keep(args[0], args[1]);
    return write(...args);
  }) as ServerResponse['write'];
  res.end = ((...args: unknown[]) => {
    keep(args[0], args[1]);
    return end(...args);
  }) as ServerResponse['end'];
  res.once('finish', () => {
    const sent: OutgoingHttpHeaders = { ...res.getHeaders(), ...passed };
    const type = String(sent['content-type'] ?? '');
    if (res.statusCode >= 500) onFailure();
    if (res.statusCode !== 200 || !type.startsWith('text/html') || size > PAGE_LIMIT_BYTES) return;
    let body: Buffer;
    try {
      body = decoded(Buffer.concat(chunks), sent['content-encoding']?.toString());
    } catch {
      return;
    }
    // Next.js answers a page whose render failed with an empty error document and status 200.
    if (body.subarray(0, 400).toString().includes('id="__next_error__"')) {
      onFailure();
      return;
    }
    const headers: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(sent)) if (!NOT_COPIED.has(name) && value !== undefined) headers[name] = value;
    snapshots.set(key, { status: 200, headers: headers as Record<string, string | string[]>, body, storedAt: new Date() });
  });
}

function send(req: IncomingMessage, res: ServerResponse, status: number, headers: OutgoingHttpHeaders, body: Buffer | string) {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  res.writeHead(status, { ...headers, 'content-length': bytes.byteLength });
  res.end(req.method === 'HEAD' ? undefined : bytes);
}

/**
 * Wraps the application's request handler. While the database answers, every public page that
 * goes out whole is remembered (at most once a minute per address, within `budgetBytes`); a page
 * that fails calls `onFailure` (the server asks the probe at once rather than at its next turn).
 * While the database does not answer, page requests are answered here, so no visitor waits on a
 * render that cannot finish.
 */
export function guardAgainstOutage(
  handle: Handler,
  { isUp, onFailure = () => {}, budgetBytes = 64 * 1024 * 1024 }: { isUp: () => boolean; onFailure?: () => void; budgetBytes?: number },
): Handler {
  const snapshots = new SnapshotStore(budgetBytes);
  return async (req, res) => {
    const route = outageRoute(req.method, req.url, req.headers);
    if (route.kind === 'pass') return handle(req, res);
    if (isUp()) {
      if (route.kind === 'public-page' && req.method === 'GET' && !snapshots.storedWithin(route.key, REFRESH_AFTER_MS)) captureInto(snapshots, route.key, res, onFailure);
      return handle(req, res);
    }
    const copy = route.kind === 'public-page' ? snapshots.get(route.key) : undefined;
    if (copy) {
      send(req, res, 200, { ...copy.headers, 'cache-control': 'no-store', 'x-served-from': `copy of ${copy.storedAt.toISOString()}` }, copy.body);
      return;
    }
    const page = unavailablePage(route.locale);
    send(req, res, page.status, page.headers, page.body);
  };
}
