import http from 'node:http';
import pg from 'pg';
import autocannon, { type Result } from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, until, type Cluster } from '../support/cluster';

// `npm run start:cluster` as deployed: two instances of the production server behind nginx
// (deploy/nginx/portal.conf), the Kazan demo. Visitors must not notice an instance crashing, a
// rolling restart, or PostgreSQL stopping and starting beyond what one server shows today.

const PAGES = ['/ru', '/ru/partners', '/en/agreements', '/kk/events', '/ru/about'];
const LOAD = { connections: 20 };

let cluster: Cluster;

beforeAll(async () => {
  // A small per-address allowance for searches, so that whose address counts can be seen.
  cluster = await startCluster('cluster', { env: { DEMO_DATASET: 'kazan', RATE_LIMIT_PER_SECOND: '0.1', RATE_LIMIT_BURST: '4' } });
  // Every page rendered once on each instance (round robin), as visitors would have.
  for (const path of PAGES) for (let i = 0; i < 2; i++) expect((await fetch(cluster.base + path)).status, path).toBe(200);
}, 240_000);

afterAll(async () => {
  const stopped = await cluster?.stop();
  // Ctrl-C stops nginx, every instance and PostgreSQL: nothing is left running.
  expect(stopped?.leftovers).toEqual([]);
}, 60_000);

/**
 * A form posted from another site: refused with 403 before any work, but a POST all the same,
 * which nginx never sends to a second instance: cut on its way, it would reach the visitor as a 502.
 */
const FOREIGN_FORM = {
  method: 'POST',
  path: '/ru/about',
  headers: { origin: 'https://elsewhere.example', 'content-type': 'application/x-www-form-urlencoded', 'accept-encoding': 'gzip, br' },
  body: 'a=1',
};

/** Public pages (and, with `posts`, a refused form) through nginx from 20 connections, until `during` has run and `settleMs` more have passed. */
async function underLoad(during: () => Promise<void>, { posts = false, settleMs = 2_000 } = {}): Promise<Result> {
  let finish = () => {};
  const result = new Promise<Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: cluster.base,
        connections: LOAD.connections,
        duration: 120,
        timeout: 10,
        requests: [...PAGES.map((path) => ({ method: 'GET', path })), ...(posts ? [FOREIGN_FORM] : [])],
        headers: { 'accept-encoding': 'gzip, br' },
      },
      (error, outcome) => (error ? reject(error) : resolve(outcome)),
    );
    finish = () => instance.stop();
  });
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  try {
    await during();
    await new Promise((resolve) => setTimeout(resolve, settleMs));
  } finally {
    finish();
  }
  return result;
}

/** What a visitor would count as failed: errors, timeouts and any answer but the pages' 200 and the foreign form's 403. */
const failed = (result: Result) => ({
  errors: result.errors,
  timeouts: result.timeouts,
  unexpected: Object.entries(result.statusCodeStats)
    .filter(([status]) => status !== '200' && status !== '403')
    .map(([status, { count }]) => `${count} × ${status}`),
});
const none = { errors: 0, timeouts: 0, unexpected: [] };
/**
 * For a failure's message: the requests nginx answered with 5xx (each names the instances it tried
 * and what they answered), then its errors but the refused connections it retries elsewhere.
 */
const nginxSaid = () =>
  [
    ...cluster
      .accessLog()
      .split('\n')
      .filter((line) => / 5\d\d \d+ /.test(line)),
    ...cluster
      .errorLog()
      .split('\n')
      .filter((line) => line.includes('[error]') && !line.includes('Connection refused')),
  ]
    .slice(0, 6)
    .join(' | ') || 'nginx logged no error';

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: cluster.databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** Every way a visitor reaches the data: each instance directly, and nginx twice in a row (its round robin alternates). */
const everywhere = () => [cluster.instanceBase(1), cluster.instanceBase(2), cluster.base, cluster.base];

/**
 * Asks every way in, one request at a time, until all show `population` on the partner's public
 * profile (ru, digits grouped); resolves with the ms from `since` to the round of requests that did.
 * The profile, not the API: this cluster's allowance of uncached API reads per address is small.
 */
