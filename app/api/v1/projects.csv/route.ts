import { csv, openDataRoute } from '@/lib/server/open-data/route';
import { listOpenProjects } from '@/lib/server/open-data/projects';
import { csvFilename, projectsCsv } from '@/lib/open-data/csv';
import { projectCsvQuerySchema } from '@/lib/schemas/open-data/queries';

/** The whole projects register for its filters, as a spreadsheet: `?locale=` plus the register page's own query. */
const route = openDataRoute(projectCsvQuerySchema, async ({ locale, sort, ...filters }) =>
  csv([projectsCsv(await listOpenProjects(locale, filters, sort))], csvFilename('projects', locale, new Date())),
);

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = route;
