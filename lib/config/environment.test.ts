import { describe, expect, it } from 'vitest';
import { envSchema, floodLimitsFrom, productionConfigProblem, serverActionsKeyFrom } from './environment';

const good = { DATABASE_URL: 'postgresql://portal:pw@db.internal:5432/portal', AUTH_SECRET: 'x'.repeat(32), SITE_URL: 'https://sister-cities.example.kz' };

describe('production configuration', () => {
  it('accepts a complete one', () => {
    expect(productionConfigProblem(good)).toBeNull();
    expect(productionConfigProblem({ ...good, TRUSTED_PROXY_HOPS: '1' })).toBeNull();
    expect(productionConfigProblem({ ...good, TRUSTED_PROXY_HOPS: '1', TRUSTED_PROXY: '10.0.0.2, 10.1.0.0/16' })).toBeNull();
  });

  it.each([
    ['DATABASE_URL', undefined, 'Invalid environment variable DATABASE_URL: is not set'],
    ['DATABASE_URL', '', 'Invalid environment variable DATABASE_URL: is not set'],
    ['DATABASE_URL', 'mysql://db/portal', 'Invalid environment variable DATABASE_URL: must be a postgresql:// URL'],
    ['AUTH_SECRET', undefined, 'Invalid environment variable AUTH_SECRET: is not set'],
    ['AUTH_SECRET', 'short', 'Invalid environment variable AUTH_SECRET: must be at least 32 characters (e.g. `openssl rand -base64 32`)'],
    ['SITE_URL', undefined, 'Invalid environment variable SITE_URL: is not set'],
    ['SITE_URL', 'sister-cities.example.kz', 'Invalid environment variable SITE_URL: must be an http:// or https:// URL'],
    ['SITE_URL', 'javascript:alert(1)', 'Invalid environment variable SITE_URL: must be an http:// or https:// URL'],
    [
      'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY',
      'not-base64!',
      'Invalid environment variable NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: must be the base64 of 32 random bytes (e.g. `openssl rand -base64 32`)',
    ],
    [
      'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY',
      Buffer.alloc(20).toString('base64'),
      'Invalid environment variable NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: must be the base64 of 32 random bytes (e.g. `openssl rand -base64 32`)',
    ],
    ['TRUSTED_PROXY_HOPS', 'yes', 'Invalid environment variable TRUSTED_PROXY_HOPS: must be a whole number from 0 to 5'],
    ['TRUSTED_PROXY_HOPS', '1.5', 'Invalid environment variable TRUSTED_PROXY_HOPS: must be a whole number from 0 to 5'],
    [
      'TRUSTED_PROXY',
      'proxy.internal',
      'Invalid environment variable TRUSTED_PROXY: must be IP addresses or subnets (e.g. 127.0.0.1,10.0.0.0/24), separated by commas',
    ],
    ['RATE_LIMIT_PER_SECOND', '-1', 'Invalid environment variable RATE_LIMIT_PER_SECOND: must be a number from 0 to 10000'],
    ['RATE_LIMIT_PER_SECOND', 'fast', 'Invalid environment variable RATE_LIMIT_PER_SECOND: must be a number from 0 to 10000'],
    ['RATE_LIMIT_BURST', '0', 'Invalid environment variable RATE_LIMIT_BURST: must be a whole number from 1 to 100000'],
    ['RENDER_QUEUE_LIMIT', '2.5', 'Invalid environment variable RENDER_QUEUE_LIMIT: must be a whole number from 0 to 100000'],
  ])('names %s when it is %j, in one line', (name, value, message) => {
    expect(productionConfigProblem({ ...good, [name]: value })).toBe(message);
  });

  it('keeps the development defaults of the shared schema', () => {
    expect(envSchema.parse({ DATABASE_URL: good.DATABASE_URL })).toMatchObject({ SITE_URL: 'http://localhost:3000', NODE_ENV: 'development' });
  });
});

describe('limits on uncached work', () => {
  it('has defaults that normal use and the end-to-end tests stay under, and 0 turns the rate limit off', () => {
    expect(floodLimitsFrom({})).toEqual({ rate: { perSecond: 5, burst: 60 }, renderQueueLimit: 100 });
    expect(floodLimitsFrom({ RATE_LIMIT_PER_SECOND: '0.5', RATE_LIMIT_BURST: '3', RENDER_QUEUE_LIMIT: '0' })).toEqual({
      rate: { perSecond: 0.5, burst: 3 },
      renderQueueLimit: 0,
    });
    expect(floodLimitsFrom({ RATE_LIMIT_PER_SECOND: '0', RATE_LIMIT_BURST: '' })).toEqual({ rate: null, renderQueueLimit: 100 });
  });
});

describe("the server actions' key", () => {
  const secret = 'x'.repeat(32);
  it('comes from AUTH_SECRET when not given: the same on every instance of a deployment, another for another secret', () => {
    const key = serverActionsKeyFrom({ AUTH_SECRET: secret });
    expect(key).toBe(serverActionsKeyFrom({ AUTH_SECRET: secret }));
    expect(Buffer.from(key ?? '', 'base64').byteLength).toBe(32); // an AES-256 key, as Next imports it
    expect(key).not.toBe(serverActionsKeyFrom({ AUTH_SECRET: 'y'.repeat(32) }));
    expect(key).not.toContain(secret);
  });

  it('is NEXT_SERVER_ACTIONS_ENCRYPTION_KEY when set, refused when malformed, and left to Next without either', () => {
    const explicit = Buffer.alloc(32, 7).toString('base64');
    expect(serverActionsKeyFrom({ AUTH_SECRET: secret, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: explicit })).toBe(explicit);
    expect(productionConfigProblem({ ...good, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: explicit })).toBeNull();
    expect(() => serverActionsKeyFrom({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: 'short' })).toThrow(
      /^Invalid environment variable NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: /,
    );
    expect(serverActionsKeyFrom({})).toBeUndefined();
  });
});
