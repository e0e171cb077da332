import 'server-only';
import { connection } from 'next/server';
import type { z } from 'zod';
import { getDataLastChanged } from './last-changed';
import { isDatabaseUnavailable } from '../database/unavailable';
import { databaseAnswers } from '../database/health';
import { siteUrl } from '../env';
import { parseQuery, type QuerySchema } from '@/lib/open-data/query';
import { ALLOWED_METHODS, CORS_HEADERS, ERROR_CACHE, entityTag, isNotModified, PREFLIGHT_HEADERS, PUBLIC_CACHE } from '@/lib/open-data/http';
import type { ErrorResponse } from '@/lib/schemas/open-data/common';
import { currentPublicSlug, type RenamableSection } from '../routing/former-slug';
import { keptWhileCurrent } from '@/lib/cache/kept-while-current';
import { MAX_AGE_MS } from '@/lib/cache/public-freshness';

/** What a handler answers; the plumbing below turns it into HTTP. */
export type OpenDataResult =
  | { kind: 'json'; body: unknown; lastModified: Date | undefined }
  | { kind: 'csv'; parts: AsyncIterable<string> | Iterable<string>; filename: string }
  | { kind: 'notFound'; message: string }
  | { kind: 'moved'; path: string };

/**
 * A JSON answer. Its Last-Modified is when the published data last changed, unless the answer
 * follows something else (the OpenAPI document) and says when that last changed.
 */
export const json = (body: unknown, { lastModified }: { lastModified?: Date } = {}): OpenDataResult => ({ kind: 'json', body, lastModified });
/**
 * A CSV download: UTF-8 with a byte-order mark, so Excel reads Cyrillic and Kazakh letters right.
 * Its text may come in parts (a large export's batches): each is encoded as it arrives.
 */
export const csv = (parts: AsyncIterable<string> | Iterable<string>, filename: string): OpenDataResult => ({ kind: 'csv', parts, filename });
export const notFound = (message: string): OpenDataResult => ({ kind: 'notFound', message });

/**
 * The answer for /api/v1/{section}/{slug} when no public record has that slug: a 301 to the record's
 * current path when it is a former slug of one (docs/decisions/040), else the 404 with `message`.
 */
export async function movedOrNotFound(section: RenamableSection, slug: string, message: string): Promise<OpenDataResult> {
  const current = await currentPublicSlug(section, slug);
  return current === null ? notFound(message) : { kind: 'moved', path: `/api/v1/${section}/${encodeURIComponent(current)}` };
}

type Context<P> = { params: Promise<P> };
type Handler<S extends QuerySchema, P> = (query: z.output<S>, request: { url: URL; params: P }) => Promise<OpenDataResult>;

function errorResponse(status: 400 | 404 | 405 | 503, error: ErrorResponse['error'], method = 'GET'): Response {
  const body: ErrorResponse = { error };
  const headers = new Headers({ ...CORS_HEADERS, 'Cache-Control': ERROR_CACHE, 'X-Content-Type-Options': 'nosniff' });
  if (status === 503) headers.set('Retry-After', RETRY_AFTER_SECONDS);
  if (status === 405) headers.set('Allow', ALLOWED_METHODS);
  return method === 'HEAD' ? new Response(null, { status, headers }) : Response.json(body, { status, headers });
}

/**
 * Any method on a path under /api/v1/ that names nothing (app/api/v1/[[...path]]/route.ts): the
 * API's JSON 404 with its usual headers, where Next would answer with the site's HTML page.
 */
export async function unknownPath(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  return errorResponse(
    404,
    { code: 'not_found', message: `The open-data API has no path ${pathname}. Its paths are listed in /api/v1/openapi.json.` },
    request.method,
  );
}

/** A method the API does not take on a path it has: 405 in the API's format, naming the methods it takes. */
async function methodNotAllowed(request: Request): Promise<Response> {
  return errorResponse(405, {
    code: 'method_not_allowed',
    message: `The open-data API is read-only: ${request.method} is not allowed, only ${ALLOWED_METHODS}.`,
  });
}

const RETRY_AFTER_SECONDS = '30';

/**
 * The Last-Modified of every answer, read through 'use cache' once until the data changes, not on
 * each request: Next's cache costs about a tenth of a suggestion's server time to answer even a
 * hit (docs/decisions/053). Kept as long as a copy of an answer is (MAX_AGE_MS, as scripts/lib/public-copies.ts keeps them).
 */
