import { z } from 'zod';
import { optionalHttpUrl, optionalText } from './form-fields';

/**
 * An editor's alt texts and credit for an uploaded file, as the form names them (`alt.ru`,
 * `creditText`, `creditUrl`); blank means "not given yet" (null). Error messages are keys of
 * `AdminForm.errors`, like every admin form's.
 */
export const mediaDetailsInputSchema = z.object({
  alt: z.object({ ru: optionalText(300), kk: optionalText(300), en: optionalText(300) }),
  creditText: optionalText(200),
  creditUrl: optionalHttpUrl,
});

export type MediaDetailsInput = z.infer<typeof mediaDetailsInputSchema>;
