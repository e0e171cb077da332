import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './unavailable';

// Shapes as Prisma 7 with @prisma/adapter-pg and node-postgres raise them (seen with the embedded
// PostgreSQL stopped under a running server).
const adapterError = (cause: object) => Object.assign(new Error('DatabaseNotReachable'), { name: 'DriverAdapterError', cause });
const prismaError = (code: string, cause?: object) =>
  Object.assign(new Error(`Invalid \`prisma.partner.findFirst()\` invocation`), { code, meta: cause ? { driverAdapterError: adapterError(cause) } : {} });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['Prisma cannot reach the server', prismaError('P1001', { kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 5432 })],
    ['the pool timed out', prismaError('P2024')],
    ['the server closed the connection', prismaError('P1017')],
    [
      'an adapter error carrying a closed connection',
      Object.assign(new Error('x'), { meta: { driverAdapterError: adapterError({ kind: 'ConnectionClosed' }) } }),
    ],
    ['PostgreSQL shutting down (57P01)', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })],
    ['PostgreSQL starting up (57P03)', prismaError('P2010', { kind: 'postgres', code: '57P03' })],
    ['a connection exception (08006)', Object.assign(new Error('connection failure'), { code: '08006' })],
    ['a refused socket', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['node-postgres losing its connection', new Error('Connection terminated unexpectedly')],
    ['a connect timeout', new Error('timeout exceeded when trying to connect')],
    ['the reason wrapped as a cause', new Error('query failed', { cause: Object.assign(new Error('x'), { code: 'ECONNRESET' }) })],
  ])('%s: unavailable', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', prismaError('P2002')],
    ['a check violation', Object.assign(new Error('new row violates check constraint'), { code: '23514' })],
    ['a record not found', prismaError('P2025')],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['not an error at all', 'ECONNREFUSED'],
    ['nothing', undefined],
  ])('%s: not unavailable', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it('stops following a cause chain that loops', () => {
    const looping: { message: string; cause?: unknown } = { message: 'loop' };
    looping.cause = looping;
    expect(isDatabaseUnavailable(looping)).toBe(false);
  });
});
