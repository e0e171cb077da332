import { json, openDataRoute } from '@/lib/server/open-data/route';
import { listOpenProjectPage } from '@/lib/server/open-data/projects';
import { pageLinks } from '@/lib/pagination';
import { projectListQuerySchema } from '@/lib/schemas/open-data/queries';
import type { ProjectListResponse } from '@/lib/schemas/open-data/projects';

/** The public projects register with its filters and order, a page at a time. */
const route = openDataRoute(projectListQuerySchema, async ({ locale, page, perPage, sort, ...filters }, { url }) => {
  const { items, meta } = await listOpenProjectPage(locale, filters, sort, page, perPage);
  const body: ProjectListResponse = { locale, data: items, meta, links: pageLinks(url, meta) };
  return json(body);
});

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = route;
