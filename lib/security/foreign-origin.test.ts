import { describe, expect, it } from 'vitest';
import { isForeignServerAction } from './foreign-origin';

const action = (headers: Record<string, string>) => new Headers({ 'next-action': 'abc123', host: 'portal.example.kz', ...headers });

describe('isForeignServerAction', () => {
  it('refuses a server action posted from another site, or from an opaque origin', () => {
    expect(isForeignServerAction('POST', action({ origin: 'https://attacker.example' }))).toBe(true);
    expect(isForeignServerAction('POST', action({ origin: 'https://portal.example.kz.attacker.example' }))).toBe(true);
    expect(isForeignServerAction('POST', action({ origin: 'null' }))).toBe(true);
  });

  it('lets through one from the site itself, also behind a proxy that forwards the host', () => {
    expect(isForeignServerAction('POST', action({ origin: 'https://portal.example.kz' }))).toBe(false);
    expect(isForeignServerAction('POST', action({ host: '127.0.0.1:3000', 'x-forwarded-host': 'portal.example.kz', origin: 'https://portal.example.kz' }))).toBe(false);
  });

  it('leaves other requests, and actions without an Origin, to the application', () => {
    expect(isForeignServerAction('GET', action({ origin: 'https://attacker.example' }))).toBe(false);
    expect(isForeignServerAction('POST', new Headers({ origin: 'https://attacker.example', host: 'portal.example.kz' }))).toBe(false);
    expect(isForeignServerAction('POST', action({}))).toBe(false);
  });
});
