import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressWhenEnded } from './whole-compression';

// A real HTTP server whose handler writes as Next does (headers set one by one and flushed, then the
// body in parts) or as plain Node code does (writeHead, then end), behind compressWhenEnded().
const BODY = JSON.stringify({ data: Array.from({ length: 40 }, (_, i) => ({ title: `Ыстамбұл ${i}`, detail: 'Туркия · 2026' })) });
const seenEncodings: (string | undefined)[] = [];
let server: Server;
let port = 0;

function application(req: IncomingMessage, res: ServerResponse) {
  seenEncodings.push(req.headers['accept-encoding']);
  if (req.url === '/not-modified') {
    res.writeHead(304, { etag: '"a"' });
    res.end();
    return;
  }
  if (req.url === '/write-head') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(BODY);
    return;
  }
  res.statusCode = 200;
  res.setHeader('content-type', 'application/json');
  res.setHeader('vary', 'rsc');
  res.flushHeaders();
  res.write(BODY.slice(0, 100));
  res.write(Buffer.from(BODY.slice(100)));
  res.end();
}

beforeAll(async () => {
  server = createServer((req, res) => {
    compressWhenEnded(req, res);
    application(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }>((resolve, reject) => {
    const req = request({ port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('compressWhenEnded', () => {
  it('sends the whole body compressed in the coding the client prefers, with its length, and the application never compresses', async () => {
    const br = await get('/', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(Number(br.headers['content-length'])).toBe(br.body.byteLength);
    expect(br.body.byteLength).toBeLessThan(Buffer.byteLength(BODY) / 2);
    expect(brotliDecompressSync(br.body).toString()).toBe(BODY);
    expect(br.headers.vary).toBe('rsc, Accept-Encoding');
    const gzip = await get('/write-head', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(BODY);
    expect(seenEncodings.slice(-2)).toEqual([undefined, undefined]);
  });

  it('sends the body as it is to a client that reads no compression, and nothing with a 304 or a HEAD', async () => {
    const plain = await get('/', { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(BODY);
    expect(Number(plain.headers['content-length'])).toBe(Buffer.byteLength(BODY));
    const notModified = await get('/not-modified', { 'accept-encoding': 'br' });
    expect(notModified.status).toBe(304);
    expect(notModified.headers['content-encoding']).toBeUndefined();
    const head = await get('/', { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.byteLength).toBe(0);
  });
});
