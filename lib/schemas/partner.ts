import { z } from 'zod';
import { AgreementType, PartnerKind, PartnerStatus } from '@/lib/generated/prisma/enums';
import { MAX_QUERY_LENGTH } from '@/lib/search/terms';
import { hasControlCharacter } from '@/lib/text/control-characters';
import { wholeNumberField } from './whole-number';
import {
  checkCoordinates,
  checkPublication,
  coordinatesShape,
  countryField,
  optionalDecimal,
  optionalHttpUrl,
  optionalInteger,
  optionalText,
  publicationShape,
  requiredText,
  slugField,
  timeZoneField,
} from './form-fields';

const NAME_MAX = 200;
const ABOUT_MAX = 20_000;

const translationSchema = z.object({ name: optionalText(NAME_MAX), regionName: optionalText(NAME_MAX), about: optionalText(ABOUT_MAX) });

/** The partner form of the admin, in the three languages side by side. ru is required; kk and en fall back to it when left blank. */
export const partnerInputSchema = z
  .object({
    slug: slugField,
    kind: z.enum(PartnerKind, { error: 'required' }),
    status: z.enum(PartnerStatus, { error: 'required' }),
    countryCode: countryField,
    ...coordinatesShape,
    foundedYear: optionalInteger(-10_000, 2100).refine((y) => y !== 0, { error: 'noYearZero' }),
    population: optionalInteger(1, 100_000_000),
    populationYear: optionalInteger(1000, 2100),
    areaKm2: optionalDecimal(0.001, 20_000_000),
    areaYear: optionalInteger(1000, 2100),
    timeZone: timeZoneField,
    websiteUrl: optionalHttpUrl,
    translations: z.object({
      ru: translationSchema.extend({ name: requiredText(NAME_MAX) }),
      kk: translationSchema,
      en: translationSchema,
    }),
    ...publicationShape,
  })
  .superRefine((p, ctx) => {
    checkPublication(p, ctx);
    checkCoordinates(p, ctx);
    // The database's Partner_populationYear_needs_population / Partner_areaYear_needs_area CHECKs:
    // without these, a year whose figure was cleared failed the save with a 500.
    if (p.populationYear !== null && p.population === null) ctx.addIssue({ code: 'custom', message: 'yearWithoutValue', path: ['populationYear'] });
    if (p.areaYear !== null && p.areaKm2 === null) ctx.addIssue({ code: 'custom', message: 'yearWithoutValue', path: ['areaYear'] });
    for (const locale of ['kk', 'en'] as const) {
      const t = p.translations[locale];
      // A translation row needs its name; the other fields alone would leave a nameless partner in that language.
      if (t.name === null && (t.regionName !== null || t.about !== null))
        ctx.addIssue({ code: 'custom', message: 'nameForTranslation', path: ['translations', locale, 'name'] });
    }
  });

export type PartnerInput = z.infer<typeof partnerInputSchema>;

const PARTNER_SORTS = ['name', 'country', 'signed'] as const;
export type PartnerSort = (typeof PARTNER_SORTS)[number];

/**
 * The one definition of each partner filter. The public page reads them leniently (below); the
 * open-data API reads the same fields strictly and answers 400 for a bad value (lib/schemas/open-data/queries.ts).
 */
export const partnerFilterFields = {
  // A NUL would reach PostgreSQL (which cannot take it) in the name search: refused like any bad value.
  q: z
    .string()
    .trim()
    .max(MAX_QUERY_LENGTH)
    .refine((q) => !hasControlCharacter(q), 'holds a control character (such as NUL)')
    .transform((q) => q || undefined)
    .describe('Search in partner names (any language).'),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .describe('ISO 3166-1 alpha-2 country code, upper case (e.g. CN).'),
  kind: z.enum(PartnerKind).describe('Kind of partner.'),
  type: z.enum(AgreementType).describe('Only partners with a public agreement of this type.'),
  status: z.enum(PartnerStatus).describe('Status of the relationship.'),
  year: wholeNumberField(1000, 9999).describe('Only partners with a public agreement signed in this year.'), // four digits, like stored dates
  sort: z.enum(PARTNER_SORTS).default('name').describe('Order: by name (in the requested locale), country, or date of the first agreement.'),
  dir: z.enum(['asc', 'desc']).default('asc').describe('Sort direction.'),
};

// Each parameter is read on its own: a malformed one is dropped (the list shows unfiltered on that
// axis) rather than failing the page, because shared links get truncated and hand-edited.
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const partnerFiltersSchema = z.object({
  q: optional(partnerFilterFields.q),
  country: optional(partnerFilterFields.country),
  kind: optional(partnerFilterFields.kind),
  type: optional(partnerFilterFields.type),
  status: optional(partnerFilterFields.status),
  year: optional(partnerFilterFields.year),
  sort: partnerFilterFields.sort.catch('name'),
  dir: partnerFilterFields.dir.catch('asc'),
});
export type PartnerFilters = z.infer<typeof partnerFiltersSchema>;

/** Filters from a page's searchParams (repeated parameters count as their first value). */
export function parsePartnerFilters(params: Record<string, string | string[] | undefined>): PartnerFilters {
  const first = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  return partnerFiltersSchema.parse(first);
}

/** Rows per page of the partners list: a city with hundreds of partners still sends a phone a short page. */
export const PARTNERS_PER_PAGE = 50;
