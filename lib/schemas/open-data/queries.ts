import { z } from 'zod';
import { partnerFilterFields } from '@/lib/schemas/partner';
import { registerQueryFields } from '@/lib/schemas/agreement';
import { eventFilterFields } from '@/lib/schemas/events';
import { projectFilterFields } from '@/lib/schemas/projects';
import { localeParam, paginationParams } from '@/lib/open-data/query';
import { MAX_QUERY_LENGTH, searchQuerySchema } from '@/lib/search/terms';
import { SUGGESTION_MIN_LENGTH } from '@/lib/search/suggestions';

// The API's strict query strings, built from the same fields as the public pages' lenient ones,
// so that /api/v1/agreements.csv?<the register's own query> means what the register shows.

const partnerFilters = {
  q: partnerFilterFields.q.optional(),
  country: partnerFilterFields.country.optional(),
  kind: partnerFilterFields.kind.optional(),
  type: partnerFilterFields.type.optional(),
  status: partnerFilterFields.status.optional(),
  year: partnerFilterFields.year.optional(),
  sort: partnerFilterFields.sort,
  dir: partnerFilterFields.dir,
};

const agreementFilters = {
  type: registerQueryFields.type.optional(),
  status: registerQueryFields.status.optional(),
  partner: registerQueryFields.partner.optional(),
  sort: registerQueryFields.sort,
  dir: registerQueryFields.dir,
};

const eventFilters = {
  year: eventFilterFields.year.optional(),
  partner: eventFilterFields.partner.optional(),
  category: eventFilterFields.category.optional(),
};

const projectFilters = {
  theme: projectFilterFields.theme.optional(),
  partner: projectFilterFields.partner.optional(),
  status: projectFilterFields.status.optional(),
  year: projectFilterFields.year.optional(),
  kind: projectFilterFields.kind.optional(),
  sort: projectFilterFields.sort,
};

export const detailQuerySchema = z.strictObject({ locale: localeParam });
export const partnerListQuerySchema = z.strictObject({ locale: localeParam, ...partnerFilters, ...paginationParams });
export const agreementListQuerySchema = z.strictObject({ locale: localeParam, ...agreementFilters, ...paginationParams });
export const eventListQuerySchema = z.strictObject({ locale: localeParam, ...eventFilters, ...paginationParams });
export const projectListQuerySchema = z.strictObject({ locale: localeParam, ...projectFilters, ...paginationParams });
/** The proposals page has no filters: every public proposal, a page at a time. */
export const proposalListQuerySchema = z.strictObject({ locale: localeParam, ...paginationParams });
export const partnerCsvQuerySchema = z.strictObject({ locale: localeParam, ...partnerFilters });
export const agreementCsvQuerySchema = z.strictObject({ locale: localeParam, ...agreementFilters });
export const eventCsvQuerySchema = z.strictObject({ locale: localeParam, ...eventFilters });
export const projectCsvQuerySchema = z.strictObject({ locale: localeParam, ...projectFilters });
/**
 * What was typed in the header's search, tidied as the search page tidies it; unlike the page, a
 * query too long or too short to search is refused rather than cut.
 */
export const suggestionQuerySchema = z.strictObject({
  q: z
    .string()
    .min(SUGGESTION_MIN_LENGTH)
    .max(MAX_QUERY_LENGTH)
    .pipe(searchQuerySchema)
    .pipe(z.string().min(SUGGESTION_MIN_LENGTH))
    .describe(
      `What was typed, ${SUGGESTION_MIN_LENGTH} to ${MAX_QUERY_LENGTH} characters after trimming. Every word is matched as the beginning of a word, in any of the languages; case, ё/е and Kazakh letters typed as their Russian look-alikes do not matter, and Kazakh in either alphabet finds the other.`,
    ),
  locale: localeParam,
});
/** The OpenAPI document takes no parameters, and refuses unknown ones like every other path. */
export const noQuerySchema = z.strictObject({});
