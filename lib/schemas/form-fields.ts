import { z } from 'zod';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '@/lib/slug';
import { PublicationStatus } from '@/lib/generated/prisma/enums';
import { hasControlCharacter } from '@/lib/text/control-characters';

/**
 * Building blocks for admin forms. Every input arrives as a string (empty when left blank); the
 * error messages are keys of the `AdminForm.errors` catalogue, translated where the form is shown.
 */
const blankToNull = (v: string) => (v === '' ? null : v);
// Leading and trailing white space is dropped (an editor never means it); everything else is kept
// exactly, except that text with a control character is refused (lib/text/control-characters.ts:
// PostgreSQL cannot store a NUL, and refusing keeps "saved" meaning "saved as typed").
const text = z
  .string({ error: 'required' })
  .trim()
  .refine((v) => !hasControlCharacter(v), { error: 'controlCharacters' });

export const requiredText = (max: number) => text.min(1, { error: 'required' }).max(max, { error: 'tooLong' });
export const optionalText = (max: number) => text.max(max, { error: 'tooLong' }).transform(blankToNull);

export const optionalInteger = (min: number, max: number) =>
  text
    .transform(blankToNull)
    .pipe(
      z.coerce.number<string>({ error: 'number' }).int({ error: 'integer' }).min(min, { error: 'outOfRange' }).max(max, { error: 'outOfRange' }).nullable(),
    );

export const optionalDecimal = (min: number, max: number) =>
  text
    .transform((v) => blankToNull(v.replace(',', '.')))
    .pipe(z.coerce.number<string>({ error: 'number' }).min(min, { error: 'outOfRange' }).max(max, { error: 'outOfRange' }).nullable());

export const requiredDecimal = (min: number, max: number) =>
  text
    .min(1, { error: 'required' })
    .transform((v) => v.replace(',', '.'))
    .pipe(z.coerce.number<string>({ error: 'number' }).min(min, { error: 'outOfRange' }).max(max, { error: 'outOfRange' }));

export const optionalHttpUrl = text.transform(blankToNull).pipe(
  z
    .url({ protocol: /^https?$/, error: 'url' })
    .max(500, { error: 'tooLong' })
    .nullable(),
);

export const slugField = text.min(1, { error: 'required' }).max(SLUG_MAX_LENGTH, { error: 'tooLong' }).regex(SLUG_PATTERN, { error: 'slug' });

export const countryField = text.toUpperCase().regex(/^[A-Z]{2}$/, { error: 'country' });

export const timeZoneField = text
  .transform(blankToNull)
  .refine((tz) => tz === null || tz === 'UTC' || Intl.supportedValuesOf('timeZone').includes(tz), { error: 'timeZone' });

/**
 * The optimistic-lock version the editor started from (absent when creating). At most PostgreSQL's
 * INTEGER: a forged 2147483648 reached the UPDATE's WHERE and failed it with a 500.
 */
export const versionField = z.coerce.number({ error: 'required' }).int().positive().max(2_147_483_647, { error: 'invalid' });

const optionalInstant = text.transform(blankToNull).pipe(
  z.iso
    .datetime({ offset: true, error: 'dateTime' })
    .transform((iso) => new Date(iso))
    .nullable(),
);

/**
 * Draft, scheduled (with the instant to publish, sent by the form as an ISO string computed in the
 * editor's browser time zone) or published, and the optional instant it goes off the site
 * (docs/decisions/046). Spread into an object schema, then `.superRefine(checkPublication)`.
 */
export const publicationShape = {
  publicationStatus: z.enum(PublicationStatus, { error: 'required' }),
  publishAt: optionalInstant,
  // Absent from forms and files made before it existed (saved versions, imports): no end then.
  unpublishAt: optionalInstant.default(null),
};

export function checkPublication(value: { publicationStatus: PublicationStatus; publishAt: Date | null; unpublishAt: Date | null }, ctx: z.RefinementCtx) {
  if (value.publicationStatus === 'scheduled' && value.publishAt === null) ctx.addIssue({ code: 'custom', message: 'publishAtRequired', path: ['publishAt'] });
  // The database's *_unpublish_after_publish CHECK: without this the save failed with a 500.
  if (value.publishAt && value.unpublishAt && value.unpublishAt <= value.publishAt)
    ctx.addIssue({ code: 'custom', message: 'unpublishBeforePublish', path: ['unpublishAt'] });
}

/** Optional coordinates in decimal degrees: both or neither. Spread into an object schema, then `.superRefine(checkCoordinates)`. */
export const coordinatesShape = { latitude: optionalDecimal(-90, 90), longitude: optionalDecimal(-180, 180) };

export function checkCoordinates(value: { latitude: number | null; longitude: number | null }, ctx: z.RefinementCtx) {
  if ((value.latitude === null) !== (value.longitude === null))
    ctx.addIssue({ code: 'custom', message: 'coordinatesPair', path: [value.latitude === null ? 'latitude' : 'longitude'] });
}
