// The production server (scripts/server.ts) keeps a copy of each public response it sends whole.
// While the database answers, a current copy is sent again instead of rendering the page once more
// (docs/decisions/017-copies-of-public-responses.md); while it does not, a public page is answered
// from its last copy, and any other page with the localized "temporarily unavailable" page (503),
// so no visitor waits on a render that cannot finish (docs/decisions/015-database-outages.md).
import { createHash } from 'node:crypto';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { MAX_AGE_MS, isCurrent, publicDataGeneration } from '@/lib/cache/public-freshness';
import { namesSite } from '@/lib/http/request-target';
import { publicRoute, type PublicRoute } from '@/lib/copies/route';
import { CopyStore, type Copy } from '@/lib/copies/store';
import { policyForCopy } from '@/lib/security/copy-policy';
import { Slots } from '@/lib/concurrency/slots';
import type { RateLimiter } from '@/lib/http/rate-limit';
import { apiRefusal } from '@/lib/open-data/http';
import { RETRY_AFTER_SECONDS, tooManyRequestsPage, unavailablePage } from '@/lib/outage/unavailable-page';
import { ifNoneMatchNames } from '@/lib/http/entity-tags';
import { CODINGS, compressed, preferredCoding } from '@/lib/http/content-coding';
import { compressWhenEnded } from './whole-compression';
import { chunkBytes, writeHeadHeaders } from './response-parts';
import type { ServedFrom } from '@/lib/logging/request-log';

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

const answeredFromCopy = new WeakMap<ServerResponse, ServedFrom>();
/** Whether this response was a copy (for the request log), or undefined when the application answered. */
export const servedFrom = (res: ServerResponse): ServedFrom | undefined => answeredFromCopy.get(res);

// Headers that belong to one response on one connection, or to one visitor, never to a copy.
const NOT_COPIED = new Set([
  'set-cookie',
  'date',
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'x-request-id',
  'etag',
]);
// A page, and the largest export (every event as CSV), fit; anything bigger is rendered each time.
const PAGE_LIMIT_BYTES = 2 * 1024 * 1024;
const DATA_LIMIT_BYTES = 32 * 1024 * 1024;
// How long a request waits for the same page that another request is already rendering.
const WAIT_FOR_RENDER_MS = 15_000;
const SLOTS_KEPT_FROM_LIMITED_WORK = 2;
/** A copy this large is compressed as soon as it is stored, a smaller one when it is first sent again (compressOnce). */
const COMPRESS_AT_ONCE_BYTES = 16 * 1024;

function decoded(body: Buffer, encoding: string | undefined): Buffer {
  switch (encoding) {
    case 'gzip':
      return gunzipSync(body);
    case 'br':
      return brotliDecompressSync(body);
    case 'deflate':
      return inflateSync(body);
    default:
      return body;
  }
}

/** The locale cookie is the only one a public response may set (next-intl's); any other makes it no one else's. */
function localeCookieOf(setCookie: OutgoingHttpHeaders[string]): string | null | false {
  const cookies = setCookie === undefined ? [] : Array.isArray(setCookie) ? setCookie : [String(setCookie)];
  if (cookies.length === 0) return null;
  return cookies.length === 1 && cookies[0]?.startsWith('NEXT_LOCALE=') ? cookies[0] : false;
}

export type CopyOptions = {
  isUp: () => boolean;
  /** The site's public address (SITE_URL): only a response to a request for that host is kept. */
  site: URL;
  budgetBytes?: number;
  /** The longest a copy is sent again while nothing says it changed (the date on a page, the data caches' own lifetimes). */
  maxAgeMs?: number;
  /** How many pages and API reads the application renders at once; the rest wait their turn (lib/concurrency/slots.ts). */
  renderSlots?: number;
  /** How many may wait for a render slot; past that, a 503 at once. */
  renderQueueLimit?: number;
  /**
   * Searches and API reads that no copy answers, per client address (the one address the server
   * put in X-Forwarded-For); past its allowance a client gets 429. None: no limit.
   */
  rateLimiter?: RateLimiter;
  /**
   * How long a refused client waits for its 429. A flood asks again the moment it is answered: one
   * second per answer holds it to one request a second per connection, where an instant 429 let
   * it send hundreds and take the server's thread from everyone else.
   */
  refusalDelayMs?: number;
  now?: () => number;
};

