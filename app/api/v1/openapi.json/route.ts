import { json, openDataRoute } from '@/lib/server/open-data/route';
import { getPublicationSettings } from '@/lib/server/home-city/queries';
import { siteUrl } from '@/lib/server/env';
import { openApiDocument } from '@/lib/open-data/openapi';
import { noQuerySchema } from '@/lib/schemas/open-data/queries';

// The document follows the code and the licence setting, not the data. The code changes only with
// a new server, so the moment this one loaded the route is never earlier than the code's last change.
const CODE_LOADED_AT = new Date();

/** The API's OpenAPI 3.1 document, generated from the schemas the API runs on, with the data's licence. */
const route = openDataRoute(noQuerySchema, async () => {
  const { dataLicense, changedAt } = await getPublicationSettings();
  const lastModified = changedAt && changedAt > CODE_LOADED_AT ? changedAt : CODE_LOADED_AT;
  return json(openApiDocument({ siteUrl: siteUrl(), license: dataLicense }), { lastModified });
});

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = route;
