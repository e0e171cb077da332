import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { Validator } from '@seriousme/openapi-schema-validator';
import { expect } from 'vitest';

type RouteContext = { params: Promise<Record<string, string>> };
type Handler = (request: Request, context: RouteContext) => Promise<Response>;
type Refusal = (request: Request) => Promise<Response>;
export type OpenDataRoute = { GET: Handler; HEAD: Handler; OPTIONS: () => Promise<Response>; POST: Refusal; PUT: Refusal; PATCH: Refusal; DELETE: Refusal };
type OpenApiDocument = {
  paths: Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: unknown }> }> } }>;
  components: unknown;
};

const DOC_ID = 'https://open-data.test/openapi.json';

/** Calls a route handler as Next would, with the URL's path parameters. */
export function call(
  route: OpenDataRoute,
  url: string,
  { params = {}, headers, method = 'GET' }: { params?: Record<string, string>; headers?: HeadersInit; method?: 'GET' | 'HEAD' } = {},
) {
  const request = new Request(`http://localhost${url}`, { headers, method });
  return route[method](request, { params: Promise.resolve(params) });
}

/**
 * Checks answers against the API's own served OpenAPI document, with a JSON Schema validator that
 * knows nothing of zod: the document must be valid OpenAPI, and every JSON body must match the
 * schema the document gives for that path and status.
 */
export async function openApiChecker(openapi: OpenDataRoute) {
  const response = await call(openapi, '/api/v1/openapi.json');
  expect(response.status).toBe(200);
  const doc = (await response.json()) as OpenApiDocument;
  const verdict = await new Validator().validate(structuredClone(doc) as unknown as Record<string, unknown>);
  expect(verdict.errors ?? []).toEqual([]);
  expect(verdict.valid).toBe(true);

  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: DOC_ID, components: doc.components });

  /** Validates a body against the document's schema for `path` (as written in the document) and the response's status. */
  function expectValid(path: string, status: number, body: unknown) {
    const content = doc.paths[path]?.get.responses[String(status)]?.content?.['application/json'];
    expect(content, `${path} documents a JSON ${status}`).toBeDefined();
    const schema = JSON.parse(JSON.stringify(content?.schema).replaceAll('"#/components/', `"${DOC_ID}#/components/`)) as object;
    const validate = ajv.compile(schema);
    const valid = validate(body);
    expect(validate.errors ?? [], `${path} ${status}`).toEqual([]);
    expect(valid).toBe(true);
  }

  /** Checks a body against the document's Error schema, for answers to paths and methods the document does not list. */
  function expectError(body: unknown) {
    const validate = ajv.compile({ $ref: `${DOC_ID}#/components/schemas/Error` });
    const valid = validate(body);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  }

  /** Calls a route, checks the JSON answer against the document, and returns it. */
  async function getJson<T = Record<string, unknown>>(route: OpenDataRoute, path: string, url: string, options: Parameters<typeof call>[2] = {}) {
    const res = await call(route, url, options);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as T;
    expectValid(path, res.status, body);
    return { status: res.status, headers: res.headers, body };
  }

  return { doc, expectValid, expectError, getJson };
}
