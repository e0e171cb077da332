import net from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROKEN_ESCAPES, inputTally, nastyText } from '../support/bad-input';
import { startProductionServer, type ProductionServer } from '../support/production-server';
import { serverReferences } from '@/scripts/lib/server-actions';

// Property-based tests of what a hostile client puts in a request besides its query string: the
// path's segments, the headers, the cookies, the body's framing. Against the real production
// server (scripts/server.ts in front of Next.js), because most of this never reaches code a unit
// test can call. Whatever comes, the answer is never a 5xx.
//
// Inputs tried: a fixed list of malformed paths, and RUNS per property; the total is printed at the
// end ("[bad-input-http] N bad inputs tried; …"). BAD_INPUT_RUNS=500 searches deeper locally.
const RUNS = Number(process.env.BAD_INPUT_RUNS ?? 60);

let server: ProductionServer;
const { tally, report } = inputTally('bad-input-http');

beforeAll(async () => {
  server = await startProductionServer('bad-input');
}, 240_000);
afterAll(async () => {
  report();
  await server?.stop();
});

type Answer = { status: number; head: string; closed: boolean };

/**
 * One request written byte for byte over its own connection: fetch would encode the path again,
 * refuse odd header values and choose the Host itself. `body` is sent chunked, without a length.
 */
function send({
  method = 'GET',
  target,
  headers = [],
  body,
}: {
  method?: string;
  target: string;
  headers?: [string, string][];
  body?: AsyncIterable<Buffer>;
}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(server.port, '127.0.0.1');
    let received = Buffer.alloc(0);
    const named = (name: string) => headers.some(([n]) => n.toLowerCase() === name);
    const lines = [
      `${method} ${target} HTTP/1.1`,
      ...(named('host') ? [] : [`Host: localhost:${server.port}`]),
      ...headers.map(([name, value]) => `${name}: ${value}`),
      ...(body ? ['Transfer-Encoding: chunked'] : []),
      'Connection: close',
    ];
    socket.on('data', (chunk) => (received = Buffer.concat([received, chunk])));
    // A server that answers before reading the whole body may reset the connection: the answer it sent counts.
    socket.on('error', () => {});
    socket.once('close', () => {
      const head = received.toString('latin1').split('\r\n\r\n')[0] ?? '';
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0);
      if (!status) reject(new Error(`no answer to ${method} ${target}`));
      else resolve({ status, head, closed: true });
    });
    socket.write(Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'utf8'));
    if (!body) return;
    void (async () => {
      try {
        for await (const chunk of body) {
          if (socket.destroyed) return;
          socket.write(`${chunk.byteLength.toString(16)}\r\n`);
          socket.write(chunk);
          socket.write('\r\n');
        }
        if (!socket.destroyed) socket.write('0\r\n\r\n');
      } catch {
        // the server hung up mid-body
      }
    })();
  });
}

async function expectNoServerError(request: Parameters<typeof send>[0]) {
  tally.tried += 1;
  const answer = await send(request);
  if (answer.status >= 500) tally.serverErrors += 1;
  expect(answer.status, `${request.method ?? 'GET'} ${request.target} ${JSON.stringify(request.headers ?? [])}`).toBeLessThan(500);
  return answer;
}

// Where a malformed escape was seen to answer 500: detail pages (through the proxy's not-found
// rewrite), any page, the admin, the API, media, files and feeds, Next's own files, and the catch-all.
const PREFIXES = [
  '/ru/partners/',
  '/kk/agreements/',
  '/en/events/',
  '/ru/about/',
  '/ru/',
  '/',
  '/ru/admin/',
  '/ru/admin/partners/',
  '/api/v1/',
  '/api/v1/partners/',
  '/api/v1/agreements/',
  '/media/',
  '/ru/events.ics/',
  '/kk/no/such/',
  '/kk-latn/partners/',
  '/_next/static/',
  '/api/auth/',
];
const ISSUE_ESCAPES = ['%', '%%', '%C0%AF', '%FF'];

