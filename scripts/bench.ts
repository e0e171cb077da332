// npm run bench: the performance benchmark of issue 7 (a measurement, not a test).
//   1. its own embedded PostgreSQL (BENCH_DATA_DIR, default .data/bench; port BENCH_PG_PORT, 55750)
//      holding the synthetic dataset (scripts/lib/bench/dataset.ts), reloaded only when the
//      generator's version or seed changed — never the demo database;
//   2. the production build in its own folder (NEXT_DIST_DIR, default .next-bench), rebuilt when the
//      sources changed, served by scripts/server.ts as `npm start` does (port BENCH_PORT, 3750);
//   3. autocannon in a second process (scripts/bench-load.ts), one target at a time, against a
//      static file as the ceiling and the pages and API of the issue; then the server's RSS;
//      then the same targets through nginx in front of two instances (deploy/nginx/portal.conf, as
//      `npm run start:cluster` runs it: nginx on BENCH_PORT, the instances on BENCH_PORT + 1, + 2);
//   4. best effort, each on its own: SQL statements per cold page at two data sizes, first-load
//      JavaScript per page (gzip), Lighthouse for the home page and the busiest partner's profile.
// Prints a table and writes bench-results/latest.json. Exits 1 when any request failed or was not
// 2xx, or a target got no response at all within the run. Ctrl-C, SIGTERM and failures stop the
// server and PostgreSQL. See docs/decisions/016-benchmark.md.
import './lib/load-env';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './lib/embedded-postgres';
import { deployMigrations } from './lib/migrations';
import { ensureBuild } from './lib/build-fingerprint';
import { SERVER_SCRIPT, serverProcess } from './lib/server-process';
import { stopGroup, stopOrphan } from './lib/launch';
import { instancePort, isNginxOf, startNginx, writeNginxConfig } from './lib/cluster';
import { generateBenchDataset, FULL_SIZES, BENCH_SEARCH_WORD, type BenchSizes } from './lib/bench/dataset';
import { suggestionPrefixes } from './lib/bench/suggestion-prefixes';
import { benchDatasetMark, loadBenchDataset, readBenchDatasetMark } from './lib/bench/load';
import { CHROMIUM_FLAGS } from './lib/chromium';

const numberFromEnv = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
};
const dataDir = path.resolve(process.env.BENCH_DATA_DIR ?? '.data/bench');
const distDir = process.env.NEXT_DIST_DIR ?? '.next-bench';
const pgPort = numberFromEnv('BENCH_PG_PORT', 55750);
const port = numberFromEnv('BENCH_PORT', 3750);
const duration = numberFromEnv('BENCH_DURATION', 10);
const connections = numberFromEnv('BENCH_CONNECTIONS', 50);
const seed = numberFromEnv('BENCH_SEED', 7);
const resultsFile = path.resolve(process.env.BENCH_RESULTS ?? 'bench-results/latest.json');
const base = `http://127.0.0.1:${port}`;
const clusterDir = path.join(dataDir, 'cluster');
const CLUSTER_INSTANCES = 2;
const serverPidFile = (serverPort: number) => path.join(dataDir, `server-${serverPort}.pid`);
// The query counts compare the full dataset with one a tenth its size (same URLs, same busiest-partner slug).
const SMALL_SIZES: BenchSizes = { partners: 100, agreements: 500, events: 5_000, eventsOfBusiestPartner: 50 };

const t0 = Date.now();
const say = (message: string) => console.log(`[bench +${((Date.now() - t0) / 1000).toFixed(1)}s] ${message}`);

/**
 * `connections` overrides the run's (BENCH_CONNECTIONS) for one target. With `paths`, the load goes
 * through them in turn across all connections (`path` is the one warmed with the others). With
 * `warmEach`, every one of its paths is asked once right before its load, since copies last a minute.
 * With `eachOnce`, nothing is warmed and the load asks each path once, then stops, however long that
 * takes: every answer is a new one (over a fixed time, the paths would come round again from copies).
 */
