import { describe, expect, it } from 'vitest';
import {
  createNonce,
  MEDIA_CONTENT_SECURITY_POLICY,
  OPEN_DATA_RESOURCE_POLICY,
  pageContentSecurityPolicy,
  STATIC_CONTENT_SECURITY_POLICY,
  STATIC_SECURITY_HEADERS,
  usesHttps,
} from './headers';

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values] as const),
  );
const production = { development: false, https: false };

describe('pageContentSecurityPolicy', () => {
  it('runs scripts by nonce only, never inline or eval in production', () => {
    const policy = directives(pageContentSecurityPolicy('abc123==', production));
    expect(policy.get('script-src')).toEqual(["'self'", "'nonce-abc123=='"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.has('upgrade-insecure-requests')).toBe(false);
  });

  it("adds 'unsafe-eval' only for next dev, and upgrades requests only over https", () => {
    expect(directives(pageContentSecurityPolicy('n', { development: true, https: false })).get('script-src')).toContain("'unsafe-eval'");
    expect(directives(pageContentSecurityPolicy('n', { development: false, https: true })).has('upgrade-insecure-requests')).toBe(true);
  });

  it('refuses a nonce that could break out of the header', () => {
    expect(() => pageContentSecurityPolicy("x'; script-src *", production)).toThrow();
  });
});

describe('the fixed policies', () => {
  it('never allow inline script', () => {
    for (const policy of [STATIC_CONTENT_SECURITY_POLICY, MEDIA_CONTENT_SECURITY_POLICY, pageContentSecurityPolicy('n', production)]) {
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
      expect(directives(policy).get('frame-ancestors')).toEqual(["'none'"]);
      expect(directives(policy).get('object-src')).toEqual(["'none'"]);
    }
  });

  it('sandboxes uploaded files', () => {
    expect(directives(MEDIA_CONTENT_SECURITY_POLICY).get('default-src')).toEqual(["'none'"]);
    expect(directives(MEDIA_CONTENT_SECURITY_POLICY).has('sandbox')).toBe(true);
  });

  it('sets nosniff, a referrer policy and a permissions policy', () => {
    const headers = new Map(STATIC_SECURITY_HEADERS.map(({ key, value }) => [key, value]));
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(headers.get('Permissions-Policy')).toContain('camera=()');
  });

  it('isolates windows and keeps responses to the site, except open data, which any site may load', () => {
    const headers = new Map(STATIC_SECURITY_HEADERS.map(({ key, value }) => [key, value]));
    expect(headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
    expect(headers.get('Cross-Origin-Resource-Policy')).toBe('same-origin');
    expect(OPEN_DATA_RESOURCE_POLICY).toEqual({ key: 'Cross-Origin-Resource-Policy', value: 'cross-origin' });
  });
});

describe('usesHttps', () => {
  it('is true only for a production server with an https address', () => {
    expect(usesHttps('production', new URL('https://sister-cities.example'))).toBe(true);
    expect(usesHttps('production', new URL('http://localhost:3000'))).toBe(false);
    expect(usesHttps('development', new URL('https://sister-cities.example'))).toBe(false);
  });
});

describe('createNonce', () => {
  it('is base64 and different every time', () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
