import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVER_ENV, SERVER_NODE_FLAGS, SERVER_SCRIPT, serverProcess } from './server-process';

/** `npm run serve`: the same command as serverProcess, for a shell. */
const serveScript = () =>
  `${Object.entries(SERVER_ENV)
    .map(([name, value]) => `${name}=\${${name}:-${value}}`)
    .join(' ')} exec node ${SERVER_NODE_FLAGS.join(' ')} --import tsx ${SERVER_SCRIPT}`;

describe('the production server process', () => {
  it('is started by `npm run serve` with the same flags and environment as by npm start', () => {
    const { scripts } = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(scripts.serve).toBe(serveScript());
    expect(scripts.serve).toMatch(/^MALLOC_ARENA_MAX=\$\{MALLOC_ARENA_MAX:-2\} exec node --max-old-space-size=\d+ --import tsx scripts\/server\.ts$/);
  });

  it('sizes its heap and arenas, and leaves an operator’s own setting alone', () => {
    const started = serverProcess({ ...process.env, PORT: '3000', MALLOC_ARENA_MAX: undefined });
    expect(started.args).toEqual([expect.stringMatching(/^--max-old-space-size=\d+$/), '--import', 'tsx', 'scripts/server.ts']);
    expect(started.env).toMatchObject({ PORT: '3000', MALLOC_ARENA_MAX: '2' });
    expect(serverProcess({ ...process.env, MALLOC_ARENA_MAX: '4' }).env.MALLOC_ARENA_MAX).toBe('4');
  });
});
