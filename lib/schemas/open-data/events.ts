import { z } from 'zod';
import { EventCategory, EventFormat } from '@/lib/generated/prisma/enums';
import { detailResponse, listResponse, localizedTextResponseSchema, openDataSchemas, partialDateSchema, sourceLanguageSchema } from './common';

const eventSummarySchema = z
  .object({
    slug: z.string(),
    url: z.url().describe('This record in the API.'),
    pageUrl: z.url().describe('The public page of the event, in the requested locale.'),
    title: localizedTextResponseSchema,
    category: z.enum(EventCategory),
    format: z.enum(EventFormat).nullable(),
    start: partialDateSchema,
    end: partialDateSchema.nullable().describe('Null for a one-day event or an unknown end.'),
    location: localizedTextResponseSchema.nullable(),
    partners: z.array(z.object({ slug: z.string(), url: z.url(), name: localizedTextResponseSchema })).describe('Public partners taking part, by name.'),
  })
  .register(openDataSchemas, { id: 'EventSummary' });

const eventDetailSchema = eventSummarySchema
  .extend({
    body: localizedTextResponseSchema.nullable(),
    photos: z.array(
      z.object({
        url: z.url(),
        width: z.int().nullable(),
        height: z.int().nullable(),
        alt: localizedTextResponseSchema.nullable(),
        caption: localizedTextResponseSchema.nullable(),
        creditText: z.string().nullable(),
        creditUrl: z.string().nullable(),
      }),
    ),
    sources: z
      .array(z.object({ title: z.string(), language: sourceLanguageSchema, publisher: z.string().nullable(), url: z.string().nullable() }))
      .describe('Where the facts come from (titles in the language of the source).'),
  })
  .register(openDataSchemas, { id: 'EventDetail' });

export const eventListResponseSchema = listResponse(eventSummarySchema).register(openDataSchemas, { id: 'EventList' });
export const eventDetailResponseSchema = detailResponse(eventDetailSchema).register(openDataSchemas, { id: 'EventDetailResponse' });

export type EventSummaryPayload = z.infer<typeof eventSummarySchema>;
export type EventDetailPayload = z.infer<typeof eventDetailSchema>;
export type EventListResponse = z.infer<typeof eventListResponseSchema>;
export type EventDetailResponse = z.infer<typeof eventDetailResponseSchema>;
