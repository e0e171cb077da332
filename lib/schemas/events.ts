import { z } from 'zod';
import { pageNumberSchema } from './page-number';
import { slugSchema } from '@/lib/slug';
import { EventCategory } from '@/lib/generated/prisma/enums';

export const EVENTS_PER_PAGE = 20;

// A query-string value arrives as a string, an array (?year=1&year=2: the first counts, as on the
// partners page) or not at all; an untouched select submits "". Anything that is not one
// well-formed value is dropped, so a hand-edited or stale URL shows the unfiltered list instead of an error.
const single = (value: unknown) => {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return first === '' ? undefined : first;
};
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(single, schema.optional()).catch(undefined);

/** The filters and page of the public events timeline, from `?year=&partner=&category=&page=`. */
export const eventTimelineQuerySchema = z.object({
  year: optional(z.coerce.number().int().min(1000).max(9999)),
  partner: optional(slugSchema),
  category: optional(z.enum(EventCategory)),
  page: z.preprocess(single, pageNumberSchema),
});

export type EventTimelineQuery = z.infer<typeof eventTimelineQuerySchema>;
export type EventTimelineFilters = Omit<EventTimelineQuery, 'page'>;
