import { csv, openDataRoute } from '@/lib/server/open-data/route';
import { listOpenAgreements } from '@/lib/server/open-data/agreements';
import { agreementsCsv, csvFilename } from '@/lib/open-data/csv';
import { agreementCsvQuerySchema } from '@/lib/schemas/open-data/queries';

/** The whole register for its filters, as a spreadsheet: `?locale=` plus the register page's own query. */
const route = openDataRoute(agreementCsvQuerySchema, async ({ locale, ...query }) =>
  csv([agreementsCsv(await listOpenAgreements(locale, query))], csvFilename('agreements', locale, new Date())),
);

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = route;
