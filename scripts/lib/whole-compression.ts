// A small answer compressed whole, at once (docs/decisions/052). Next compresses what it sends by
// streaming it through a new zlib stream, which for a suggestion's few kilobytes cost more server
// time than its query; compressing the finished body in one call costs a twentieth of that.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { compressedNow, preferredCoding } from '@/lib/http/content-coding';
import { chunkBytes, writeHeadHeaders } from './response-parts';

/**
 * Holds back what the application sends on `res` until it ends, then sends it compressed in the
 * coding the client prefers (or as it is, when it reads none), with its length. The request's
 * Accept-Encoding is taken away first, so the application sends the body as it is. Only for
 * answers small by construction: the whole body is held in memory.
 */
export function compressWhenEnded(req: IncomingMessage, res: ServerResponse): void {
  const coding = preferredCoding(req.headers['accept-encoding']);
  delete req.headers['accept-encoding'];
  const chunks: Buffer[] = [];
  const original = { writeHead: res.writeHead, flushHeaders: res.flushHeaders, write: res.write, end: res.end };
  // Headers handed to writeHead stay settable until the end (Node fixes them once writeHead runs).
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    res.statusCode = status;
    for (const [name, value] of Object.entries(writeHeadHeaders([status, ...rest]) ?? {})) if (value !== undefined) res.setHeader(name, value);
    return res;
  }) as ServerResponse['writeHead'];
  res.flushHeaders = () => {};
  const keep = (chunk: unknown, encoding: unknown) => {
    const bytes = chunkBytes(chunk, encoding);
    if (bytes) chunks.push(bytes);
  };
  res.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    keep(chunk, encoding);
    const done = [encoding, callback].find((arg) => typeof arg === 'function') as (() => void) | undefined;
    done?.();
    return true;
  }) as ServerResponse['write'];
  res.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    keep(chunk, encoding);
    Object.assign(res, original);
    const body = Buffer.concat(chunks);
    const vary = String(res.getHeader('vary') ?? '');
    if (!/\baccept-encoding\b/i.test(vary)) res.setHeader('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
    const compressIn = coding && res.statusCode === 200 && body.byteLength > 0 && !res.hasHeader('content-encoding') ? coding : null;
    if (compressIn) res.setHeader('content-encoding', compressIn);
    const sent = compressIn ? compressedNow(compressIn, body) : body;
    if (req.method !== 'HEAD' && res.statusCode !== 304) res.setHeader('content-length', sent.byteLength);
    res.removeHeader('transfer-encoding');
    const done = [chunk, encoding, callback].find((arg) => typeof arg === 'function') as (() => void) | undefined;
    return res.end(req.method === 'HEAD' ? undefined : sent, done);
  }) as ServerResponse['end'];
}
