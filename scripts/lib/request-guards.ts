// Requests the production server (scripts/server.ts) answers itself, before Next.js sees them,
// because Next.js can only end them with a 500 (docs/decisions/020-hostile-requests.md).
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { hasMalformedPathEscape } from '@/lib/http/request-target';
import { STATIC_CONTENT_SECURITY_POLICY, STATIC_SECURITY_HEADER_FIELDS } from '@/lib/security/headers';
import { bodyTooLarge, MAX_BODY_BYTES } from '@/lib/security/request-limits';
import { callsNoServerAction, formBodyScanner, mayNameActionInBody, refuseActionCall, type ServerReferences } from './server-actions';

/**
 * True when the request was answered here: a path that does not decode gets 400, whatever it
 * names; a POST naming a server reference that is no action gets 404 (decision 021). A body is
 * checked as it arrives, after Next has the request: see `checkBody`.
 */
export function answeredBeforeNext(req: IncomingMessage, res: ServerResponse, references: ServerReferences, maxBodyBytes = MAX_BODY_BYTES): boolean {
  if (hasMalformedPathEscape(req.url ?? '/')) {
    refuse(res, 400, 'Bad Request: the path holds a malformed %-escape.');
    return true;
  }
  // Before the action check, so that a body too large is refused as such, whatever it calls.
  if (bodyTooLarge(req.headers['content-length'])) {
    // Node reads and drops the declared body once the answer is sent, so the client, still sending,
    // gets to read it (closing now would break its upload with EPIPE before it sees the 413).
    refuse(res, 413, 'Request body too large.');
    return true;
  }
  if (callsNoServerAction(req.method, req.headers['next-action'], references.actions)) {
    refuseActionCall(res);
    return true;
  }
  checkBody(req, [limitStreamedBody(req, res, maxBodyBytes), refuseCallsInForm(req, res, references.notCallable)]);
  return false;
}

/** Reads each chunk of a body as it arrives; true when it has answered the request, which then reads no further. */
type BodyCheck = { chunk(bytes: Uint8Array): boolean; end?(): boolean } | null;

/**
 * The request stream's `push` is where Node's HTTP parser hands over each chunk, whoever reads it
 * later (Next.js reads it in its own time), so the checks sit there, holding nothing but what they
 * count. Once one has answered, nothing more is pushed, the end included: Next never gets the
 * whole body, so it runs nothing with it.
 */
function checkBody(req: IncomingMessage, checks: BodyCheck[]) {
  const active = checks.filter((check) => check !== null);
  if (active.length === 0) return;
  let answered = false;
  const push = req.push.bind(req);
  req.push = (chunk: unknown, encoding?: BufferEncoding) => {
    if (!answered && chunk === null) answered = active.some((check) => check.end?.() ?? false);
    else if (!answered && chunk instanceof Uint8Array) answered = active.some((check) => check.chunk(chunk));
    return answered ? false : push(chunk, encoding); // false tells the parser to stop reading the socket
  };
}

/**
 * A body sent without Content-Length (chunked) is counted as it arrives: the proxy can only
 * refuse a declared length. Past the limit the rest is not read: the client gets 413 and the
 * connection is closed.
 */
function limitStreamedBody(req: IncomingMessage, res: ServerResponse, maxBodyBytes: number): BodyCheck {
  if (req.headers['content-length'] !== undefined) return null;
  let received = 0;
  return {
    chunk(bytes) {
      received += bytes.byteLength;
      if (received <= maxBodyBytes) return false;
      if (!res.headersSent) refuse(res, 413, 'Request body too large.', { close: true });
      return true;
    },
  };
}

/** A form posted without JavaScript names its action in the body: one naming a reference that is no action gets 404. */
function refuseCallsInForm(req: IncomingMessage, res: ServerResponse, notCallable: ReadonlySet<string>): BodyCheck {
  if (!mayNameActionInBody(req)) return null;
  const scanner = formBodyScanner(notCallable);
  const answer = (found: boolean) => {
    if (found && !res.headersSent) refuseActionCall(res);
    return found;
  };
  return { chunk: (bytes) => answer(scanner.chunk(bytes)), end: () => answer(scanner.end()) };
}

/** `close`: the rest of the body will not be read, so the connection cannot carry another request. */
function refuse(res: ServerResponse, status: 400 | 413, message: string, { close = false } = {}) {
  const headers: OutgoingHttpHeaders = {
    ...STATIC_SECURITY_HEADER_FIELDS,
    'Content-Security-Policy': STATIC_CONTENT_SECURITY_POLICY,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    ...(close && { Connection: 'close' }),
  };
  const body = Buffer.from(`${message}\n`);
  res.writeHead(status, { ...headers, 'Content-Length': body.byteLength });
  res.end(body);
}
