import { json, openDataRoute } from '@/lib/server/open-data/route';
import { listOpenProposals } from '@/lib/server/open-data/proposals';
import { paginate, pageLinks } from '@/lib/pagination';
import { proposalListQuerySchema } from '@/lib/schemas/open-data/queries';
import type { ProposalListResponse } from '@/lib/schemas/open-data/proposals';

/** Partnerships in preparation that are public, as the proposals page lists them, a page at a time. */
const route = openDataRoute(proposalListQuerySchema, async ({ locale, page, perPage }, { url }) => {
  const { items, meta } = paginate(await listOpenProposals(locale), page, perPage);
  const body: ProposalListResponse = { locale, data: items, meta, links: pageLinks(url, meta) };
  return json(body);
});

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = route;
