import { json, notFound, openDataRoute } from '@/lib/server/open-data/route';
import { getOpenAgreement } from '@/lib/server/open-data/agreements';
import { parseAgreementId } from '@/lib/agreements/permalink-id';
import { detailQuerySchema } from '@/lib/schemas/open-data/queries';
import type { AgreementDetailResponse } from '@/lib/schemas/open-data/agreements';

/** One public agreement, with everything its permalink shows. */
const route = openDataRoute<typeof detailQuerySchema, { id: string }>(detailQuerySchema, async ({ locale }, { params }) => {
  // An id that cannot be one ("12abc", 99999999999) is no agreement: 404, never a database error.
  const id = parseAgreementId(params.id);
  const agreement = id === null ? null : await getOpenAgreement(locale, id);
  if (!agreement) return notFound(`No public agreement "${params.id}".`);
  const body: AgreementDetailResponse = { locale, data: agreement };
  return json(body);
});

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = route;
