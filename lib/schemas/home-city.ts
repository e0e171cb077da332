import { z } from 'zod';
import { openCallSettingsShape } from './cooperation';
import { countryField, optionalHttpUrl, optionalText, requiredDecimal, requiredText } from './form-fields';

const NAME_MAX = 200;
/** A checkbox: the browser sends "on" when ticked and nothing otherwise. */
const checkbox = z
  .literal('on')
  .optional()
  .transform((v) => v === 'on');
const translationSchema = z.object({
  name: optionalText(NAME_MAX),
  regionName: optionalText(NAME_MAX),
  pressOfficeName: optionalText(NAME_MAX),
  pressAddress: optionalText(500),
});

/** The home city's settings: its names and press office in three languages, where it is, the open-data licence and the open call. */
export const homeCityInputSchema = z
  .object({
    kind: z.enum(['city', 'region'], { error: 'required' }),
    countryCode: countryField,
    // The map centres on the home city: it must have a place.
    latitude: requiredDecimal(-90, 90),
    longitude: requiredDecimal(-180, 180),
    pressEmail: z
      .string()
      .trim()
      .transform((v) => (v === '' ? null : v))
      .pipe(z.email({ error: 'email' }).max(200, { error: 'tooLong' }).nullable()),
    pressPhone: optionalText(50),
    websiteUrl: optionalHttpUrl,
    dataLicense: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9.+-]{2,40}$/, { error: 'license' }),
    showEditorNames: checkbox,
    twoPersonReview: checkbox,
    ...openCallSettingsShape,
    translations: z.object({ ru: translationSchema.extend({ name: requiredText(NAME_MAX) }), kk: translationSchema, en: translationSchema }),
  })
  .superRefine((h, ctx) => {
    for (const locale of ['kk', 'en'] as const) {
      const t = h.translations[locale];
      if (t.name === null && (t.regionName !== null || t.pressOfficeName !== null || t.pressAddress !== null))
        ctx.addIssue({ code: 'custom', message: 'nameForTranslation', path: ['translations', locale, 'name'] });
    }
  });
export type HomeCityInput = z.infer<typeof homeCityInputSchema>;
