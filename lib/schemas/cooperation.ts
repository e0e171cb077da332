import { z } from 'zod';
import { ProjectTheme } from '@/lib/generated/prisma/enums';
import { countryOptions } from '@/lib/countries';
import { optionalText, requiredText } from './form-fields';

/** The themes of cooperation, in the order the forms list them. */
export const PROJECT_THEMES = Object.values(ProjectTheme);
const themeField = z.enum(ProjectTheme, { error: 'theme' });

// The database holds the same bounds (CooperationSubmission_text_size): the form says so first.
const SUBMISSION_LIMITS = { name: 200, organization: 300, email: 254, message: 5000 } as const;
const knownCountries = new Set(countryOptions('en').map((c) => c.code));

/**
 * What a city, an organization or a resident sends to the open call. `website` is the honeypot:
 * a field people never see, which spam robots fill; anything in it marks the post as a robot's.
 */
export const cooperationSubmissionInputSchema = z.object({
  name: requiredText(SUBMISSION_LIMITS.name),
  organization: optionalText(SUBMISSION_LIMITS.organization),
  countryCode: optionalText(2).refine((code) => code === null || knownCountries.has(code), { error: 'country' }),
  email: requiredText(SUBMISSION_LIMITS.email).pipe(z.email({ error: 'email' })),
  theme: themeField,
  message: requiredText(SUBMISSION_LIMITS.message),
  website: z
    .unknown()
    .optional()
    .transform((value) => value !== undefined && value !== ''),
});
export type CooperationSubmissionInput = z.infer<typeof cooperationSubmissionInputSchema>;

/** The open call's settings: the themes sought (a box per theme, `soughtThemes.<theme>`) and how long submissions are kept. */
export const openCallSettingsShape = {
  soughtThemes: z
    .partialRecord(themeField, z.literal('on', { error: 'invalid' }), { error: 'invalid' })
    .optional()
    .transform((ticked) => PROJECT_THEMES.filter((theme) => ticked?.[theme] !== undefined)),
  submissionRetentionDays: z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .regex(/^[0-9]+$/, { error: 'integer' })
    .transform(Number)
    .pipe(z.number().min(1, { error: 'outOfRange' }).max(3650, { error: 'outOfRange' })),
};
