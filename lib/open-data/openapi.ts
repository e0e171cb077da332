import { z } from 'zod';
import { slugSchema } from '@/lib/slug';
import { agreementIdSchema } from '@/lib/agreements/permalink-id';
import { errorResponseSchema, openDataSchemas } from '@/lib/schemas/open-data/common';
import { partnerDetailResponseSchema, partnerListResponseSchema } from '@/lib/schemas/open-data/partners';
import { agreementDetailResponseSchema, agreementListResponseSchema } from '@/lib/schemas/open-data/agreements';
import { eventDetailResponseSchema, eventListResponseSchema } from '@/lib/schemas/open-data/events';
import { projectDetailResponseSchema, projectListResponseSchema } from '@/lib/schemas/open-data/projects';
import { proposalListResponseSchema } from '@/lib/schemas/open-data/proposals';
import { suggestionListResponseSchema } from '@/lib/schemas/open-data/search';
import { SUGGESTIONS_PER_KIND } from '@/lib/search/suggestions';
import {
  agreementCsvQuerySchema,
  agreementListQuerySchema,
  detailQuerySchema,
  eventCsvQuerySchema,
  eventListQuerySchema,
  noQuerySchema,
  partnerListQuerySchema,
  partnerCsvQuerySchema,
  projectCsvQuerySchema,
  projectListQuerySchema,
  proposalListQuerySchema,
  suggestionQuerySchema,
} from '@/lib/schemas/open-data/queries';
import type { QuerySchema } from './query';
import { FALLBACK_COLUMN } from './csv';

// The OpenAPI document is generated from the zod schemas the handlers validate with and type their
// output by; nothing here restates a field or a parameter by hand.

type JsonSchema = Record<string, unknown>;
type Endpoint = {
  path: string;
  summary: string;
  description?: string;
  query: QuerySchema;
  pathParameter?: { name: string; description: string; schema: z.ZodType };
  /** A named response schema (JSON), or a CSV download. */
  response: z.ZodType | 'csv' | 'openapi';
};

const slugParameter = (what: string) => ({ name: 'slug', description: `The ${what}'s slug, as in its list.`, schema: slugSchema });