async function shownEverywhere(slug: string, population: number, since: number) {
  const grouped = new RegExp(String(population).replace(/\B(?=(\d{3})+(?!\d))/g, '\\s'));
  let missing = '';
  const holds = async () => {
    for (const base of everywhere()) if (!grouped.test(await (await fetch(`${base}/ru/partners/${slug}`)).text())) return !(missing = base);
    return true;
  };
  for (;;) {
    const asked = Date.now();
    if (await holds()) return asked - since;
    if (asked - since > 30_000) throw new Error(`population ${population} still not shown by ${missing} after 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** GET from a chosen local address (all of 127.0.0.0/8 is this machine): a visitor of its own. */
const getFrom = (localAddress: string, url: string, headers: Record<string, string> = {}) =>
  new Promise<number>((resolve, reject) => {
    http
      .get(url, { localAddress, headers, agent: false }, (response) => {
        response.resume();
        response.once('end', () => resolve(response.statusCode ?? 0));
      })
      .once('error', reject);
  });

describe('two instances behind nginx', () => {
  it('a kill -9 of one instance under load fails no request; the restarted instance rejoins and serves current data', { timeout: 120_000 }, async () => {
    const [partner] = await sql<{ slug: string; population: number | null }>(
      `SELECT slug, population FROM "Partner" WHERE "publicationStatus" = 'published' AND population IS NOT NULL ORDER BY slug LIMIT 1`,
    );
    if (!partner) throw new Error('the Kazan demo has no published partner with a population');
    const population = (partner.population ?? 0) + 1;
    const logged = cluster.accessLog().length;
    const result = await underLoad(async () => {
      // While instance 1 is down the data changes: the instance that comes back must show it.
      await cluster.restartInstance(1, 'SIGKILL', async () => {
        await sql('UPDATE "Partner" SET population = $1 WHERE slug = $2', [population, partner.slug]);
      });
    });
    expect(result['2xx']).toBeGreaterThan(100);
    expect(failed(result), nginxSaid()).toEqual(none);
    expect(cluster.output()).toContain('instance 1 exited (SIGKILL); starting it again');

    const direct = await fetch(`${cluster.instanceBase(1)}/api/v1/partners/${partner.slug}`);
    expect(direct.status).toBe(200);
    expect(await direct.json()).toMatchObject({ data: { population } });
    // nginx sent it visitors again: its requests under load after it came back, all answered.
    const answered = cluster
      .accessLog()
      .slice(logged)
      .split('\n')
      .filter((line) => line.endsWith(`upstream=127.0.0.1:${cluster.port + 1} status=200`));
    expect(answered.length).toBeGreaterThan(10);
  });

  it('a rolling restart (SIGTERM, one instance at a time, each back before the next) fails no request, GET or POST', { timeout: 120_000 }, async () => {
    const pids = [cluster.pidOf(1), cluster.pidOf(2)];
    const exits: number[] = [];
    const result = await underLoad(
      async () => {
        exits.push((await cluster.restartInstance(1, 'SIGTERM')).exitMs);
        exits.push((await cluster.restartInstance(2, 'SIGTERM')).exitMs);
      },
      { posts: true },
    );
    expect([cluster.pidOf(1), cluster.pidOf(2)]).not.toContain(pids[0]);
    expect([cluster.pidOf(1), cluster.pidOf(2)]).not.toContain(pids[1]);
    expect(result.statusCodeStats['200']?.count).toBeGreaterThan(100);
    expect(result.statusCodeStats['403']?.count).toBeGreaterThan(10);
    expect(failed(result), nginxSaid()).toEqual(none);
    // Each finished what it was serving and left: nginx's connections to it closed after their
    // request, not at the end of the grace period, with requests cut.
    for (const ms of exits) expect(ms).toBeLessThan(5_000);
  });

  it('behind nginx, each visitor has its own allowance of searches, and only nginx may say who the visitor is', { timeout: 60_000 }, async () => {
    const search = (q: string) => `/ru/search?q=${q}`;
    // One visitor searching hard through nginx meets the limit (4 at once per instance)…
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push(await getFrom('127.0.0.2', cluster.base + search(`a${i}`)));
    expect(statuses).toContain(429);
    // …and another visitor, through the same nginx, does not.
    expect(await getFrom('127.0.0.3', cluster.base + search('b'))).toBe(200);
    // Someone reaching an instance directly cannot pose as many visitors by writing X-Forwarded-For.
    const forged: number[] = [];
    for (let i = 0; i < 8; i++) forged.push(await getFrom('127.0.0.4', cluster.instanceBase(1) + search(`c${i}`), { 'x-forwarded-for': `203.0.113.${i + 1}` }));
    expect(forged).toContain(429);
  });

  it(
    'PostgreSQL stopped and started under the cluster: copies are served, other pages and the API say 503, all recovers by itself, and no instance shows data older than the last save',
    { timeout: 120_000 },
    async () => {
      const visited = '/en/agreements';
      const unvisited = '/kk/partners';
      const status = (path: string) => fetch(cluster.base + path, { redirect: 'manual' }).then((r) => r.status);
      // A partner's profile each instance has a current copy of, at a population saved before the outage.
      const [partner] = await sql<{ slug: string; population: number }>(
        `UPDATE "Partner" SET population = population + 1000 WHERE slug = (SELECT slug FROM "Partner" WHERE "publicationStatus" = 'published' AND "deletedAt" IS NULL AND population IS NOT NULL ORDER BY slug LIMIT 1) RETURNING slug, population`,
      );
      if (!partner) throw new Error('the Kazan demo has no published partner with a population');
      expect(await shownEverywhere(partner.slug, partner.population, Date.now())).toBeLessThan(1_000);
      // After the restarts and that save, the instances have no copies yet: visitors read the page again.
      for (let i = 0; i < 2; i++) expect(await status(visited)).toBe(200);

      await cluster.stopDatabase();
      for (const instance of [1, 2])
        await until(async () => (await fetch(`${cluster.instanceBase(instance)}/api/health`)).status === 503, `instance ${instance} to notice the outage`);
      await until(async () => (await status(unvisited)) === 503, 'pages without a copy to answer 503');

      for (let i = 0; i < 4; i++) {
        const page = await fetch(cluster.base + visited);
        expect(page.status).toBe(200);
        expect(page.headers.get('x-served-from')).toMatch(/^copy of /);
      }
      for (const base of everywhere()) {
        const profile = await fetch(`${base}/ru/partners/${partner.slug}`);
        expect(profile.headers.get('x-served-from')).toMatch(/^copy of /);
      }
      const other = await fetch(cluster.base + unvisited);
      expect(other.status).toBe(503);
      expect(other.headers.get('retry-after')).toBe('30');
      const api = await fetch(`${cluster.base}/api/v1/agreements`);
      expect(api.status).toBe(503);
      expect(await api.json()).toMatchObject({ error: { code: 'unavailable' } });

      await cluster.startDatabase();
      // A save as soon as PostgreSQL is back, while no instance listens: they may not have tried
      // again yet, and any listening or polling connection that is back already is cut first.
      const cut = await sql<{ cut: boolean }>(
        `SELECT pg_terminate_backend(pid, 5000) AS cut FROM pg_stat_activity WHERE application_name = 'portal cache invalidations'`,
      );
      const whileNotListening = partner.population + 1;
      await sql('UPDATE "Partner" SET population = $1 WHERE slug = $2', [whileNotListening, partner.slug]);
      const savedWhileNotListening = Date.now();
      // Nothing saved while the instances did not listen is missed: every way in shows it once they answer again.
      const missedMs = await shownEverywhere(partner.slug, whileNotListening, savedWhileNotListening);
      for (const instance of [1, 2])
        await until(async () => (await fetch(`${cluster.instanceBase(instance)}/api/health`)).status === 200, `instance ${instance} to recover`);
      await until(async () => (await status(unvisited)) === 200 && (await status(unvisited)) === 200, 'pages to recover on both instances');
      const api2 = await fetch(`${cluster.base}/api/v1/agreements`);
      expect(api2.status).toBe(200);

      // They listen again: a save now is on every instance and through nginx within a second.
      const afterwards = partner.population + 2;
      await sql('UPDATE "Partner" SET population = $1 WHERE slug = $2', [afterwards, partner.slug]);
      const afterMs = await shownEverywhere(partner.slug, afterwards, Date.now());
      console.info(
        `outage: ${cut.length} listening/polling connection(s) cut at the save; the save made while not listening was shown everywhere after ${missedMs} ms, the next save after ${afterMs} ms`,
      );
      expect(afterMs).toBeLessThanOrEqual(1_000);
    },
  );
});
