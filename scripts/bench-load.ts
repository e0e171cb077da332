// The benchmark's load generator, run by scripts/bench.ts as a second process so that the load
// tool's own work is not timed inside the process that starts and watches the server (on two
// cores it still competes with the server for CPU: the figures say so). One target per run:
//   node --import tsx scripts/bench-load.ts '{"url":"…","connections":50,"duration":10}'
// or with "amount" instead of "duration": that many requests, then stop.
// With "pathsFile" (a JSON list of paths on the url's host), the requests go through them in turn, across all
// connections: each connection going through the list from the start would ask for the same path
// at the same moment as the others.
// prints one JSON line: autocannon's counts plus exact p50/p95/p99 from every response's time.
// Requests carry a browser's Accept-Encoding, so responses are measured as browsers receive them.
import fs from 'node:fs';
import autocannon from 'autocannon';
import { summarizeLatencies } from './lib/bench/latency';

const { url, connections, duration, amount, pathsFile } = JSON.parse(process.argv[2] ?? '{}') as {
  url: string;
  connections: number;
  duration?: number;
  amount?: number;
  pathsFile?: string;
};
const paths = pathsFile ? (JSON.parse(fs.readFileSync(pathsFile, 'utf8')) as string[]) : undefined;
let next = 0;
const requests = paths?.length
  ? [{ path: paths[0] ?? '/', setupRequest: <R extends { path: string }>(request: R): R => ({ ...request, path: paths[next++ % paths.length] ?? '/' }) }]
  : undefined;
const times: number[] = [];
// A browser always offers compression; a copy is sent compressed to those who accept it (docs/decisions/017).
const headers = { 'accept-encoding': 'gzip, deflate, br' };
const instance = autocannon({ url, connections, ...(amount ? { amount } : { duration }), timeout: 30, headers, requests }, (error, result) => {
  if (error) {
    console.error(error.message);
    process.exit(1);
  }
  console.log(
    JSON.stringify({
      requestsPerSecond: result.requests.average,
      requests: result.requests.total,
      durationSeconds: result.duration,
      bytesPerSecond: result.throughput.average,
      latencyMs: summarizeLatencies(times),
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count])),
    }),
  );
});
instance.on('response', (_client, _statusCode, _bytes, responseTime) => times.push(responseTime));
