import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '@/scripts/lib/free-port';
import { isAlive } from '@/scripts/lib/embedded-postgres';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-launcher-'));
fs.chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as the postgres user, who must be able to enter it
const launched: ChildProcess[] = [];

/** Runs `npm start`'s script as a user would, and resolves once it says it is serving. */
async function start(port: number, pgPort: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    // The same build folder as the end-to-end tests: the build is made once per test run.
    env: { ...process.env, DATABASE_URL: '', PORTAL_DATA_DIR: dataDir, PORT: String(port), PGPORT: String(pgPort), NEXT_DIST_DIR: '.next-test' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  launched.push(child);
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('serving http')) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the launcher exited (${code}) before serving:\n${output}`)));
  });
  return { child, output: () => output };
}

async function partnerRows(pgPort: number) {
  const client = new pg.Client({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${pgPort}/portal` });
  await client.connect();
  try {
    return Number((await client.query('SELECT count(*) FROM "Partner"')).rows[0].count);
  } finally {
    await client.end();
  }
}

const exited = (child: ChildProcess) =>
  new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(child.exitCode) : child.once('exit', resolve)));

afterAll(async () => {
  for (const child of launched) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  await Promise.all(launched.map(exited));
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('survives kill -9: the next start clears the leftovers and loses or duplicates nothing', { timeout: 240_000 }, async () => {
    const port = await freePort(3200);
    const pgPort = await freePort(54359);

    const first = await start(port, pgPort);
    expect(first.output()).toContain('loaded the shymkent demo data (first run)');
    const page = await (await fetch(`http://localhost:${port}/ru/partners`)).text();
    expect(page.match(/data-partner="/g)).toHaveLength(11);

    first.child.kill('SIGKILL');
    await exited(first.child);
    const orphanPostgres = Number(fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    expect(isAlive(orphanPostgres)).toBe(true); // what a kill -9 leaves behind

    const second = await start(port, pgPort);
    expect(second.output()).toContain('left running by an earlier start');
    expect(second.output()).toContain('demo data already loaded');
    expect(isAlive(orphanPostgres)).toBe(false);
    expect(second.output()).toContain(`port ${pgPort}`); // the orphan released the port before one was chosen
    expect(await partnerRows(pgPort)).toBe(11);
    expect((await fetch(`http://localhost:${port}/ru/partners`)).status).toBe(200);

    // A second start on the same data directory is refused, and leaves the running portal alone.
    const intruder = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
      env: { ...process.env, DATABASE_URL: '', PORTAL_DATA_DIR: dataDir, PORT: String(await freePort(3300)), NEXT_DIST_DIR: '.next-test' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let intruderOutput = '';
    intruder.stderr?.on('data', (chunk: Buffer) => (intruderOutput += chunk.toString()));
    expect(await exited(intruder)).toBe(1);
    expect(intruderOutput).toContain('already running');
    expect((await fetch(`http://localhost:${port}/ru/partners`)).status).toBe(200);

    // Ctrl-C: the web server and PostgreSQL stop, in that order, and nothing is left running.
    const postgresPid = Number(fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    second.child.kill('SIGINT');
    expect(await exited(second.child)).toBe(0);
    expect(second.output()).toMatch(/stopping the web server[\s\S]*stopping PostgreSQL[\s\S]*stopped/);
    expect(isAlive(postgresPid)).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
    await expect(fetch(`http://localhost:${port}/ru`)).rejects.toThrow();
  });
});