/**
 * Wraps the application's request handler: keeps what it sends for public pages and open-data
 * reads, and answers from those copies while they are current, or during an outage.
 */
export function withPublicCopies(
  handle: Handler,
  {
    isUp,
    site,
    budgetBytes = 128 * 1024 * 1024,
    maxAgeMs = MAX_AGE_MS,
    renderSlots = 8,
    renderQueueLimit,
    rateLimiter,
    refusalDelayMs = 1_000,
    now = Date.now,
  }: CopyOptions,
): Handler {
  const copies = new CopyStore(budgetBytes);
  const rendering = new Map<string, Promise<void>>();
  const slots = new Slots(renderSlots, renderQueueLimit);
  // Searches and uncached API reads never hold every slot: the admin and public pages without a
  // copy always find one free, however many searches a flood brings.
  const slotsForLimitedWork = new Slots(Math.max(1, renderSlots - SLOTS_KEPT_FROM_LIMITED_WORK), renderQueueLimit);

  /** The server's own refusal, in the request's format: the API's Error shape, or a page in its locale. */
  function refuse(req: IncomingMessage, res: ServerResponse, route: Routed, status: 429 | 503, retryAfterSeconds: number) {
    answeredFromCopy.set(res, 'refusal');
    const answer =
      route.kind === 'public-data'
        ? apiRefusal(status, retryAfterSeconds)
        : status === 429
          ? tooManyRequestsPage(route.locale, retryAfterSeconds)
          : unavailablePage(route.locale);
    send(req, res, answer.status, answer.headers, answer.body);
  }

  /** Whether this client may have one more search or uncached API read now; if not, it has been told when to retry. */
  function admitted(req: IncomingMessage, res: ServerResponse, route: Routed): boolean {
    const verdict = rateLimiter?.take(String(req.headers['x-forwarded-for'] ?? 'unknown')) ?? { ok: true };
    if (!verdict.ok) {
      answeredFromCopy.set(res, 'refusal');
      const timer = setTimeout(() => res.destroyed || refuse(req, res, route, 429, verdict.retryAfterSeconds), refusalDelayMs);
      res.once('close', () => clearTimeout(timer));
    }
    return verdict.ok;
  }

  const renderIfAdmitted = (req: IncomingMessage, res: ServerResponse, route: Routed) =>
    admitted(req, res, route) ? render(req, res, route, true) : undefined;

  /**
   * The application's handler for a page or API read, in turn; a visitor who left while waiting
   * costs no render, and with the line full, a 503 at once rather than a wait that only grows.
   */
  async function render(req: IncomingMessage, res: ServerResponse, route: Routed, limited = false) {
    const releaseLimited = limited ? await slotsForLimitedWork.acquire() : () => {};
    const releaseSlot = releaseLimited && (await slots.acquire());
    if (!releaseLimited || !releaseSlot) {
      releaseLimited?.();
      return refuse(req, res, route, 503, RETRY_AFTER_SECONDS);
    }
    const release = () => {
      releaseSlot();
      releaseLimited();
    };
    if (req.destroyed || res.destroyed) return release();
    res.once('close', release);
    if (route.kind === 'public-data' && route.small) compressWhenEnded(req, res);
    try {
      await handle(req, res);
    } catch (error) {
      release();
      throw error;
    }
  }

  /** Keeps the response if it is whole and good. */
  function capture(key: string, kind: 'public-page' | 'public-data', res: ServerResponse, generation: number, reused: boolean): Promise<void> {
    const chunks: Buffer[] = [];
    let size = 0;
    const limit = kind === 'public-page' ? PAGE_LIMIT_BYTES : DATA_LIMIT_BYTES;
    const keep = (chunk: unknown, encoding?: unknown) => {
      const buffer = size > limit ? null : chunkBytes(chunk, encoding);
      if (!buffer) return;
      chunks.push(buffer);
      size += buffer.byteLength;
    };
    // Headers may be set one by one or handed to writeHead at once: keep the latter too.
    const passed: OutgoingHttpHeaders = {};
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
    res.writeHead = ((...args: unknown[]) => {
      for (const [name, value] of Object.entries(writeHeadHeaders(args) ?? {})) passed[name.toLowerCase()] = value;
      return writeHead(...args);
    }) as ServerResponse['writeHead'];
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.write = ((...args: unknown[]) => {
      keep(args[0], args[1]);
      return write(...args);
    }) as ServerResponse['write'];
    res.end = ((...args: unknown[]) => {
      keep(args[0], args[1]);
      return end(...args);
    }) as ServerResponse['end'];
    return new Promise((resolve) => {
      res.once('close', () => resolve());
      res.once('finish', () => {
        if (answeredFromCopy.get(res) === 'refusal') return; // refused before any render: no copy, and no failure
        const sent: OutgoingHttpHeaders = { ...res.getHeaders(), ...passed };
        const type = String(sent['content-type'] ?? '');
        const localeCookie = localeCookieOf(sent['set-cookie']);
        if (res.statusCode !== 200 || size > limit || localeCookie === false || (kind === 'public-page' && !type.startsWith('text/html'))) return;
        let body: Buffer;
        try {
          body = decoded(Buffer.concat(chunks), sent['content-encoding']?.toString());
        } catch {
          return;
        }
        // Next.js answers a page whose render failed with an empty error document and status 200.
        if (kind === 'public-page' && body.subarray(0, 400).toString().includes('id="__next_error__"')) return;
        const headers: Copy['headers'] = {};
        for (const [name, value] of Object.entries(sent))
          if (!NOT_COPIED.has(name) && value !== undefined) headers[name] = typeof value === 'number' ? String(value) : value;
        const policy = headers['content-security-policy'];
        if (typeof policy === 'string') headers['content-security-policy'] = policyForCopy(policy, body);
        const etag = typeof sent.etag === 'string' ? sent.etag : `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
        const copy: Copy = { headers, body, encoded: {}, etag, localeCookie, storedAt: now(), generation };
        copies.set(key, copy);
        // A copy kept only for an outage (search) goes out as it is then.
        if (reused && body.byteLength >= COMPRESS_AT_ONCE_BYTES) compressOnce(key, copy);
      });
    });
  }

  /**
   * Compressed once, off the event loop; until then the copy goes out as it is. A large one (a page,
   * an export) as soon as it is stored: sending its full size even once costs more than compressing
   * it. A small one when it is first sent again: most API reads of a distinct query (a suggestion's
   * prefix) are never asked for twice, and compressing each cost a tenth of answering it.
   */
  const compressing = new WeakSet<Copy>();
  function compressOnce(key: string, copy: Copy) {
    if (compressing.has(copy)) return;
    compressing.add(copy);
    for (const encoding of CODINGS)
      compressed(encoding, copy.body).then(
        (encoded) => copies.addEncoding(key, copy, encoding, encoded),
        () => {},
      );
  }

  function sendCopy(req: IncomingMessage, res: ServerResponse, copy: Copy, kind: ServedFrom, extra: OutgoingHttpHeaders) {
    answeredFromCopy.set(res, kind);
    const headers: OutgoingHttpHeaders = { ...copy.headers, etag: copy.etag, ...extra };
    const cookie = req.headers.cookie ?? '';
    if (copy.localeCookie && !cookie.split(/;\s*/).includes(copy.localeCookie.split(';')[0] ?? '')) headers['set-cookie'] = copy.localeCookie;
    if (ifNoneMatchNames(req.headers['if-none-match'] ?? '', copy.etag)) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    // Of the codings this copy has yet (each is made off the event loop, one after the other).
    const coding = preferredCoding(
      req.headers['accept-encoding'],
      CODINGS.filter((name) => copy.encoded[name]),
    );
    if (coding) headers['content-encoding'] = coding;
    const body = coding ? (copy.encoded[coding] as Buffer) : copy.body;
    send(req, res, 200, headers, body);
  }

  return async (req, res) => {
    const route = publicRoute(req.method, req.url, req.headers);
    if (route.kind === 'pass') return handle(req, res);
    if (!isUp()) {
      if (route.kind === 'public-data') return renderIfAdmitted(req, res, route); // the API says 503 in its own format
      const copy = route.kind === 'public-page' ? copies.get(route.key) : undefined;
      if (copy)
        return sendCopy(req, res, copy, 'outage copy', { 'cache-control': 'no-store', 'x-served-from': `copy of ${new Date(copy.storedAt).toISOString()}` });
      const page = unavailablePage(route.locale);
      return send(req, res, page.status, page.headers, page.body);
    }
    if (route.kind === 'page') return route.search ? renderIfAdmitted(req, res, route) : render(req, res, route);
    // A conditional API read is answered by the application, with its own validators.
    if (route.kind === 'public-data' && !route.reuse) return renderIfAdmitted(req, res, route);
    const reuse = route.reuse;
    const current = () => {
      const copy = copies.get(route.key);
      return copy && isCurrent(copy, now(), maxAgeMs) ? copy : undefined;
    };
    const sendCurrent = (copy: Copy) => {
      compressOnce(route.key, copy);
      sendCopy(req, res, copy, 'copy', { age: String(Math.floor((now() - copy.storedAt) / 1000)) });
    };
    if (reuse) {
      const pending = rendering.get(route.key);
      if (pending) {
        // While one request renders a page again because its copy grew old (nothing changed), the
        // others get that copy rather than wait: a slow export must not stall everyone each minute.
        const aged = copies.get(route.key);
        if (aged && isCurrent(aged, now(), Infinity)) return sendCurrent(aged);
        // Many visitors asking for a page nobody has a copy of wait for one render, not one each.
        await Promise.race([pending, new Promise((resolve) => setTimeout(resolve, WAIT_FOR_RENDER_MS).unref())]);
      }
      const copy = current();
      if (copy) return sendCurrent(copy);
    }
    // What no copy answers: every search, and an API read nobody has a copy of.
    const limited = route.kind === 'public-data' || !reuse;
    if (limited && !admitted(req, res, route)) return;
    // A copy kept only for an outage is refreshed once a minute, not at every search.
    const outageCopy = !reuse ? copies.get(route.key) : undefined;
    if (req.method !== 'GET' || !forSite(req, site) || (outageCopy && now() - outageCopy.storedAt < maxAgeMs)) return render(req, res, route, limited);
    const captured = capture(route.key, route.kind, res, publicDataGeneration(), reuse);
    if (reuse && !rendering.has(route.key)) {
      rendering.set(route.key, captured);
      void captured.finally(() => rendering.delete(route.key));
    }
    return render(req, res, route, limited);
  };
}

/**
 * A response rendered for another host than the site's may name that host (a forged Host or
 * X-Forwarded-Host): it goes to its one requester, never into a copy that answers everyone.
 */
function forSite(req: IncomingMessage, site: URL): boolean {
  const forwarded = req.headers['x-forwarded-host'];
  return namesSite(req.headers.host, site) && (forwarded === undefined || namesSite(String(forwarded), site));
}

type Routed = Exclude<PublicRoute, { kind: 'pass' }>;

function send(req: IncomingMessage, res: ServerResponse, status: number, headers: OutgoingHttpHeaders, body: Buffer | string) {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  res.writeHead(status, { ...headers, 'content-length': bytes.byteLength });
  res.end(req.method === 'HEAD' ? undefined : bytes);
}
