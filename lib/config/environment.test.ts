import { describe, expect, it } from 'vitest';
import { envSchema, productionConfigProblem } from './environment';

const good = { DATABASE_URL: 'postgresql://portal:pw@db.internal:5432/portal', AUTH_SECRET: 'x'.repeat(32), SITE_URL: 'https://sister-cities.example.kz' };

describe('production configuration', () => {
  it('accepts a complete one', () => {
    expect(productionConfigProblem(good)).toBeNull();
    expect(productionConfigProblem({ ...good, TRUSTED_PROXY_HOPS: '1' })).toBeNull();
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
    ['TRUSTED_PROXY_HOPS', 'yes', 'Invalid environment variable TRUSTED_PROXY_HOPS: must be a whole number from 0 to 5'],
    ['TRUSTED_PROXY_HOPS', '1.5', 'Invalid environment variable TRUSTED_PROXY_HOPS: must be a whole number from 0 to 5'],
  ])('names %s when it is %j, in one line', (name, value, message) => {
    expect(productionConfigProblem({ ...good, [name]: value })).toBe(message);
  });

  it('keeps the development defaults of the shared schema', () => {
    expect(envSchema.parse({ DATABASE_URL: good.DATABASE_URL })).toMatchObject({ SITE_URL: 'http://localhost:3000', NODE_ENV: 'development' });
  });
});