const ENDPOINTS: Endpoint[] = [
  {
    path: '/partners',
    summary: 'Partner cities and regions',
    description: 'The filters and order of the public partners page.',
    query: partnerListQuerySchema,
    response: partnerListResponseSchema,
  },
  {
    path: '/partners/{slug}',
    summary: 'One partner, with its agreements and joint events',
    query: detailQuerySchema,
    pathParameter: slugParameter('partner'),
    response: partnerDetailResponseSchema,
  },
  {
    path: '/agreements',
    summary: 'The agreements register',
    description: 'The filters and order of the public register.',
    query: agreementListQuerySchema,
    response: agreementListResponseSchema,
  },
  {
    path: '/agreements/{id}',
    summary: 'One agreement, with everything its permalink shows',
    query: detailQuerySchema,
    pathParameter: { name: 'id', description: "The agreement's id, as in its permalink.", schema: agreementIdSchema },
    response: agreementDetailResponseSchema,
  },
  {
    path: '/events',
    summary: 'Joint events, newest first',
    description: 'The filters of the public events timeline.',
    query: eventListQuerySchema,
    response: eventListResponseSchema,
  },
  {
    path: '/events/{slug}',
    summary: 'One event, with its text, photos and sources',
    query: detailQuerySchema,
    pathParameter: slugParameter('event'),
    response: eventDetailResponseSchema,
  },
  {
    path: '/projects',
    summary: 'The projects register',
    description: 'Joint projects and programmes, with the filters and order of the public register.',
    query: projectListQuerySchema,
    response: projectListResponseSchema,
  },
  {
    path: '/projects/{slug}',
    summary: 'One project, with its agreements, participants, outcomes and events',
    query: detailQuerySchema,
    pathParameter: slugParameter('project'),
    response: projectDetailResponseSchema,
  },
  {
    path: '/proposals',
    summary: 'Partnerships in preparation',
    description:
      "The public proposals, as the proposals page lists them (the most recently moved first). Nothing is signed while a proposal's `signed` is false; once its stage is agreement_signed, it links the agreement and the partner.",
    query: proposalListQuerySchema,
    response: proposalListResponseSchema,
  },
  {
    path: '/search',
    summary: 'Suggestions while typing a search',
    description: `What the site header's search suggests: at most ${SUGGESTIONS_PER_KIND} public partners, agreements, events and projects each, ranked as the search page ranks them, with a short line in the requested locale and the record's page. Reads not answered from a copy count towards the address's rate limit (429).`,
    query: suggestionQuerySchema,
    response: suggestionListResponseSchema,
  },
  {
    path: '/partners.csv',
    summary: 'Partner cities and regions as CSV',
    description: `Every partner matching the filters (no pagination), in the partners page's order. UTF-8 with a byte-order mark; the header row has the same English field names in every locale. The column ${FALLBACK_COLUMN} lists the columns given in Russian.`,
    query: partnerCsvQuerySchema,
    response: 'csv',
  },
  {
    path: '/agreements.csv',
    summary: 'The agreements register as CSV',
    description: `Every agreement matching the filters (no pagination), in the register's order. UTF-8 with a byte-order mark; the header row has the same English field names in every locale. The column ${FALLBACK_COLUMN} lists, per row, the columns given in Russian because the requested translation is missing.`,
    query: agreementCsvQuerySchema,
    response: 'csv',
  },
  {
    path: '/events.csv',
    summary: 'Joint events as CSV',
    description: `Every event matching the filters (no pagination), newest first. UTF-8 with a byte-order mark; the header row has the same English field names in every locale. The column ${FALLBACK_COLUMN} lists the columns given in Russian.`,
    query: eventCsvQuerySchema,
    response: 'csv',
  },
  {
    path: '/projects.csv',
    summary: 'The projects register as CSV',
    description: `Every project matching the filters (no pagination), in the register's order. UTF-8 with a byte-order mark; the header row has the same English field names in every locale; themes and partners are separated by semicolons. The column ${FALLBACK_COLUMN} lists the columns given in Russian.`,
    query: projectCsvQuerySchema,
    response: 'csv',
  },
  { path: '/openapi.json', summary: 'This document', query: noQuerySchema, response: 'openapi' },
];

/**
 * A zod schema as a parameter's JSON Schema: the input side (what is written in the URL), without
 * the $schema line. zod leaves out the default of a schema that transforms its input (a whole
 * number read from digits), since the default is an output value; for a parameter it is what a
 * client that leaves it out gets, so it is written back.
 */
function parameterJson(schema: z.ZodType): JsonSchema {
  const { $schema: _, ...json } = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-2020-12',
    override: ({ zodSchema, jsonSchema }) => {
      const def = zodSchema._zod.def;
      if (def.type === 'default' && jsonSchema.default === undefined) jsonSchema.default = (def as z.core.$ZodDefaultDef).defaultValue;
    },
  }) as JsonSchema;
  return json;
}

function parameterSchema(schema: z.ZodType): JsonSchema {
  const { description: _, ...json } = parameterJson(schema);
  return json;
}

function parameters(endpoint: Endpoint): JsonSchema[] {
  const query = Object.entries(endpoint.query.shape).map(([name, schema]) => {
    const { description } = parameterJson(schema);
    // A parameter is required when leaving it out is refused (the suggestions' q); the rest have defaults or are filters.
    return {
      name,
      in: 'query',
      required: !schema.safeParse(undefined).success,
      description: typeof description === 'string' ? description : undefined,
      schema: parameterSchema(schema),
    };
  });
  const { pathParameter } = endpoint;
  return pathParameter
    ? [
        { name: pathParameter.name, in: 'path', required: true, description: pathParameter.description, schema: parameterSchema(pathParameter.schema) },
        ...query,
      ]
    : query;
}

const ref = (schema: z.ZodType) => {
  const id = openDataSchemas.get(schema)?.id;
  if (!id) throw new Error('An open-data response schema must be registered in openDataSchemas');
  return { $ref: `#/components/schemas/${id}` };
};