type Target = {
  name: string;
  path: string;
  kind: 'ceiling' | 'cached page' | 'search' | 'suggestions' | 'api';
  connections?: number;
  paths?: string[];
  warmEach?: boolean;
  eachOnce?: boolean;
};
// The header's search as residents type into it, at the 20 connections of the issue: 1,000 distinct
// prefixes in the texts' languages, once all typed in the last minute (each answered from its copy,
// as a popular prefix is), and 1,000 others that nobody typed before, each asked once (each one
// queries the database).
const suggestionPaths = suggestionPrefixes(generateBenchDataset(seed, FULL_SIZES), 2_000).map(
  ({ q, locale }) => `/api/v1/search?${new URLSearchParams({ q, locale })}`,
);
const suggestionTarget = (name: string, paths: string[], typedBefore: boolean): Target => ({
  name,
  path: paths[0] ?? '',
  paths,
  ...(typedBefore ? { warmEach: true } : { eachOnce: true }),
  kind: 'suggestions',
  connections: 20,
});
const pages: Target[] = [
  { name: 'home', path: '/ru', kind: 'cached page' },
  { name: 'partners list', path: '/ru/partners', kind: 'cached page' },
  { name: 'partner profile (500 events)', path: '/ru/partners/synthetic-partner-0001', kind: 'cached page' },
  { name: 'events page 1', path: '/ru/events', kind: 'cached page' },
  { name: 'events page 100', path: '/ru/events?page=100', kind: 'cached page' },
  { name: 'projects page 1', path: '/ru/projects', kind: 'cached page' },
  { name: 'project page', path: '/ru/projects/synthetic-project-00007', kind: 'cached page' },
  { name: 'search', path: `/ru/search?q=${encodeURIComponent(BENCH_SEARCH_WORD)}`, kind: 'search' },
  suggestionTarget('suggestions, 1,000 prefixes typed before', suggestionPaths.slice(0, 1_000), true),
  suggestionTarget('suggestions, 1,000 new prefixes', suggestionPaths.slice(1_000), false),
  { name: 'agreements API page 2', path: '/api/v1/agreements?page=2', kind: 'api' },
  { name: 'events CSV', path: '/api/v1/events.csv', kind: 'api' },
];
const TARGETS = {
  ceilingRatio: 0.5,
  pageP95Ms: 100,
  searchP95Ms: 250,
  suggestionsP95Ms: 100,
  firstLoadJsKb: 110,
  lighthousePerformance: 95,
  lighthouseAccessibility: 100,
  rssMb: 400,
};

let postgres: EmbeddedPostgres | null = null;
let servers: ChildProcess[] = [];
let nginx: ChildProcess | null = null;
let loadProcess: ChildProcess | null = null;
/** While set, PostgreSQL's log lines are collected here (the statement counts); otherwise only errors print. */
let pgLog: string[] | null = null;
let stopping = false;

/** Stops nginx, then every server (the one measured alone, or the cluster's instances). */
async function stopServers() {
  const stopped = servers;
  servers = [];
  await stopGroup(nginx);
  nginx = null;
  await Promise.all(stopped.map((child) => stopGroup(child)));
  for (const file of fs.readdirSync(dataDir).filter((name) => /^server-\d+\.pid$/.test(name))) fs.rmSync(path.join(dataDir, file), { force: true });
}

async function cleanUp() {
  restoreTsconfig();
  if (loadProcess?.exitCode === null) loadProcess.kill('SIGKILL');
  await stopServers();
  if (postgres) {
    await resetStatementLogging().catch(() => {});
    await postgres.stop();
    postgres = null;
  }
}

