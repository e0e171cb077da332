import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '@/scripts/lib/free-port';

// The production server as `npm start` runs it (embedded database, real build): each request
// gives exactly one JSON line on stdout, with its id echoed to the client, and nothing personal.

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-logs-'));
fs.chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as the postgres user, who must be able to enter it
let launcher: ChildProcess;
let stdout = '';
let base = '';

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(child.exitCode) : child.once('exit', resolve)));

beforeAll(async () => {
  const port = await freePort(3400);
  base = `http://localhost:${port}`;
  launcher = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    // The end-to-end tests' build folder: the build is made once per test run.
    env: { ...process.env, DATABASE_URL: '', PORTAL_DATA_DIR: dataDir, PORT: String(port), PGPORT: String(await freePort(54369)), NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? '.next-test' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('serving http')) resolve();
    };
    launcher.stdout?.on('data', onData);
    launcher.stderr?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    launcher.once('exit', (code) => reject(new Error(`the launcher exited (${code}) before serving:\n${stdout}`)));
  });
}, 240_000);

afterAll(async () => {
  if (launcher && launcher.exitCode === null && launcher.signalCode === null) launcher.kill('SIGTERM');
  if (launcher) await exited(launcher);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** The parsed JSON lines that carry this request id, once the response has been logged. */
async function linesFor(requestId: string): Promise<Record<string, unknown>[]> {
  const find = () =>
    stdout
      .split('\n')
      .filter((line) => line.startsWith('{') && line.includes(`"requestId":"${requestId}"`))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  for (let tries = 0; tries < 50 && find().length === 0; tries++) await new Promise((resolve) => setTimeout(resolve, 20));
  await new Promise((resolve) => setTimeout(resolve, 100)); // room for a second line that must not come
  return find();
}

describe('request logs of the production server', () => {
  it('one JSON line per request, with the id echoed, the path without its query, and no personal data or secrets', async () => {
    const response = await fetch(`${base}/ru/partners?q=visitor%40mail.example&token=query-secret`, {
      headers: { 'X-Request-Id': 'log-test-1', Cookie: 'portal.session_token=cookie-secret', Authorization: 'Bearer header-secret', 'X-Forwarded-For': '203.0.113.7' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('log-test-1');
    await response.text();

    const lines = await linesFor('log-test-1');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toEqual({ time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), level: 'info', msg: 'request', requestId: 'log-test-1', method: 'GET', path: '/ru/partners', status: 200, durationMs: expect.any(Number) });
    for (const secret of ['visitor', 'mail.example', 'query-secret', 'cookie-secret', 'header-secret', '203.0.113.7', 'Bearer']) expect(stdout).not.toContain(secret);
  });

  it('a 4xx is a warning, and an unusable incoming id is replaced by a fresh one', async () => {
    const response = await fetch(`${base}/ru/partners/no-such-partner`, { headers: { 'X-Request-Id': 'not a sane id' } });
    expect(response.status).toBe(404);
    await response.text();
    const id = response.headers.get('x-request-id') ?? '';
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await linesFor(id)).toEqual([expect.objectContaining({ level: 'warn', status: 404, path: '/ru/partners/no-such-partner' })]);
  });

  it('stops cleanly on SIGTERM, as npm start stops it', async () => {
    launcher.kill('SIGTERM');
    expect(await exited(launcher)).toBe(0);
    expect(stdout).toMatch(/"msg":"stopping"[\s\S]*stopping PostgreSQL[\s\S]*stopped/);
  });
});
