import { z } from 'zod';
import { EventCategory, EventFormat } from '@/lib/generated/prisma/enums';
import {
  detailResponse,
  listResponse,
  localizedTextResponseSchema,
  openDataSchemas,
  partialDateSchema,
  photoResponseSchema,
  sourceLinkResponseSchema,
} from './common';

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
    photos: z.array(photoResponseSchema),
    sources: z.array(sourceLinkResponseSchema).describe('Where the facts come from (titles in the language of the source).'),
  })
  .register(openDataSchemas, { id: 'EventDetail' });

/** An event as listed under a partner or a project: its dates and kind, linked to its record. */
export const eventLinkSchema = z.object({
  slug: z.string(),
  url: z.url().describe('This record in the API.'),
  pageUrl: z.url().describe('The public page of the event, in the requested locale.'),
  title: localizedTextResponseSchema.nullable(),
  start: partialDateSchema,
  end: partialDateSchema.nullable(),
  category: z.enum(EventCategory),
  format: z.enum(EventFormat).nullable(),
});

export const eventListResponseSchema = listResponse(eventSummarySchema).register(openDataSchemas, { id: 'EventList' });
export const eventDetailResponseSchema = detailResponse(eventDetailSchema).register(openDataSchemas, { id: 'EventDetailResponse' });

export type EventSummaryPayload = z.infer<typeof eventSummarySchema>;
export type EventDetailPayload = z.infer<typeof eventDetailSchema>;
export type EventListResponse = z.infer<typeof eventListResponseSchema>;
export type EventDetailResponse = z.infer<typeof eventDetailResponseSchema>;
