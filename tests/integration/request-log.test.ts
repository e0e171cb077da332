import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exited, startProductionServer, type ProductionServer } from '../support/production-server';

// The production server as `npm start` runs it (embedded database, real build): each request
// gives exactly one JSON line on stdout, with its id echoed to the client, and nothing personal.

let server: ProductionServer;
let base = '';

beforeAll(async () => {
  server = await startProductionServer('logs');
  base = server.base;
}, 240_000);

afterAll(() => server?.stop());

/** The parsed JSON lines that carry this request id, once the response has been logged. */
async function linesFor(requestId: string): Promise<Record<string, unknown>[]> {
  const find = () =>
    server
      .output()
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
      headers: {
        'X-Request-Id': 'log-test-1',
        Cookie: 'portal.session_token=cookie-secret',
        Authorization: 'Bearer header-secret',
        'X-Forwarded-For': '203.0.113.7',
      },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('log-test-1');
    await response.text();

    const lines = await linesFor('log-test-1');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toEqual({
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      level: 'info',
      msg: 'request',
      requestId: 'log-test-1',
      method: 'GET',
      path: '/ru/partners',
      status: 200,
      durationMs: expect.any(Number),
    });
    for (const secret of ['visitor', 'mail.example', 'query-secret', 'cookie-secret', 'header-secret', '203.0.113.7', 'Bearer'])
      expect(server.output()).not.toContain(secret);
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
    server.launcher.kill('SIGTERM');
    expect(await exited(server.launcher)).toBe(0);
    expect(server.output()).toMatch(/"msg":"stopping"[\s\S]*stopping PostgreSQL[\s\S]*stopped/);
  });
});
