import { json, openDataRoute } from '@/lib/server/open-data/route';
import { listOpenPartners } from '@/lib/server/open-data/partners';
import { paginate, pageLinks } from '@/lib/pagination';
import { partnerListQuerySchema } from '@/lib/schemas/open-data/queries';
import type { PartnerListResponse } from '@/lib/schemas/open-data/partners';

/** Public partners with the filters and order of the partners page, a page at a time. */
const route = openDataRoute(partnerListQuerySchema, async ({ locale, page, perPage, ...filters }, { url }) => {
  const { items, meta } = paginate(await listOpenPartners(locale, filters), page, perPage);
  const body: PartnerListResponse = { locale, data: items, meta, links: pageLinks(url, meta) };
  return json(body);
});

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = route;
