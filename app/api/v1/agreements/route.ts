import { json, openDataRoute } from '@/lib/server/open-data/route';
import { listOpenAgreements } from '@/lib/server/open-data/agreements';
import { paginate, pageLinks } from '@/lib/pagination';
import { agreementListQuerySchema } from '@/lib/schemas/open-data/queries';
import type { AgreementListResponse } from '@/lib/schemas/open-data/agreements';

/** The public agreements register with its filters and order, a page at a time. */
const route = openDataRoute(agreementListQuerySchema, async ({ locale, page, perPage, ...query }, { url }) => {
  const { items, meta } = paginate(await listOpenAgreements(locale, query), page, perPage);
  const body: AgreementListResponse = { locale, data: items, meta, links: pageLinks(url, meta) };
  return json(body);
});

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = route;
