import { describe, expect, it } from 'vitest';
import { BROKEN_ESCAPES } from '@/tests/support/bad-input';
import { hasMalformedPathEscape, isMalformedOnceDecoded, namesSite } from './request-target';

describe('hasMalformedPathEscape', () => {
  it.each(['%', '%%', '%C0%AF', '%FF', '%G0', '%ED%A0%80', '%F4%90%80%80', '%C3'])('finds %s in a path segment', (escape) => {
    for (const prefix of ['/ru/partners/', '/kk/agreements/', '/en/events/', '/', '/api/v1/partners/', '/media/ab/', '/ru/x', '/_next/static/']) {
      expect(hasMalformedPathEscape(`${prefix}${escape}`), `${prefix}${escape}`).toBe(true);
    }
  });

  it('leaves well-formed paths alone, whatever they decode to', () => {
    for (const path of [
      '/',
      '/ru/partners/chengdu',
      '/ru/partners/%D0%A8%D1%8B%D0%BC',
      '/ru/partners/%25FF',
      '/ru/partners/%00',
      '/ru/partners/a%2Fb',
      '/ru/%E2%80%AE',
    ]) {
      expect(hasMalformedPathEscape(path), path).toBe(false);
    }
  });

  it('ignores the query string, which the application checks parameter by parameter', () => {
    for (const escape of BROKEN_ESCAPES) expect(hasMalformedPathEscape(`/ru/search?q=${escape}`)).toBe(false);
  });
});

describe('isMalformedOnceDecoded', () => {
  it('finds an escaped % that does not start an escape, which locale routing would decode into one', () => {
    for (const path of ['/ru/x/%25', '/ru/partners/%25/not-found', '/ru/%25zz', '/x/%25C0%25AF', '/ru/%'])
      expect(isMalformedOnceDecoded(path), path).toBe(true);
    for (const path of ['/ru/partners/chengdu', '/ru/x/%2525', '/ru/%2541', '/ru/%D0%A8', '/ru/a%2Fb']) expect(isMalformedOnceDecoded(path), path).toBe(false);
  });
});

describe('namesSite', () => {
  const site = new URL('https://sister-cities.example.kz');
  const local = new URL('http://localhost:3000');

  it('is true for the site host only', () => {
    expect(namesSite('sister-cities.example.kz', site)).toBe(true);
    expect(namesSite('SISTER-CITIES.example.kz', site)).toBe(true);
    for (const host of [
      'attacker.example',
      'sister-cities.example.kz.attacker.example',
      'sister-cities.example.kz:8443',
      '127.0.0.1:3000',
      '',
      '[::1',
      '%FF',
      undefined,
    ]) {
      expect(namesSite(host, site), String(host)).toBe(false);
    }
  });

  it('takes localhost, 127.0.0.1 and [::1] on the same port for one another', () => {
    for (const host of ['localhost:3000', '127.0.0.1:3000', '[::1]:3000']) expect(namesSite(host, local), host).toBe(true);
    for (const host of ['127.0.0.1:3001', 'localhost', 'attacker.example:3000', '0.0.0.0:3000']) expect(namesSite(host, local), host).toBe(false);
  });
});
