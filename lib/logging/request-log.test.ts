import { describe, expect, it } from 'vitest';
import { errorLogLine, formatLogLine, levelForStatus, loggablePath, requestIdFrom, requestLogLine } from './request-log';

describe('request log lines', () => {
  it('hold exactly the agreed fields, and a path without its query string', () => {
    const line = requestLogLine({
      requestId: 'abc-123',
      method: 'get',
      url: '/ru/partners?q=admin%40example.org&token=s3cret#top',
      status: 200,
      durationMs: 12.345,
      now: new Date('2026-11-22T03:00:00Z'),
    });
    expect(line).toEqual({
      time: '2026-11-22T03:00:00.000Z',
      level: 'info',
      msg: 'request',
      requestId: 'abc-123',
      method: 'GET',
      path: '/ru/partners',
      status: 200,
      durationMs: 12.3,
    });
  });

  it('never carry a query string, cookie, authorization header, e-mail or address, whatever the request held', () => {
    const secrets = ['s3cret', 'admin@example.org', 'admin%40example.org', 'portal.session_token', 'Bearer', '203.0.113.7'];
    // The builder takes no headers at all; a request's secrets can only travel in its URL.
    const text = formatLogLine(
      requestLogLine({
        requestId: requestIdFrom('portal.session_token=s3cret'),
        method: 'POST',
        url: '/api/auth/sign-in/email?email=admin@example.org&ip=203.0.113.7',
        status: 401,
        durationMs: 3,
      }),
    );
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(text.endsWith('\n')).toBe(true);
    expect(JSON.parse(text)).toMatchObject({ level: 'warn', path: '/api/auth/sign-in/email', status: 401 });
  });

  it('blank the one-time token better-auth carries in a path', () => {
    expect(loggablePath('/api/auth/reset-password/Zm9vYmFy?callbackURL=/ru')).toBe('/api/auth/reset-password/[redacted]');
  });

  it('keep absolute-form targets and very long paths out', () => {
    expect(loggablePath('http://user:pw@example.org/ru')).toBe('/');
    expect(loggablePath(`/${'a'.repeat(2000)}`)).toHaveLength(512);
    expect(requestLogLine({ requestId: 'x', method: 'BREW', url: '/', status: 200, durationMs: 1 }).method).toBe('OTHER');
  });

  it('take a sane incoming request id and replace any other', () => {
    expect(requestIdFrom('edge-7f3a.b_9')).toBe('edge-7f3a.b_9');
    for (const bad of [undefined, '', 'has space', 'a'.repeat(65), 'inject\n{"level":"info"}', 'ключ']) {
      expect(requestIdFrom(bad)).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(requestIdFrom(['first-id', 'second'])).toBe('first-id');
  });

  it('log 5xx as error, 4xx as warn, everything else as info', () => {
    expect([200, 304, 399, 400, 404, 499, 500, 503].map(levelForStatus)).toEqual(['info', 'info', 'info', 'warn', 'warn', 'warn', 'error', 'error']);
  });

  it('report an application error by message and digest, with credentials and e-mails blanked and no stack', () => {
    const error = Object.assign(
      new Error("Can't reach database server at postgresql://portal:hunter2@db:5432/portal for admin@example.org\n    at secretFunction (/srv/app.js:1:1)"),
      { digest: '12345' },
    );
    const line = errorLogLine(error, { requestId: 'req-1', method: 'GET', path: '/ru/partners?q=x' }, new Date('2026-11-22T03:00:00Z'));
    expect(line).toEqual({
      time: '2026-11-22T03:00:00.000Z',
      level: 'error',
      msg: 'application error',
      requestId: 'req-1',
      method: 'GET',
      path: '/ru/partners',
      digest: '12345',
      error: "Can't reach database server at postgresql://[redacted]@db:5432/portal for [e-mail]",
    });
    expect(errorLogLine({}, { requestId: 'bad id' }).requestId).toBeNull();
  });
});

describe('requestLogLine servedFrom', () => {
  it('says when the server answered from its copy, and says nothing when the application did', () => {
    expect(requestLogLine({ requestId: 'x', method: 'GET', url: '/ru', status: 200, durationMs: 0.4, servedFrom: 'copy' }).servedFrom).toBe('copy');
    expect(requestLogLine({ requestId: 'x', method: 'GET', url: '/ru', status: 200, durationMs: 40 })).not.toHaveProperty('servedFrom');
  });
});
