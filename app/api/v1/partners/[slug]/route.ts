import { json, movedOrNotFound, openDataRoute } from '@/lib/server/open-data/route';
import { getOpenPartner } from '@/lib/server/open-data/partners';
import { detailQuerySchema } from '@/lib/schemas/open-data/queries';
import type { PartnerDetailResponse } from '@/lib/schemas/open-data/partners';

/** One public partner, with what its profile page shows. */
const route = openDataRoute<typeof detailQuerySchema, { slug: string }>(detailQuerySchema, async ({ locale }, { params }) => {
  const partner = await getOpenPartner(locale, params.slug);
  if (!partner) return movedOrNotFound('partners', params.slug, `No public partner "${params.slug}".`);
  const body: PartnerDetailResponse = { locale, data: partner };
  return json(body);
});

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = route;
