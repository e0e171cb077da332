// Requests the production server (scripts/server.ts) answers itself, before Next.js sees them,
// because Next.js can only end them with a 500 (docs/decisions/020-hostile-requests.md).
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { hasMalformedPathEscape } from '@/lib/http/request-target';
import { STATIC_CONTENT_SECURITY_POLICY, STATIC_SECURITY_HEADERS } from '@/lib/security/headers';
import { MAX_BODY_BYTES } from '@/lib/security/request-limits';

/** True when the request was answered here: a path that does not decode gets 400, whatever it names. */
export function answeredBeforeNext(req: IncomingMessage, res: ServerResponse, maxBodyBytes = MAX_BODY_BYTES): boolean {
  if (hasMalformedPathEscape(req.url ?? '/')) {
    refuse(res, 400, 'Bad Request: the path holds a malformed %-escape.');
    return true;
  }
  limitStreamedBody(req, res, maxBodyBytes);
  return false;
}

/**
 * A body sent without Content-Length (chunked) is counted as it arrives: the proxy can only
 * refuse a declared length. Past the limit the rest is not read: the client gets 413 and the
 * connection is closed. The request stream's `push` is where Node's HTTP parser hands over each
 * chunk, whoever reads it later (Next.js reads it in its own time), so the count sits there.
 */
function limitStreamedBody(req: IncomingMessage, res: ServerResponse, maxBodyBytes: number) {
  if (req.headers['content-length'] !== undefined) return;
  let received = 0;
  const push = req.push.bind(req);
  req.push = (chunk: unknown, encoding?: BufferEncoding) => {
    if (chunk === null || !(chunk instanceof Uint8Array)) return push(chunk, encoding);
    received += chunk.byteLength;
    if (received <= maxBodyBytes) return push(chunk, encoding);
    if (!res.headersSent) refuse(res, 413, 'Request body too large.');
    return false; // tells the parser to stop reading the socket
  };
}

function refuse(res: ServerResponse, status: 400 | 413, message: string) {
  const headers: OutgoingHttpHeaders = {
    ...Object.fromEntries(STATIC_SECURITY_HEADERS.map(({ key, value }) => [key, value])),
    'Content-Security-Policy': STATIC_CONTENT_SECURITY_POLICY,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    // Whatever the client still sends is not read: the connection cannot carry another request.
    ...(status === 413 && { Connection: 'close' }),
  };
  const body = Buffer.from(`${message}\n`);
  res.writeHead(status, { ...headers, 'Content-Length': body.byteLength });
  res.end(body);
}
