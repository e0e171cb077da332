import { z } from 'zod';
import { OPEN_DATA_LOCALES } from '@/lib/open-data/query';
import { STORED_LOCALES } from '@/lib/i18n/localized';

/**
 * The named schemas of the open-data API's answers. The OpenAPI document lists every schema
 * registered here under components/schemas (lib/open-data/openapi.ts), and the route handlers type
 * their output with z.infer of the same schemas, so the document and the code cannot drift.
 */
export const openDataSchemas = z.registry<{ id: string; description?: string }>();

const contentLocaleSchema = z.enum(OPEN_DATA_LOCALES);

/** A text as the API answers it: in one locale, saying which (not the dataset's three-locale input text). */
export const localizedTextResponseSchema = z
  .object({
    text: z.string(),
    lang: contentLocaleSchema.describe('The language the text is actually in: kk-Latn when it was transliterated from the Kazakh text.'),
    fallback: z.boolean().describe('True when the requested locale has no such text and the Russian one is given instead.'),
  })
  .register(openDataSchemas, {
    id: 'LocalizedText',
    description: 'A text in the requested locale, or in Russian (the source language) when that translation is missing.',
  });

/** Source titles are quoted as published, never translated: a client needs their language to mark them. */
export const sourceLanguageSchema = z.enum(STORED_LOCALES).describe('The language the title and publisher are written in.');

export const partialDateSchema = z
  .object({
    date: z
      .string()
      .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/)
      .describe('ISO 8601 at the precision known: YYYY, YYYY-MM or YYYY-MM-DD.'),
    precision: z.enum(['year', 'month', 'day']),
  })
  .register(openDataSchemas, { id: 'PartialDate', description: 'A date known only to some precision: "2019" is the year 2019, not 1 January 2019.' });

/** A published photo of an event or a project. */
export const photoResponseSchema = z.object({
  url: z.url(),
  width: z.int().nullable(),
  height: z.int().nullable(),
  alt: localizedTextResponseSchema.nullable(),
  caption: localizedTextResponseSchema.nullable(),
  creditText: z.string().nullable(),
  creditUrl: z.string().nullable(),
});

/** A source cited under an event or a project. */
export const sourceLinkResponseSchema = z.object({
  title: z.string(),
  language: sourceLanguageSchema,
  publisher: z.string().nullable(),
  url: z.string().nullable(),
});

export const timestampSchema = z.iso.datetime().describe('ISO 8601 timestamp, UTC.');

const pageMetaSchema = z
  .object({
    page: z.int().min(1),
    perPage: z.int().min(1),
    total: z.int().min(0).describe('Items matching the filters, on all pages.'),
    pageCount: z.int().min(1),
  })
  .register(openDataSchemas, { id: 'PageMeta' });

const pageLinksSchema = z
  .object({ self: z.url(), first: z.url(), last: z.url(), prev: z.url().nullable(), next: z.url().nullable() })
  .register(openDataSchemas, { id: 'PageLinks' });

export const errorResponseSchema = z
  .object({
    error: z.object({
      code: z.enum(['invalid_parameter', 'not_found', 'method_not_allowed', 'rate_limited', 'unavailable']),
      parameter: z.string().optional().describe('The query parameter at fault (invalid_parameter only).'),
      message: z.string(),
    }),
  })
  .register(openDataSchemas, { id: 'Error' });
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

/** The envelope of a list: the locale asked for, one page of items, where it sits, and links. */
export const listResponse = <T extends z.ZodType>(item: T) =>
  z.object({ locale: contentLocaleSchema, data: z.array(item), meta: pageMetaSchema, links: pageLinksSchema });

/** The envelope of one record. */
export const detailResponse = <T extends z.ZodType>(item: T) => z.object({ locale: contentLocaleSchema, data: item });
