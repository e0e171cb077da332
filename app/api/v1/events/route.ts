import { json, openDataRoute } from '@/lib/server/open-data/route';
import { listOpenEventPage } from '@/lib/server/open-data/events';
import { pageLinks } from '@/lib/pagination';
import { eventListQuerySchema } from '@/lib/schemas/open-data/queries';
import type { EventListResponse } from '@/lib/schemas/open-data/events';

/** Public joint events with the timeline's filters, newest first, a page at a time. */
const route = openDataRoute(eventListQuerySchema, async ({ locale, page, perPage, ...filters }, { url }) => {
  const { items, meta } = await listOpenEventPage(locale, filters, page, perPage);
  const body: EventListResponse = { locale, data: items, meta, links: pageLinks(url, meta) };
  return json(body);
});

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = route;
