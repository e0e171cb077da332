import { unknownPath } from '@/lib/server/open-data/route';

/** Any path under /api/v1/ that no other route serves, by any method: the API's JSON 404. */
export {
  unknownPath as GET,
  unknownPath as HEAD,
  unknownPath as POST,
  unknownPath as PUT,
  unknownPath as PATCH,
  unknownPath as DELETE,
  unknownPath as OPTIONS,
};
