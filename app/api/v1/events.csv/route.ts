import { csv, openDataRoute } from '@/lib/server/open-data/route';
import { openEventBatches } from '@/lib/server/open-data/events';
import { csvFilename, eventsCsvParts } from '@/lib/open-data/csv';
import { eventCsvQuerySchema } from '@/lib/schemas/open-data/queries';

/** Every event for the timeline's filters, as a spreadsheet: `?locale=` plus the timeline's own query. */
const route = openDataRoute(eventCsvQuerySchema, async ({ locale, ...filters }) =>
  csv(eventsCsvParts(openEventBatches(locale, filters)), csvFilename('events', locale, new Date())),
);

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = route;
