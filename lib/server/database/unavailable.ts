import 'server-only';

// Prisma's codes for "the database did not answer": cannot reach, timed out, gave up on the
// connection, closed it, and the pool ran out waiting for one.
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
// The pg driver adapter's error kinds for the same.
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'EPIPE']);
// PostgreSQL SQLSTATE: class 08 is "connection exception"; 57P01–57P03 are a server shutting down or starting.
const unavailableSqlState = (code: string) => code.startsWith('08') || ['57P01', '57P02', '57P03'].includes(code);
// node-postgres reports a lost or never-made connection by message only.
const PG_MESSAGES = [/^Connection terminated/, /timeout exceeded when trying to connect/i, /^Client has encountered a connection error/];

type ErrorLike = { code?: unknown; kind?: unknown; message?: unknown; meta?: unknown; cause?: unknown; driverAdapterError?: unknown };
const asErrorLike = (value: unknown): ErrorLike | null => (typeof value === 'object' && value !== null ? (value as ErrorLike) : null);

/**
 * Whether an error means the database could not be reached (down, restarting, or out of
 * connections), as opposed to a bug or bad input. Those are the ones to answer with "temporarily
 * unavailable" (503), keeping whatever the user typed; anything else stays an error.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  const e = asErrorLike(error);
  if (!e || depth > 5) return false;
  if (typeof e.code === 'string' && (PRISMA_CODES.has(e.code) || SOCKET_CODES.has(e.code) || (/^[0-9A-Z]{5}$/.test(e.code) && unavailableSqlState(e.code))))
    return true;
  if (typeof e.kind === 'string' && ADAPTER_KINDS.has(e.kind)) return true;
  if (e.kind === 'postgres' && typeof e.code === 'string' && unavailableSqlState(e.code)) return true;
  if (typeof e.message === 'string' && PG_MESSAGES.some((pattern) => pattern.test(e.message as string))) return true;
  const adapterError = asErrorLike(asErrorLike(e.meta)?.driverAdapterError);
  return isDatabaseUnavailable(adapterError?.cause ?? adapterError, depth + 1) || isDatabaseUnavailable(e.cause, depth + 1);
}