// Once: the signal handler and the main flow's `finally` may both get here.
let cleaning: Promise<void> | null = null;
const cleanUpOnce = () => (cleaning ??= cleanUp());
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping the server and PostgreSQL`);
    void cleanUpOnce().finally(() => process.exit(130));
  });
}

/** After a `kill -9` of an earlier run its servers and nginx (own process groups) still hold their ports. */
function stopOrphanServers() {
  for (const file of fs.readdirSync(dataDir).filter((name) => /^server-\d+\.pid$/.test(name)))
    stopOrphan(path.join(dataDir, file), (cmd) => cmd.some((arg) => arg.endsWith(SERVER_SCRIPT)), say);
  stopOrphan(path.join(clusterDir, 'nginx.pid'), isNginxOf(path.join(clusterDir, 'nginx.conf')), say);
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A migrated database holding the dataset of `sizes`: reused when its mark matches, else dropped and reloaded. */
async function prepareDatabase(pgServer: EmbeddedPostgres, name: string, sizes: BenchSizes): Promise<string> {
  const url = pgServer.url(name);
  const mark = benchDatasetMark(seed, sizes);
  await pgServer.ensureDatabase(name);
  if ((await readBenchDatasetMark(url)) === mark) {
    await deployMigrations(url);
    say(`${name}: synthetic dataset already loaded (${mark})`);
    return url;
  }
  await withClient(pgServer.url('postgres'), async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  });
  await deployMigrations(url);
  const started = Date.now();
  const data = generateBenchDataset(seed, sizes);
  const generated = Date.now();
  await loadBenchDataset(url, data, mark);
  say(`${name}: generated in ${((generated - started) / 1000).toFixed(1)} s, loaded in ${((Date.now() - generated) / 1000).toFixed(1)} s (${mark})`);
  return url;
}

/**
 * `next build` into our folder. Next adds that folder's types to tsconfig.json's include; the file is
 * put back as it was, or the build fingerprint (which covers tsconfig.json) would change every run.
 */
let tsconfigBeforeBuild: string | null = null;
const restoreTsconfig = () => {
  if (tsconfigBeforeBuild !== null) fs.writeFileSync('tsconfig.json', tsconfigBeforeBuild);
  tsconfigBeforeBuild = null;
};
async function buildInto() {
  tsconfigBeforeBuild = fs.readFileSync('tsconfig.json', 'utf8');
  try {
    await new Promise<void>((resolve, reject) => {
      const build = spawn('node_modules/.bin/next', ['build'], {
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: distDir },
        stdio: 'inherit',
      });
      build.once('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`next build failed (${code ?? signal})`))));
    });
  } finally {
    restoreTsconfig();
  }
}

const authSecret = crypto.randomBytes(32).toString('base64url');

/** A production server on `serverPort`: the benchmark's port, or one of the cluster's instances behind nginx on it. */
async function startServer(databaseUrl: string, serverPort = port) {
  // After Ctrl-C the main flow may still be running towards its next step: start nothing new.
  if (stopping) throw new Error('stopping');
  const logFile = fs.openSync(path.join(dataDir, 'server.log'), 'a');
  // detached: its own process group, stopped as a whole (as start.ts does). Its JSON request log goes
  // to a file, as a deployment's would go to a collector, not through a pipe this process must drain.
  const started = serverProcess({
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: authSecret,
    SITE_URL: base, // the address Lighthouse loads: a canonical link to another host fails its SEO audit
    NEXT_DIST_DIR: distDir,
    PORT: String(serverPort),
    BIND_ADDRESS: '127.0.0.1',
    TRUSTED_PROXY_HOPS: serverPort === port ? '0' : '1',
    MEDIA_DIR: path.join(dataDir, 'media'),
    // The benchmark floods search and the API from one address and 50 connections on purpose: it
    // measures throughput, so the per-address limit is off and every connection may wait for a
    // render (docs/decisions/022).
    RATE_LIMIT_PER_SECOND: '0',
    RENDER_QUEUE_LIMIT: '100000',
  });
  const child = spawn(started.command, started.args, { env: started.env, stdio: ['ignore', logFile, logFile], detached: true });
  fs.closeSync(logFile);
  servers.push(child);
  fs.writeFileSync(serverPidFile(serverPort), String(child.pid));
  for (const end = Date.now() + 120_000; Date.now() < end; await sleep(100)) {
    if (stopping) throw new Error('stopping');
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`the server exited (${child.exitCode ?? child.signalCode}); see ${path.join(dataDir, 'server.log')}`);
    if (
      await fetch(`http://127.0.0.1:${serverPort}/api/health`).then(
        () => true,
        () => false,
      )
    )
      return child;
  }
  throw new Error('the server did not answer within 2 minutes');
}

async function get(url: string) {
  const response = await fetch(url, { redirect: 'manual' });
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status < 200 || response.status > 299) throw new Error(`${url} answered ${response.status}: ${body.toString('utf8', 0, 300)}`);
  return body;
}

