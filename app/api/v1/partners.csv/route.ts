import { csv, openDataRoute } from '@/lib/server/open-data/route';
import { listOpenPartners } from '@/lib/server/open-data/partners';
import { csvFilename, partnersCsv } from '@/lib/open-data/csv';
import { partnerCsvQuerySchema } from '@/lib/schemas/open-data/queries';

/** Every public partner for the partners page's filters, as a spreadsheet: also the import template of partners. */
const route = openDataRoute(partnerCsvQuerySchema, async ({ locale, ...filters }) =>
  csv([partnersCsv(await listOpenPartners(locale, filters))], csvFilename('partners', locale, new Date())),
);

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = route;
