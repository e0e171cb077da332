// The production web server: Next.js's request handler behind our own node:http server, so that
// every request gets a request id and one JSON log line with its status and duration (Next has no
// hook that sees both). `npm start` spawns it instead of `next start`; a deployment may run it
// directly: `npm run serve` (node --import tsx scripts/server.ts; PORT, default 3000).
// The configuration is checked before Next is even loaded: a bad variable stops it with one line.
// See docs/decisions/014-production-server-logs-and-backups.md.
import './lib/load-env';
import fs from 'node:fs';
import { createServer } from 'node:http';
import { Server as NetServer } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { floodLimitsFrom, productionConfigProblem, trustedProxies, trustedProxyHops } from '@/lib/config/environment';
import { clientAddress } from '@/lib/http/client-address';
import { RateLimiter } from '@/lib/http/rate-limit';
import { formatLogLine, requestIdFrom, requestLogLine } from '@/lib/logging/request-log';
import { onDatabaseFailure } from '@/lib/outage/database-failure-signal';
import { startDatabaseProbe } from './lib/database-probe';
import { listenForInvalidations } from './lib/shared-invalidations';
import { servedFrom, withPublicCopies } from './lib/public-copies';
import { answeredBeforeNext } from './lib/request-guards';
import { serverReferences } from './lib/server-actions';

const builtServerFiles = z.object({ config: z.record(z.string(), z.unknown()) });

/**
 * Serve with the configuration the build resolved (next.config.ts, NEXT_DIST_DIR included), as
 * Next's own standalone server does, instead of compiling next.config.ts again: that loads Next's
 * native compiler, which alone kept about 68 MB resident for nothing (docs/decisions/019). Without
 * a build, Next loads the file and says that the build is missing.
 */
function serveWithBuiltConfig(distDir: string) {
  const file = path.join(distDir, 'required-server-files.json');
  if (!fs.existsSync(file)) return;
  const { config } = builtServerFiles.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
}

const problem = productionConfigProblem(process.env);
if (problem) {
  process.stderr.write(`${problem}\n`);
  process.exit(1);
}

const port = Number(process.env.PORT ?? 3000);
const trustedHops = trustedProxyHops.parse(process.env.TRUSTED_PROXY_HOPS || undefined);
const proxies = trustedProxies.parse(process.env.TRUSTED_PROXY || undefined);
const limits = floodLimitsFrom(process.env); // docs/decisions/022
const bindAddress = process.env.BIND_ADDRESS || undefined; // all interfaces unless told otherwise (127.0.0.1 behind a local proxy)
const log = (line: Parameters<typeof formatLogLine>[0]) => process.stdout.write(formatLogLine(line));

Object.assign(process.env, { NODE_ENV: 'production' }); // this server only ever serves a production build
// tsx, which runs this file, turns on source maps for the whole process: Node would then parse and
// keep the map of every server chunk Next loads, sources included (77 MB of a 160 MB heap, measured),
// and map every stack trace it formats. The production server's own logs name errors, not frames.
process.setSourceMapsEnabled(false);
serveWithBuiltConfig(process.env.NEXT_DIST_DIR || '.next');
const { default: next } = await import('next');
const app = next({ dev: false, dir: process.cwd(), port, hostname: 'localhost' });
const handle = app.getRequestHandler();
await app.prepare();
const references = serverReferences(process.env.NEXT_DIST_DIR || '.next');
// Current copies of public responses, and while the database is down, pages, are answered in
// front of Next (docs/decisions/015 and 017).
const probe = startDatabaseProbe(process.env.DATABASE_URL ?? '');
// Saves through any instance invalidate this one's caches and copies too (docs/decisions/026).
const invalidations = listenForInvalidations(process.env.DATABASE_URL ?? '');
// Only a request that failed on the database wakes the probe (instrumentation.ts), not any 500.
const stopListening = onDatabaseFailure(() => void probe.check());
// start.ts sets SITE_URL, and production requires it; `npm run serve` elsewhere is on localhost.
const site = new URL(process.env.SITE_URL || `http://localhost:${port}`);
const serve = withPublicCopies((req, res) => handle(req, res), {
  isUp: probe.isUp,
  site,
  renderQueueLimit: limits.renderQueueLimit,
  rateLimiter: limits.rate ? new RateLimiter(limits.rate) : undefined,
});

// Set once the server is told to stop: from then on every response closes its connection.
let stopping = false;

const server = createServer((req, res) => {
  const started = performance.now();
  const requestId = requestIdFrom(req.headers['x-request-id']);
  // Next reads request headers, so instrumentation's onRequestError sees the same id.
  req.headers['x-request-id'] = requestId;
  res.setHeader('X-Request-Id', requestId); // before handle(): Next starts the response inside it
  // The rate limits key on X-Forwarded-For: it must hold the one address we can vouch for, never the client's say.
  const address = clientAddress({
    socketAddress: req.socket.remoteAddress,
    forwardedFor: req.headers['x-forwarded-for'],
    trustedHops,
    trustedProxies: proxies,
  });
  if (address) req.headers['x-forwarded-for'] = address;
  else delete req.headers['x-forwarded-for'];
  // The documented proxy passes Host; a client's own X-Forwarded-Host would name any site.
  delete req.headers['x-forwarded-host'];
  // The status the client received: once a streamed page has sent its headers, Next may still set
  // statusCode to 500 on an error, which never reaches the wire (that error gets its own line).
  let sentStatus: number | undefined;
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => typeof res;
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    sentStatus ??= status;
    // The proxy then sends its next request to another instance instead of down this connection.
    if (stopping) res.setHeader('Connection', 'close');
    return writeHead(status, ...rest);
  }) as typeof res.writeHead;
  res.once('close', () => {
    log(
      requestLogLine({
        requestId,
        method: req.method,
        url: req.url,
        status: sentStatus ?? res.statusCode,
        durationMs: performance.now() - started,
        servedFrom: servedFrom(res),
      }),
    );
  });
  if (answeredBeforeNext(req, res, references)) return;
  serve(req, res).catch((error: unknown) => {
    log({ time: new Date().toISOString(), level: 'error', msg: 'request handler failed', requestId, error: error instanceof Error ? error.name : 'unknown' });
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});

// A response that sends nothing for a minute is a render that will not finish (Next.js has left
// pages open when the database failed mid-render): free the connection rather than hold it.
server.timeout = 60_000;

server.listen(port, bindAddress, () => {
  log({ time: new Date().toISOString(), level: 'info', msg: 'listening', port, distDir: process.env.NEXT_DIST_DIR ?? '.next' });
});

function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  probe.stop();
  stopListening();
  void invalidations.stop();
  log({ time: new Date().toISOString(), level: 'info', msg: 'stopping', signal });
  // No new connections. Each open one ends after the request it carries, answered with
  // `Connection: close`, or, idle, when the client or the keep-alive timeout closes it; whatever is
  // left after a grace period is cut. Not http.Server#close(), which closes idle connections at
  // once: a proxy may be sending a request down one at that moment, and nginx never sends a POST
  // again (docs/decisions/027).
  NetServer.prototype.close.call(server, () => {
    void app.close().finally(() => process.exit(0));
  });
  setTimeout(() => server.closeAllConnections(), 8_000).unref();
}
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
