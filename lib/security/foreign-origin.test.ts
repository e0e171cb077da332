import { describe, expect, it } from 'vitest';
import { isForeignSubmission } from './foreign-origin';

const action = (headers: Record<string, string>) => new Headers({ 'next-action': 'abc123', host: 'portal.example.kz', ...headers });
const form = (headers: Record<string, string>) => new Headers({ 'content-type': 'multipart/form-data; boundary=x', host: 'portal.example.kz', ...headers });

describe('isForeignSubmission', () => {
  it('refuses a server action posted from another site, or from an opaque origin', () => {
    expect(isForeignSubmission('POST', action({ origin: 'https://attacker.example' }))).toBe(true);
    expect(isForeignSubmission('POST', action({ origin: 'https://portal.example.kz.attacker.example' }))).toBe(true);
    expect(isForeignSubmission('POST', action({ origin: 'null' }))).toBe(true);
  });

  it('refuses a form posted from another site without JavaScript (no Next-Action), multipart or urlencoded', () => {
    expect(isForeignSubmission('POST', form({ origin: 'https://attacker.example' }))).toBe(true);
    expect(
      isForeignSubmission(
        'POST',
        new Headers({ 'content-type': 'application/x-www-form-urlencoded', host: 'portal.example.kz', origin: 'https://attacker.example' }),
      ),
    ).toBe(true);
    expect(isForeignSubmission('POST', form({ origin: '%%' }))).toBe(true);
  });

  it('lets through a post from the site itself, also behind a proxy that forwards the host', () => {
    expect(isForeignSubmission('POST', action({ origin: 'https://portal.example.kz' }))).toBe(false);
    expect(isForeignSubmission('POST', form({ origin: 'https://portal.example.kz' }))).toBe(false);
    expect(isForeignSubmission('POST', action({ host: '127.0.0.1:3000', 'x-forwarded-host': 'portal.example.kz', origin: 'https://portal.example.kz' }))).toBe(
      false,
    );
  });

  it('leaves reads, and posts without an Origin, to the application', () => {
    expect(isForeignSubmission('GET', action({ origin: 'https://attacker.example' }))).toBe(false);
    expect(isForeignSubmission('POST', action({}))).toBe(false);
    expect(isForeignSubmission('POST', form({}))).toBe(false);
  });
});
