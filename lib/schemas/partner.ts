import { z } from 'zod';
import { PartnerKind, PartnerStatus } from '@/lib/generated/prisma/enums';
import { checkPublication, countryField, optionalDecimal, optionalHttpUrl, optionalInteger, optionalText, publicationShape, requiredText, slugField, timeZoneField } from './form-fields';

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
    latitude: optionalDecimal(-90, 90),
    longitude: optionalDecimal(-180, 180),
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
    if ((p.latitude === null) !== (p.longitude === null)) ctx.addIssue({ code: 'custom', message: 'coordinatesPair', path: [p.latitude === null ? 'latitude' : 'longitude'] });
    // The database's Partner_populationYear_needs_population / Partner_areaYear_needs_area CHECKs:
    // without these, a year whose figure was cleared failed the save with a 500.
    if (p.populationYear !== null && p.population === null) ctx.addIssue({ code: 'custom', message: 'yearWithoutValue', path: ['populationYear'] });
    if (p.areaYear !== null && p.areaKm2 === null) ctx.addIssue({ code: 'custom', message: 'yearWithoutValue', path: ['areaYear'] });
    for (const locale of ['kk', 'en'] as const) {
      const t = p.translations[locale];
      // A translation row needs its name; the other fields alone would leave a nameless partner in that language.
      if (t.name === null && (t.regionName !== null || t.about !== null)) ctx.addIssue({ code: 'custom', message: 'nameForTranslation', path: ['translations', locale, 'name'] });
    }
  });

export type PartnerInput = z.infer<typeof partnerInputSchema>;