const dataLastChanged = keptWhileCurrent(getDataLastChanged, MAX_AGE_MS);

const encoder = new TextEncoder();

/** The chunks as a body, sent as they are: a Blob or one joined buffer would copy them all first. */
const streamOf = (chunks: readonly Uint8Array[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });

async function utf8Chunks(...sources: (AsyncIterable<string> | Iterable<string>)[]): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = [];
  for (const source of sources) for await (const part of source) chunks.push(encoder.encode(part));
  return chunks;
}

/** A database that does not answer is a 503 a client can retry, not a 500; any other error still surfaces. */
export async function unavailableUnlessBug(error: unknown): Promise<Response> {
  // A read cached with 'use cache' fails with its error replaced by a digest (production hides
  // messages), so when the error does not say, the database is asked directly.
  if (!isDatabaseUnavailable(error) && (await databaseAnswers())) throw error;
  return errorResponse(503, { code: 'unavailable', message: 'The database is temporarily unavailable. Try again shortly.' });
}

/**
 * The handlers of one open-data route: GET, HEAD and OPTIONS, and a JSON 405 for the methods that
 * would change data. Every route gets the same rules here: the query string checked against its
 * schema (400 naming the parameter), 404 as JSON, ETag and Last-Modified with 304s, caching and
 * CORS headers.
 */
export function openDataRoute<S extends QuerySchema, P = Record<string, never>>(schema: S, handle: Handler<S, P>) {
  async function GET(request: Request, context: Context<P>): Promise<Response> {
    await connection();
    return answer(request, context).catch(unavailableUnlessBug);
  }

  async function answer(request: Request, context: Context<P>): Promise<Response> {
    const url = new URL(request.url);
    const parsed = parseQuery(schema, url.searchParams);
    if (!parsed.ok) return errorResponse(400, { code: 'invalid_parameter', ...parsed.problem });
    // Links in the answer use the site's public address, not whatever host the request reached (a proxy's upstream).
    const publicUrl = new URL(`${url.pathname}${url.search}`, siteUrl());
    const result = await handle(parsed.query, { url: publicUrl, params: await context.params });
    if (result.kind === 'notFound') return errorResponse(404, { code: 'not_found', message: result.message });
    if (result.kind === 'moved') {
      // The query string (the locale, say) goes along, so the client gets the answer it asked for.
      const location = new URL(`${result.path}${url.search}`, siteUrl()).href;
      return new Response(null, { status: 301, headers: { ...CORS_HEADERS, 'Cache-Control': PUBLIC_CACHE, Location: location } });
    }

    // The body as UTF-8 chunks: a large CSV never exists as one string (UTF-16 in V8) besides its bytes.
    const chunks = result.kind === 'json' ? [encoder.encode(JSON.stringify(result.body))] : await utf8Chunks(['\uFEFF'], result.parts);
    const lastModified = (result.kind === 'json' ? result.lastModified : undefined) ?? (await dataLastChanged());
    const etag = entityTag(chunks);
    const headers = new Headers({ ...CORS_HEADERS, 'Cache-Control': PUBLIC_CACHE, ETag: etag, 'X-Content-Type-Options': 'nosniff' });
    if (lastModified) headers.set('Last-Modified', lastModified.toUTCString());
    if (isNotModified(request.headers, etag, lastModified)) return new Response(null, { status: 304, headers });

    if (result.kind === 'json') headers.set('Content-Type', 'application/json; charset=utf-8');
    else {
      headers.set('Content-Type', 'text/csv; charset=utf-8');
      headers.set('Content-Disposition', `attachment; filename="${result.filename}"`);
    }
    headers.set('Content-Length', String(chunks.reduce((sum, c) => sum + c.byteLength, 0)));
    return new Response(streamOf(chunks), { status: 200, headers });
  }

  /** GET's headers without its body, validators included, so a client can check for changes cheaply. */
  async function HEAD(request: Request, context: Context<P>): Promise<Response> {
    const response = await GET(request, context);
    return new Response(null, { status: response.status, headers: response.headers });
  }

  async function OPTIONS(): Promise<Response> {
    return new Response(null, { status: 204, headers: PREFLIGHT_HEADERS });
  }

  return { GET, HEAD, OPTIONS, POST: methodNotAllowed, PUT: methodNotAllowed, PATCH: methodNotAllowed, DELETE: methodNotAllowed };
}