const header = (description: string) => ({ description, schema: { type: 'string' } });
const SUCCESS_HEADERS = {
  ETag: header('A hash of the body: send it back in If-None-Match to get a 304 while nothing changed.'),
  'Last-Modified': header(
    'When the published data last changed; for this document, when the server started or the licence setting changed, whichever is later.',
  ),
  'Access-Control-Allow-Origin': header('Always *: any site may read the data.'),
};
const errorContent = { 'application/json': { schema: ref(errorResponseSchema) } };

function responses(endpoint: Endpoint): JsonSchema {
  const content =
    endpoint.response === 'csv'
      ? { 'text/csv': { schema: { type: 'string' } } }
      : {
          'application/json': {
            schema: endpoint.response === 'openapi' ? { type: 'object', description: 'An OpenAPI 3.1 document.' } : ref(endpoint.response),
          },
        };
  return {
    200: { description: 'OK', headers: SUCCESS_HEADERS, content },
    // A slug may change; agreements' ids never do (docs/decisions/040).
    ...(endpoint.pathParameter?.name === 'slug' && {
      301: {
        description: "A former slug of a public record: Location is the record's current URL, with the same query string.",
        headers: { Location: header('The current URL.') },
      },
    }),
    304: { description: 'Not modified: the copy named by If-None-Match or If-Modified-Since is current.' },
    400: { description: 'A query parameter is unknown, repeated or malformed; the error names it.', content: errorContent },
    ...(endpoint.pathParameter && { 404: { description: 'No such public record.', content: errorContent } }),
    429: {
      description: 'Too many reads from this address that were not answered from a copy; try again after Retry-After seconds.',
      headers: { 'Retry-After': header('Seconds to wait before trying again.') },
      content: errorContent,
    },
    503: {
      description: 'The database is temporarily unavailable, or the server is too busy; try again after Retry-After seconds.',
      headers: { 'Retry-After': header('Seconds to wait before trying again.') },
      content: errorContent,
    },
  };
}

export type OpenApiOptions = { siteUrl: URL; license: string };

/** The API's OpenAPI 3.1 document. */
export function openApiDocument({ siteUrl, license }: OpenApiOptions): JsonSchema {
  const { schemas } = z.toJSONSchema(openDataSchemas, { target: 'draft-2020-12', io: 'output', uri: (id) => `#/components/schemas/${id}` });
  return {
    openapi: '3.1.0',
    info: {
      title: 'Sister-city portal open data',
      version: '1.0.0',
      description:
        'Read-only data on the partner cities and regions, the agreements signed with them, joint events and projects, and partnerships in preparation: only what the public portal shows. ' +
        'Every path also answers HEAD and a CORS preflight (OPTIONS); responses carry ETag and Last-Modified for conditional requests. ' +
        'Any other method answers 405, and a path not listed here 404, both in the Error format. ' +
        'Dates are given at the precision known ({"date": "2019", "precision": "year"}); unknown values are null. ' +
        'Query parameters: an empty value (`?page=`) is the same as leaving the parameter out, so its default applies, as an HTML form sends an untouched field; ' +
        'a whole number is written in decimal digits only (no sign, exponent, hex or spaces); a value that is not percent-encoded UTF-8, an unknown parameter or a repeated one is a 400 naming it.',
      license: { name: license, identifier: license },
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: new URL('/api/v1', siteUrl).toString() }],
    // Open data: no operation needs credentials, and the document says so rather than leaving it unsaid.
    security: [],
    paths: Object.fromEntries(
      ENDPOINTS.map((endpoint) => [
        endpoint.path,
        {
          get: {
            summary: endpoint.summary,
            ...(endpoint.description && { description: endpoint.description }),
            operationId: operationId(endpoint.path),
            parameters: parameters(endpoint),
            responses: responses(endpoint),
          },
        },
      ]),
    ),
    // Components are addressed by their place in the document, not by an $id of their own.
    components: { schemas: Object.fromEntries(Object.entries(schemas).map(([id, { $schema: _, $id: __, ...schema }]) => [id, schema])) },
  };
}

/** `/agreements/{id}` → `getAgreementsById`, `/events.csv` → `getEventsCsv`. */
const operationId = (path: string) =>
  `get${path
    .split(/[/.]/)
    .filter(Boolean)
    .map((part) => (part.startsWith('{') ? `By${capitalize(part.slice(1, -1))}` : capitalize(part)))
    .join('')}`;
const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
