import { json, openDataRoute } from '@/lib/server/open-data/route';
import { getPublicationSettings } from '@/lib/server/home-city/queries';
import { siteUrl } from '@/lib/server/env';
import { openApiDocument } from '@/lib/open-data/openapi';
import { noQuerySchema } from '@/lib/schemas/open-data/queries';

/** The API's OpenAPI 3.1 document, generated from the schemas the API runs on, with the data's licence. */
const route = openDataRoute(noQuerySchema, async () => {
  const { dataLicense } = await getPublicationSettings();
  // The document follows the code and the licence setting, not the data: no Last-Modified, the ETag suffices.
  return json(openApiDocument({ siteUrl: siteUrl(), license: dataLicense }), { dated: false });
});

export const { GET, HEAD, OPTIONS } = route;