describe('malformed paths', () => {
  it('a malformed %-escape anywhere in the path answers 400, never 500', async () => {
    for (const prefix of PREFIXES) {
      for (const escape of ISSUE_ESCAPES) {
        for (const target of [`${prefix}${escape}`, `${prefix}a${escape}b/c`, `${prefix}${escape}?q=1`]) {
          const answer = await expectNoServerError({ target });
          expect(answer.status, target).toBe(400);
          expect(answer.head, target).toMatch(/\r\ncontent-security-policy: /i);
        }
      }
    }
  });

  it('any other escape or text in a path segment answers without a 5xx', async () => {
    const segment = fc.oneof(
      fc.constantFrom(...BROKEN_ESCAPES),
      nastyText.filter((text) => text.length < 2_000).map(encodeURIComponent),
      nastyText.filter((text) => text.length < 2_000).map((text) => encodeURI(text).replace(/[?#]/g, '')),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PREFIXES), segment, fc.constantFrom('', '/', '/not-found', '.ics'), async (prefix, text, suffix) => {
        await expectNoServerError({ target: `${prefix}${text}${suffix}` });
      }),
      { numRuns: RUNS },
    );
  });
});

// Headers a browser, a crawler or a scanner may send wrong, with values meant to break their parsers.
const ODD_VALUES: Record<string, string[]> = {
  Cookie: [
    'NEXT_LOCALE=%FF',
    'NEXT_LOCALE=xx; NEXT_LOCALE=kk',
    'portal.session_token=%E0%A4%A',
    '__Secure-portal.session_token=a.b.c',
    '===;;; a',
    '; ;',
    `big=${'x'.repeat(8_000)}`,
    'portal.session_token="unclosed',
  ],
  'Accept-Language': [
    '*;q=NaN',
    'xx-YY;q=2, ;q=',
    'kk-Latn-KZ-x-private;q=0.9',
    `${'a'.repeat(4_000)}`,
    Array.from({ length: 500 }, (_, i) => `l${i};q=0.${i % 10}`).join(','),
    ',,,',
    'ru;q=-1, en;q=1e309',
  ],
  Host: ['attacker.example', '[::1', 'localhost:99999', 'localhost:3000@attacker.example', '%FF', 'a'.repeat(300), 'LOCALHOST'],
  'X-Forwarded-Host': ['attacker.example', '%FF', 'a, b, c', '[::1'],
  'X-Request-Id': ['%FF', 'a'.repeat(5_000), '../../etc/passwd', '"quoted"'],
  'Next-Router-State-Tree': [
    'garbage',
    '%7B',
    '[["",{}]]',
    '["x"]',
    encodeURIComponent(JSON.stringify(['', { children: ['__PAGE__', {}] }, null, null, true])),
    '%E0%A4%A',
  ],
  RSC: ['1', '0', 'garbage'],
  'Next-Router-Prefetch': ['1', '2', 'garbage'],
  'Next-Router-Segment-Prefetch': ['/_tree', '%FF', '/../..', '/_full'],
  'Next-Url': ['%FF', '/ru/partners', 'http://attacker.example/'],
  'Next-Action': ['garbage', '0'.repeat(42), ''],
  'If-None-Match': ['W/"x"', '*', '"unclosed', 'W/'],
  Range: ['bytes=0-0', 'bytes=-1', 'bytes=99999999999999999999-', 'lines=1-2'],
  Accept: ['*/*;q=NaN', 'text/x-component', 'application/json;;;'],
  'Accept-Encoding': ['br;q=2, gzip;q=-1', 'identity;q=0, *;q=0', 'x'.repeat(2_000)],
  Origin: ['null', '%%', 'http://attacker.example'],
  'Content-Type': ['multipart/form-data', 'multipart/form-data; boundary=', 'text/x-component'],
};
const PAGES = [
  '/',
  '/ru',
  '/kk/partners',
  '/en/partners/chengdu',
  '/ru/agreements',
  '/kk/events',
  '/ru/search?q=a',
  '/ru/admin',
  '/ru/admin/sign-in',
  '/api/v1/partners',
  '/ru/events.ics',
  '/ru/feed.xml',
  '/ru/no/such/page',
  '/media/ab/x.jpg',
];

describe('odd headers and cookies', () => {
  it('no header value answers a 5xx, on any kind of page', async () => {
    const header = fc
      .constantFrom(...Object.keys(ODD_VALUES))
      .chain((name) =>
        fc.tuple(
          fc.constant(name),
          fc.oneof(
            { arbitrary: fc.constantFrom(...(ODD_VALUES[name] ?? [])), weight: 3 },
            { arbitrary: nastyText.filter((text) => text.length < 4_000), weight: 1 },
          ),
        ),
      );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PAGES), fc.array(header, { minLength: 1, maxLength: 4 }), async (target, headers) => {
        await expectNoServerError({ target, headers: headers.map(([name, value]) => [name, value.replace(/[\r\n]/g, ' ')]) });
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('a forged Host or X-Forwarded-Host never names itself in an answer, nor in the copy others get', async () => {
    for (const forged of [
      ['Host', 'attacker.example'],
      ['X-Forwarded-Host', 'attacker.example'],
    ] as [string, string][]) {
      for (const target of ['/ru/about', '/kk/partners', '/en/partners/chengdu', '/api/v1/partners']) {
        const answer = await expectNoServerError({ target, headers: [forged] });
        expect(answer.head, `${forged[0]} ${target}`).not.toContain('attacker.example');
        const next = await expectNoServerError({ target });
        expect(next.head, target).not.toContain('attacker.example');
      }
    }
  });
});

async function* zeros(total: number) {
  const chunk = Buffer.alloc(256 * 1024);
  for (let sent = 0; sent < total; sent += chunk.byteLength) yield chunk;
}

describe('bodies', () => {
  it('a chunked body over the upload limit, without Content-Length, answers 413 and the connection is closed', async () => {
    const boundary = '----bad-input';
    // With JavaScript (a real action's id in Next-Action) and without (the action named in the body).
    const [action] = serverReferences(process.env.E2E_DIST_DIR ?? '.next-test').actions;
    for (const headers of [[['Next-Action', String(action)]], []] as [string, string][][]) {
      const answer = await expectNoServerError({
        method: 'POST',
        target: '/ru/about',
        headers: [['Origin', server.base], ['Content-Type', `multipart/form-data; boundary=${boundary}`], ...headers],
        body: zeros(23 * 1024 * 1024),
      });
      expect(answer.status).toBe(413);
      expect(answer.head).toMatch(/\r\nconnection: close/i);
    }
    expect((await send({ target: '/ru' })).status).toBe(200); // and the server carries on
  });

  it('a form posted from another site without JavaScript (no Next-Action) answers 403', async () => {
    for (const type of ['multipart/form-data; boundary=x', 'application/x-www-form-urlencoded']) {
      for (const target of ['/ru/about', '/ru/admin/sign-in', '/kk/partners']) {
        const answer = await expectNoServerError({
          method: 'POST',
          target,
          headers: [
            ['Origin', 'https://attacker.example'],
            ['Content-Type', type],
            ['Content-Length', '0'],
          ],
        });
        expect(answer.status, `${type} ${target}`).toBe(403);
      }
    }
  });
});
