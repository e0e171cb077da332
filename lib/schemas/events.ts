import { z } from 'zod';
import { pageNumberSchema } from './page-number';
import { wholeNumberField } from './whole-number';
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

/**
 * The one definition of each timeline filter. The public page reads them leniently (below); the
 * open-data API reads the same fields strictly and answers 400 for a bad value (lib/schemas/open-data/queries.ts).
 */
export const eventFilterFields = {
  year: wholeNumberField(1000, 9999).describe('Only events that started in this year.'),
  partner: slugSchema.describe('Only events with this partner (its slug, as in /api/v1/partners).'),
  category: z.enum(EventCategory).describe('Category of event.'),
};

/** The filters and page of the public events timeline, from `?year=&partner=&category=&page=`. */
export const eventTimelineQuerySchema = z.object({
  year: optional(eventFilterFields.year),
  partner: optional(eventFilterFields.partner),
  category: optional(eventFilterFields.category),
  page: z.preprocess(single, pageNumberSchema),
});

type EventTimelineQuery = z.infer<typeof eventTimelineQuerySchema>;
export type EventTimelineFilters = Omit<EventTimelineQuery, 'page'>;
