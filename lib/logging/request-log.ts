import { randomUUID } from 'node:crypto';

// One JSON line per HTTP request, and one per application error, for the production server
// (scripts/server.ts) and instrumentation.ts. What a line may hold is decided here and only here:
// no client address, cookie, header value, query string or request body ever goes in — those are
// where personal data and secrets travel. Paths are kept, minus the few that carry a token.

export type LogLevel = 'info' | 'warn' | 'error';

export type RequestLogLine = {
  time: string;
  level: LogLevel;
  msg: 'request';
  requestId: string;
  method: string;
  path: string;
  status: number;
  durationMs: number;
  /** Answered by the server from its copy of the response (docs/decisions/017), not by the application. */
  servedFrom?: ServedFrom;
};

/** A current copy, or, while the database is down, the last copy however old; or the server's own refusal (429, or 503 with the render queue full). */
export type ServedFrom = 'copy' | 'outage copy' | 'refusal';

export type ErrorLogLine = {
  time: string;
  level: 'error';
  msg: 'application error';
  requestId: string | null;
  method: string;
  path: string;
  digest: string | null;
  error: string;
};

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;
const MAX_PATH = 512;
const MAX_MESSAGE = 300;
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
// better-auth's reset-password endpoint carries its one-time token in the path.
const TOKEN_IN_PATH = /^(\/api\/auth\/reset-password\/)[^/]+/;

/** A proxy's X-Request-Id when it is a sane token (so log lines can be joined across hops), else a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && REQUEST_ID.test(value) ? value : randomUUID();
}

export function levelForStatus(status: number): LogLevel {
  return status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
}

/** The path alone: no query string or fragment (tokens, e-mail addresses, search terms), no token segment, bounded length. */
export function loggablePath(url: string | undefined): string {
  const raw = (url ?? '/').split(/[?#]/, 1)[0] || '/';
  const pathOnly = raw.startsWith('/') ? raw : '/'; // an absolute-form request target would carry the host
  return pathOnly.replace(TOKEN_IN_PATH, '$1[redacted]').slice(0, MAX_PATH);
}

/** A method from the request line as sent: unknown ones are logged as OTHER rather than echoed. */
function loggableMethod(method: string | undefined): string {
  const upper = (method ?? '').toUpperCase();
  return METHODS.has(upper) ? upper : 'OTHER';
}

export function requestLogLine(request: {
  requestId: string;
  method?: string;
  url?: string;
  status: number;
  durationMs: number;
  servedFrom?: ServedFrom;
  now?: Date;
}): RequestLogLine {
  return {
    time: (request.now ?? new Date()).toISOString(),
    level: levelForStatus(request.status),
    msg: 'request',
    requestId: request.requestId,
    method: loggableMethod(request.method),
    path: loggablePath(request.url),
    status: request.status,
    durationMs: Math.round(request.durationMs * 10) / 10,
    ...(request.servedFrom && { servedFrom: request.servedFrom }),
  };
}

/**
 * An error thrown while handling a request: its message (with any connection-string credentials
 * and e-mail addresses blanked, and shortened) and Next's digest, which the error page shows the
 * visitor — never the stack, which can quote source and data.
 */
export function errorLogLine(
  error: { message?: unknown; digest?: unknown },
  request: { requestId?: string | null; method?: string; path?: string },
  now = new Date(),
): ErrorLogLine {
  const message = typeof error.message === 'string' ? error.message : 'unknown error';
  return {
    time: now.toISOString(),
    level: 'error',
    msg: 'application error',
    requestId: request.requestId && REQUEST_ID.test(request.requestId) ? request.requestId : null,
    method: loggableMethod(request.method),
    path: loggablePath(request.path),
    digest: typeof error.digest === 'string' ? error.digest : null,
    error: redactMessage(message),
  };
}

function redactMessage(message: string): string {
  return message
    .replace(/([a-z][a-z0-9+.-]*:\/\/)[^@\s/]*@/gi, '$1[redacted]@')
    .replace(/[^\s@"'<>]+@[^\s@"'<>]+\.[a-z]{2,}/gi, '[e-mail]')
    .split('\n', 1)[0]!
    .slice(0, MAX_MESSAGE);
}

export const formatLogLine = (line: RequestLogLine | ErrorLogLine | Record<string, unknown>) => `${JSON.stringify(line)}\n`;
