import { json, movedOrNotFound, openDataRoute } from '@/lib/server/open-data/route';
import { getOpenEvent } from '@/lib/server/open-data/events';
import { detailQuerySchema } from '@/lib/schemas/open-data/queries';
import type { EventDetailResponse } from '@/lib/schemas/open-data/events';

/** One public event, with its text, photos and sources. */
const route = openDataRoute<typeof detailQuerySchema, { slug: string }>(detailQuerySchema, async ({ locale }, { params }) => {
  const event = await getOpenEvent(locale, params.slug);
  if (!event) return movedOrNotFound('events', params.slug, `No public event "${params.slug}".`);
  const body: EventDetailResponse = { locale, data: event };
  return json(body);
});

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = route;
