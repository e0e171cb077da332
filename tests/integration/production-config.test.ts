import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';

// A production server with a missing or malformed DATABASE_URL, AUTH_SECRET or SITE_URL stops at
// once with one line naming the variable: the server itself (a deployment may run it directly) and
// the launcher given an external database. Both check before Next is loaded, so no build is needed.

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-config-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const good = { DATABASE_URL: 'postgresql://portal:pw@127.0.0.1:1/portal', AUTH_SECRET: 'x'.repeat(32), SITE_URL: 'https://sister-cities.example.kz' };

function run(script: string, env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, NODE_ENV: 'production', PORTAL_DATA_DIR: dataDir, PORT: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise<{ code: number | null; lines: string[] }>((resolve) => child.once('exit', (code) => resolve({ code, lines: stderr.trim().split('\n') })));
}

const cases: [variable: string, value: string, message: RegExp][] = [
  ['DATABASE_URL', '', /^Invalid environment variable DATABASE_URL: is not set$/],
  ['DATABASE_URL', 'mysql://db/portal', /^Invalid environment variable DATABASE_URL: must be a postgresql:\/\/ URL$/],
  ['AUTH_SECRET', '', /^Invalid environment variable AUTH_SECRET: is not set$/],
  ['AUTH_SECRET', 'too-short', /^Invalid environment variable AUTH_SECRET: must be at least 32 characters/],
  ['SITE_URL', '', /^Invalid environment variable SITE_URL: is not set$/],
  ['SITE_URL', 'not a url', /^Invalid environment variable SITE_URL: must be an http:\/\/ or https:\/\/ URL$/],
];

describe('configuration checked at start-up', () => {
  it.each(cases)('the production server refuses %s=%j with one line', async (variable, value, message) => {
    const { code, lines } = await run('scripts/server.ts', { ...good, [variable]: value });
    expect(code).not.toBe(0);
    expect(lines).toEqual([expect.stringMatching(message)]);
  });

  // The launcher with DATABASE_URL set is a deployment; an empty DATABASE_URL means the embedded demo.
  it.each(cases.filter(([variable, value]) => !(variable === 'DATABASE_URL' && value === '')))(
    'npm start with an external database refuses %s=%j with one line',
    async (variable, value, message) => {
      const { code, lines } = await run('scripts/start.ts', { ...good, [variable]: value });
      expect(code).not.toBe(0);
      expect(lines).toEqual([expect.stringMatching(message)]);
    },
  );
});