/**
 * A 503 from the outage guard (docs/decisions/015) while the database is up means its probe timed
 * out behind a busy event loop (a first render loads the route's modules synchronously). Before the
 * load starts, the harness waits for the probe's next turn and asks again, and counts how often.
 */
const guard503s: Record<string, number> = {};
async function getOnceUp(url: string, beforeEachTry: () => void = () => {}) {
  for (let attempt = 1; ; attempt++) {
    beforeEachTry();
    try {
      return await get(url);
    } catch (error) {
      if (attempt >= 5 || !(error instanceof Error) || !/ answered 503:/.test(error.message)) throw error;
      const key = new URL(url).pathname + new URL(url).search;
      guard503s[key] = (guard503s[key] ?? 0) + 1;
      await sleep(2_500);
    }
  }
}

/** The smallest JavaScript file the home page loads: a plain file from the build, no render, no database. */
async function staticCeiling(): Promise<Target> {
  const html = (await getOnceUp(`${base}/ru`)).toString();
  const sizes = await Promise.all(scriptSources(html).map(async (src) => ({ src, bytes: (await get(new URL(src, base).href)).length })));
  const smallest = sizes.sort((a, b) => a.bytes - b.bytes)[0];
  if (!smallest) throw new Error('the home page loads no script to use as the static ceiling');
  return { name: `static file (${smallest.bytes} B chunk)`, path: new URL(smallest.src, base).pathname, kind: 'ceiling' };
}

