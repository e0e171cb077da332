import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { onDatabaseFailure } from '@/lib/outage/database-failure-signal';
import { logRequestError } from './instrumentation-node';

// What wakes the production server's outage probe (scripts/server.ts listens on the same signal).
const request = { path: '/ru/partners/x', method: 'GET', headers: { 'x-request-id': 'probe-test' } };
let signals = 0;
let stop: () => void;
beforeEach(() => {
  signals = 0;
  stop = onDatabaseFailure(() => (signals += 1));
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterEach(() => {
  stop();
  vi.restoreAllMocks();
});

describe('logRequestError', () => {
  it('wakes the probe for an error that means the database is unreachable', () => {
    logRequestError(Object.assign(new Error('Can’t reach database server'), { code: 'P1001' }), request);
    logRequestError(new Error('query failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) }), request);
    expect(signals).toBe(2);
  });

  it('does not for any other 500: a bug, a malformed request, a constraint', () => {
    logRequestError(new Error('failed to decode param'), request);
    logRequestError(new TypeError("Cannot read properties of undefined (reading 'id')"), request);
    logRequestError(Object.assign(new Error('Unique constraint failed'), { code: 'P2002' }), request);
    logRequestError(Object.assign(new Error('An error occurred in the Server Components render.'), { digest: '12345' }), request);
    expect(signals).toBe(0);
  });
});
