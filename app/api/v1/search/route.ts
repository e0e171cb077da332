import { json, openDataRoute } from '@/lib/server/open-data/route';
import { suggestPortal } from '@/lib/server/search/suggestions';
import { suggestionQuerySchema } from '@/lib/schemas/open-data/queries';
import type { SuggestionListResponse } from '@/lib/schemas/open-data/search';

/** Suggestions while typing in the header's search: public records only, never a page (docs/decisions/050). */
const route = openDataRoute(suggestionQuerySchema, async ({ q, locale }) => {
  const body: SuggestionListResponse = { locale, query: q, data: await suggestPortal(locale, q) };
  return json(body);
});

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = route;
