import 'server-only';
import { z } from 'zod';
import { appLocaleSchema, serialIdSchema } from '@/lib/schemas/record-ids';
import { pageNumberField } from '@/lib/schemas/page-number';
import { eventTimelineQuerySchema } from '@/lib/schemas/events';
import { projectFilterFields, projectRegisterQuerySchema } from '@/lib/schemas/projects';
import { partnerFiltersSchema } from '@/lib/schemas/partner';
import { registerQuerySchema } from '@/lib/schemas/agreement';
import { PER_PAGE_MAX } from '@/lib/open-data/query';

/**
 * The arguments of the public reads, checked as if a stranger had sent them: a 'use cache' function
 * is a server reference that Next.js can be asked to run with a client's own arguments
 * (docs/decisions/021). Each read parses its arguments with these before anything else: what its
 * pages never pass throws before a query is built, and the filter schemas, lenient as on the pages,
 * keep only well-formed filters (a Prisma operator in place of a country code is dropped).
 */
export const readArguments = {
  locale: appLocaleSchema,
  id: serialIdSchema,
  /** Checked for its type only: a string that is no slug is a record that does not exist (null). */
  slug: z.string(),
  optionalSlug: z.string().optional(),
  page: pageNumberField,
  perPage: z.int().min(1).max(PER_PAGE_MAX),
  partnerFilters: partnerFiltersSchema,
  registerQuery: registerQuerySchema,
  eventFilters: eventTimelineQuerySchema.omit({ page: true }),
  projectFilters: projectRegisterQuerySchema.omit({ page: true, sort: true }),
  projectSort: projectFilterFields.sort,
};