function scriptSources(html: string): string[] {
  return [...new Set([...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&')))];
}

type LoadResult = {
  requestsPerSecond: number;
  requests: number;
  durationSeconds: number;
  bytesPerSecond: number;
  latencyMs: { p50: number | null; p95: number | null; p99: number | null; max: number | null };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
};

/** Two instances from the same build and database, behind nginx with the production file. */
async function startCluster(databaseUrl: string) {
  const ports = Array.from({ length: CLUSTER_INSTANCES }, (_, i) => instancePort(port, i + 1));
  for (const instance of ports) await startServer(databaseUrl, instance);
  // No access log: the instances' own request log says who answered, as for the single server.
  nginx = startNginx(writeNginxConfig({ dir: clusterDir, port, instancePorts: ports, accessLog: false }));
  for (const end = Date.now() + 30_000; Date.now() < end; await sleep(100)) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited (${nginx.exitCode}); see ${path.join(clusterDir, 'nginx-error.log')}`);
    if (
      (await fetch(`${base}/api/health`).then(
        (r) => r.status,
        () => 0,
      )) === 200
    )
      return ports;
  }
  throw new Error('nginx did not answer within 30 s');
}

/** A target's paths in a file for the load process: a thousand of them are too long for its command line. */
function pathsFile(target: Target): string | undefined {
  if (!target.paths) return undefined;
  const file = path.join(dataDir, `paths-${crypto.createHash('sha256').update(target.name).digest('hex').slice(0, 12)}.json`);
  fs.writeFileSync(file, JSON.stringify(target.paths));
  return file;
}

function runLoad(target: Target, url = base): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/bench-load.ts',
        JSON.stringify({
          url: url + target.path,
          pathsFile: pathsFile(target),
          connections: target.connections ?? connections,
          ...(target.eachOnce ? { amount: target.paths?.length } : { duration }),
        }),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    loadProcess = child;
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code, signal) => {
      loadProcess = null;
      if (code !== 0) reject(new Error(`the load process for ${target.name} failed (${code ?? signal})`));
      else resolve(JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as LoadResult);
    });
  });
}

/**
 * When autocannon stops, the requests it had in flight keep the server busy (a slow page under 50
 * connections can take minutes to finish them). The next target is measured only once the static
 * file answers quickly three times in a row again; how long that took is reported.
 */
async function waitUntilIdle(staticPath: string, url = base): Promise<number | null> {
  const started = Date.now();
  for (let quick = 0; quick < 3;) {
    if (Date.now() - started > 600_000) return null;
    const t = performance.now();
    // A starved server may answer 408 (it could not read the request in time) or not at all: not idle yet.
    const ok = await fetch(url + staticPath, { signal: AbortSignal.timeout(30_000) }).then(
      async (r) => (await r.arrayBuffer(), r.ok),
      () => false,
    );
    quick = ok && performance.now() - t < 25 ? quick + 1 : 0;
    await sleep(100);
  }
  return Math.round((Date.now() - started) / 100) / 10;
}

/** The server's resident memory: its own process and the whole process group it leads, in MB. */
function serverRss(pid: number): { serverMb: number; processGroupMb: number } {
  const rssKb = (p: number) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
  let group = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Fields after "(comm)": state, ppid, pgrp.
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]) === pid) group += rssKb(Number(entry));
    } catch {
      /* the process ended meanwhile */
    }
  }
  return { serverMb: Math.round(rssKb(pid) / 102.4) / 10, processGroupMb: Math.round(group / 102.4) / 10 };
}

// ---- SQL statements per page (PostgreSQL's own statement log, switched on with ALTER SYSTEM) ----

async function setStatementLogging(on: boolean) {
  if (!postgres) return;
  await withClient(postgres.url('postgres'), async (client) => {
    await client.query(on ? "ALTER SYSTEM SET log_statement = 'all'" : 'ALTER SYSTEM RESET log_statement');
    await client.query('SELECT pg_reload_conf()');
  });
  await sleep(300); // every backend reads the reloaded setting before its next statement
}
const resetStatementLogging = () => setStatementLogging(false);

/** Statements the application sent, from log lines like `… LOG:  execute <unnamed>: SELECT …`; the outage probe's `SELECT 1` is not the page's. */
function countStatements(lines: string[]): number {
  return lines.filter((line) => /\bLOG:\s+(statement|execute [^:]*):\s/.test(line) && !/:\s+SELECT 1\s*$/.test(line)).length;
}

/** One cold request per page, each on a freshly started server (nothing in Next's cache yet). */
async function statementsPerPage(databaseUrl: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const page of pages) {
    await startServer(databaseUrl);
    await setStatementLogging(true);
    await getOnceUp(base + page.path, () => (pgLog = []));
    await sleep(500); // the last log lines arrive after the response
    counts[page.name] = countStatements(pgLog ?? []);
    pgLog = null;
    await setStatementLogging(false);
    await stopServers();
  }
  return counts;
}

/**
 * The script files a page makes the browser download, gzip. A `noModule` script (Next's polyfills)
 * is fetched only by browsers without ES modules, which no supported browser is: reported apart.
 */
async function firstLoadJavaScript(): Promise<Record<string, { scripts: number; gzipKb: number; noModuleGzipKb: number }>> {
  const result: Record<string, { scripts: number; gzipKb: number; noModuleGzipKb: number }> = {};
  const cache = new Map<string, number>();
  const gzipped = async (src: string) => {
    const url = new URL(src, base).href;
    if (!cache.has(url)) cache.set(url, zlib.gzipSync(await get(url)).length);
    return cache.get(url) ?? 0;
  };
  const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
  for (const page of pages.filter((p) => p.kind !== 'api' && p.kind !== 'suggestions')) {
    const html = (await getOnceUp(base + page.path)).toString();
    const noModule = new Set(
      [...html.matchAll(/<script\b[^>]*\bnoModule\b[^>]*\bsrc="([^"]+)"|<script\b[^>]*\bsrc="([^"]+)"[^>]*\bnoModule\b/gi)].map((m) =>
        (m[1] ?? m[2] ?? '').replace(/&amp;/g, '&'),
      ),
    );
    const sources = scriptSources(html).filter((src) => !noModule.has(src));
    let bytes = 0;
    for (const src of sources) bytes += await gzipped(src);
    let legacy = 0;
    for (const src of noModule) legacy += await gzipped(src);
    result[page.name] = { scripts: sources.length, gzipKb: kb(bytes), noModuleGzipKb: kb(legacy) };
  }
  return result;
}

type Scores = { performance: number | null; accessibility: number | null; bestPractices: number | null; seo: number | null };

/** Lighthouse's default (mobile, simulated throttling) in Debian's chromium, with the end-to-end tests' flags. */
async function lighthouseScores(): Promise<Record<string, Scores>> {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: CHROMIUM_FLAGS,
  });
  try {
    const scores: Record<string, Scores> = {};
    for (const page of pages.filter((p) => p.name === 'home' || p.name.startsWith('partner profile'))) {
      const run = await lighthouse(base + page.path, {
        port: chrome.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const category = (id: string) => {
        const score = run?.lhr.categories[id]?.score;
        return typeof score === 'number' ? Math.round(score * 100) : null;
      };
      scores[page.name] = {
        performance: category('performance'),
        accessibility: category('accessibility'),
        bestPractices: category('best-practices'),
        seo: category('seo'),
      };
    }
    return scores;
  } finally {
    chrome.kill();
  }
}

/** A best-effort part: its failure is recorded, and the other parts still run. */
async function attempt<T>(name: string, work: () => Promise<T>): Promise<T | { failed: string }> {
  say(`${name}…`);
  try {
    return await work();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    say(`${name} failed: ${message}`);
    return { failed: message };
  }
}

type AnsweredBy = Record<'application' | 'copy' | 'outage copy', number>;
type Row = { target: Target; result: LoadResult; ratio: number | null; met: boolean | null; why: string; drainSeconds: number | null; answeredBy: AnsweredBy };

/**
 * Who answered the target's requests, from the server's request log written since `offset`: the
 * application, a current copy (docs/decisions/017), or an outage copy. The last must never happen
 * while the database is up: it would measure a copy instead of the page.
 */
function answeredBy(target: Target, offset: number): AnsweredBy {
  const counts: AnsweredBy = { application: 0, copy: 0, 'outage copy': 0 };
  const targetPath = target.path.split('?')[0];
  const log = fs.readFileSync(path.join(dataDir, 'server.log')).subarray(offset).toString('utf8');
  for (const line of log.split('\n')) {
    if (!line.startsWith('{')) continue;
    const entry = JSON.parse(line) as { msg?: string; path?: string; servedFrom?: keyof AnsweredBy };
    if (entry.msg === 'request' && entry.path === targetPath) counts[entry.servedFrom ?? 'application'] += 1;
  }
  return counts;
}
const serverLogSize = () => fs.statSync(path.join(dataDir, 'server.log')).size;

function judge(target: Target, result: LoadResult, ceiling: number): Omit<Row, 'drainSeconds' | 'answeredBy'> {
  const ratio = target.kind === 'ceiling' ? null : result.requestsPerSecond / ceiling;
  const p95 = result.latencyMs.p95 ?? Infinity;
  if (target.kind === 'cached page') {
    const misses = [
      ratio !== null && ratio < TARGETS.ceilingRatio ? `ratio < ${TARGETS.ceilingRatio}` : '',
      p95 >= TARGETS.pageP95Ms ? `p95 ≥ ${TARGETS.pageP95Ms} ms` : '',
    ].filter(Boolean);
    return { target, result, ratio, met: !misses.length, why: misses.join(', ') };
  }
  if (target.kind === 'search' || target.kind === 'suggestions') {
    const limit = target.kind === 'search' ? TARGETS.searchP95Ms : TARGETS.suggestionsP95Ms;
    return { target, result, ratio, met: p95 < limit, why: p95 < limit ? '' : `p95 ≥ ${limit} ms` };
  }
  return { target, result, ratio, met: null, why: 'no target in the issue' };
}

/** A target as the results file keeps it: the number of its paths, not the list. */
const targetFields = ({ paths, warmEach: _, eachOnce: __, ...target }: Target) => ({ ...target, ...(paths && { distinctPaths: paths.length }) });

/** The cluster's req/s for a target over one instance's for the same target in the same run. */
const oneInstanceRatio = (target: Target, result: LoadResult, single: Row[]) => {
  const alone = single.find((row) => row.target.name === target.name)?.result.requestsPerSecond;
  return alone ? result.requestsPerSecond / alone : null;
};

/** With `single`, a column compares each target's req/s with one instance's (the cluster's table). */
function printTable(rows: Row[], single?: Row[]) {
  const header = [
    'target',
    'req/s',
    ...(single ? ['× one'] : []),
    'ratio',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'errors',
    'non-2xx',
    'from copy',
    'drain s',
    'target met?',
  ];
  const body = rows.map(({ target, result, ratio, met, why, drainSeconds, answeredBy: by }) => [
    target.name,
    result.requestsPerSecond.toFixed(1),
    ...(single ? [oneInstanceRatio(target, result, single)?.toFixed(2) ?? '—'] : []),
    ratio === null ? '1 (ceiling)' : ratio.toFixed(3),
    String(result.latencyMs.p50 ?? '—'),
    String(result.latencyMs.p95 ?? '—'),
    String(result.latencyMs.p99 ?? '—'),
    String(result.errors),
    String(result.non2xx),
    `${Math.round((100 * by.copy) / Math.max(1, by.copy + by.application))}%`,
    drainSeconds === null ? '> 600' : String(drainSeconds),
    met === null ? '—' : met ? 'yes' : `NO (${why})`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${body.map(line).join('\n')}\n`);
}

let exitCode = 0;
try {
  fs.mkdirSync(dataDir, { recursive: true });
  stopOrphanServers();
  fs.rmSync(path.join(dataDir, 'server.log'), { force: true }); // this run's server log only
  postgres = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, 'pg'),
    preferredPort: pgPort,
    log: (text) => {
      if (pgLog) pgLog.push(...text.split('\n'));
      else if (/FATAL|PANIC|ERROR/.test(text)) console.error(`[pg] ${text}`);
    },
  });
  say(`PostgreSQL on port ${postgres.port}, data in ${path.join(dataDir, 'pg')}`);
  await resetStatementLogging(); // a run killed mid-count may have left it on
  const fullUrl = await prepareDatabase(postgres, 'bench', FULL_SIZES);
  const smallUrl = await prepareDatabase(postgres, 'bench_small', SMALL_SIZES);
  await ensureBuild(distDir, buildInto, say);

  const statements = await attempt('SQL statements per cold page at two data sizes', async () => {
    const small = await statementsPerPage(smallUrl);
    const full = await statementsPerPage(fullUrl);
    return Object.fromEntries(pages.map((p) => [p.name, { small: small[p.name], full: full[p.name], constant: small[p.name] === full[p.name] }]));
  });

  const child = await startServer(fullUrl);
  say(`server on ${base} (pid ${child.pid}), ${connections} connections, ${duration} s per target`);
  const ceilingTarget = await staticCeiling();
  // Search renders every request, so at 50 connections its latency is mostly the queue: it is
  // also measured with a few visitors at a time, which shows one search's own time.
  const targets = [
    ceilingTarget,
    ...pages.flatMap((page) => (page.kind === 'search' ? [page, { ...page, name: 'search, 5 connections', connections: 5 }] : [page])),
  ];
  /** Every target in turn against `url` (`servedBy` servers behind it), each warmed first and measured once the server is idle again. */
  const measure = async (url: string, servedBy = 1): Promise<Row[]> => {
    // Warm: the first request fills the caches. Behind nginx, one per instance (round robin).
    for (const target of targets.filter((t) => !t.eachOnce)) for (let i = 0; i < servedBy; i++) await getOnceUp(url + target.path);
    const rows: Row[] = [];
    let ceiling = 0;
    for (const target of targets) {
      if (target.warmEach) for (const path of target.paths ?? []) for (let i = 0; i < servedBy; i++) await getOnceUp(url + path);
      say(`load: ${target.name} (${url}${target.path})`);
      const logOffset = serverLogSize();
      const result = await runLoad(target, url);
      if (target.kind === 'ceiling') ceiling = result.requestsPerSecond;
      // Said at once, so a run stopped halfway still shows what it measured.
      say(
        `  ${result.requestsPerSecond.toFixed(1)} req/s, p50/p95/p99 ${result.latencyMs.p50}/${result.latencyMs.p95}/${result.latencyMs.p99} ms, ${result.errors} errors, ${result.non2xx} non-2xx`,
      );
      const drainSeconds = await waitUntilIdle(ceilingTarget.path, url);
      const answered = answeredBy(target, logOffset);
      say(`  answered by the application ${answered.application}, by a copy ${answered.copy}, by an outage copy ${answered['outage copy']}`);
      rows.push({ ...judge(target, result, ceiling), drainSeconds, answeredBy: answered });
    }
    return rows;
  };
  const rows = await measure(base);
  const rss = serverRss(child.pid ?? 0);
  const firstLoadJs = await attempt('first-load JavaScript per page (gzip)', firstLoadJavaScript);
  const lighthouse = await attempt('Lighthouse', lighthouseScores);

  // The same targets through nginx in front of two instances, on the same machine (docs/decisions/027).
  await stopServers();
  const instancePorts = await startCluster(fullUrl);
  say(`nginx on ${base} in front of instances on ports ${instancePorts.join(', ')}`);
  const clusterRows = await measure(base, CLUSTER_INSTANCES);
  const clusterRss = servers.map((instance) => serverRss(instance.pid ?? 0));

  printTable(rows);
  console.log(`through nginx, ${CLUSTER_INSTANCES} instances (ratio: to the cluster's own static file; × one: req/s against one instance direct):`);
  printTable(clusterRows, rows);
  console.log(`server RSS after the run: ${rss.serverMb} MB (process group ${rss.processGroupMb} MB; target ≤ ${TARGETS.rssMb} MB)`);
  console.log(`cluster instances' RSS after their run: ${clusterRss.map((r) => `${r.serverMb} MB`).join(', ')}`);
  console.log('SQL statements per cold request (dataset /10 → full):', JSON.stringify(statements, null, 2));
  console.log(`first-load JavaScript, gzip (target ≤ ${TARGETS.firstLoadJsKb} KB):`, JSON.stringify(firstLoadJs, null, 2));
  if (Object.keys(guard503s).length)
    console.log('503s from the outage guard before the load (the probe timed out; retried after 2.5 s):', JSON.stringify(guard503s));
  console.log(
    `Lighthouse (targets: performance ≥ ${TARGETS.lighthousePerformance}, accessibility ${TARGETS.lighthouseAccessibility}):`,
    JSON.stringify(lighthouse, null, 2),
  );

  // A target with no completed response had every request outlast the run: as bad as an error.
  // An outage copy means the probe called the database down under load: the page was not measured.
  const failed = [...rows, ...clusterRows.map((r) => ({ ...r, target: { ...r.target, name: `${r.target.name} (cluster)` } }))].filter(
    (r) => r.result.errors || r.result.non2xx || !r.result.requests || r.answeredBy['outage copy'],
  );
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  fs.writeFileSync(
    resultsFile,
    `${JSON.stringify(
      {
        finishedAt: new Date().toISOString(),
        settings: { connections, durationSeconds: duration, seed, sizes: FULL_SIZES, smallSizes: SMALL_SIZES, distDir },
        targets: TARGETS,
        load: rows.map(({ target, result, ratio, met, why, drainSeconds, answeredBy: by }) => ({
          ...targetFields(target),
          ...result,
          ratioToCeiling: ratio,
          targetMet: met,
          missed: why || null,
          drainSeconds,
          answeredBy: by,
        })),
        serverRss: rss,
        cluster: {
          instances: CLUSTER_INSTANCES,
          load: clusterRows.map(({ target, result, ratio, drainSeconds, answeredBy: by }) => ({
            ...targetFields(target),
            ...result,
            ratioToCeiling: ratio,
            ratioToOneInstance: oneInstanceRatio(target, result, rows),
            drainSeconds,
            answeredBy: by,
          })),
          instancesRss: clusterRss,
        },
        statementsPerColdRequest: statements,
        firstLoadJavaScript: firstLoadJs,
        lighthouse,
        outageGuard503sBeforeLoad: guard503s,
        failedRequests: failed.map((r) => r.target.name),
      },
      null,
      2,
    )}\n`,
  );
  say(`results written to ${path.relative(process.cwd(), resultsFile)}`);
  if (failed.length) {
    console.error(
      `FAILED: errors, non-2xx, outage copies or no responses at all for ${failed.map((r) => `${r.target.name} (${r.result.requests} responses, ${r.result.errors} errors, ${r.result.non2xx} non-2xx: ${JSON.stringify(r.result.statusCodes)}, ${r.answeredBy['outage copy']} outage copies)`).join('; ')}`,
    );
    exitCode = 1;
  }
} catch (error) {
  if (!stopping) console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  const signalled = stopping;
  stopping = true;
  await cleanUpOnce();
  say('stopped');
  process.exit(signalled ? 130 : exitCode);
}
