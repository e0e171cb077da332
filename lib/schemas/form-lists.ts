import { z } from 'zod';
import { MAX_SERIAL_ID } from './record-ids';

/**
 * Picks, ticked boxes and repeatable rows of the admin forms, shared by every record kind that has
 * them. Error messages are keys of `AdminForm.errors`.
 */
const blankToNull = (v: string) => (v === '' ? null : v);
const choice = z.string({ error: 'required' }).trim();
const serial = z.coerce
  .number<string>({ error: 'unknownChoice' })
  .int({ error: 'unknownChoice' })
  .min(1, { error: 'unknownChoice' })
  .max(MAX_SERIAL_ID, { error: 'unknownChoice' });

/** A required pick from a select: blank is "required", anything not shaped like an id names nothing there is. */
export const uuidChoice = choice.min(1, { error: 'required' }).pipe(z.uuid({ error: 'unknownChoice' }));
export const intChoice = choice.min(1, { error: 'required' }).pipe(serial);
/** An optional pick: blank is null ("none"). */
export const optionalUuidChoice = choice.transform(blankToNull).pipe(z.uuid({ error: 'unknownChoice' }).nullable());
export const optionalIntChoice = choice.transform(blankToNull).pipe(serial.nullable());
/** An optional pick from a closed list: blank is null ("not specified"). */
export const optionalEnumChoice = <T extends Record<string, string>>(values: T) =>
  choice.transform(blankToNull).pipe(z.enum(values, { error: 'invalid' }).nullable());

/**
 * Repeatable rows posted as `history.3.kind`, `history.3.date`…: a record keyed by row number (the
 * numbers need not be consecutive: a removed row leaves a gap, and errors keep pointing at the
 * field the editor sees). A row left entirely blank is an unused "add row" and is dropped.
 */
export function rows<Row extends z.ZodType>(row: Row) {
  const blank = (fields: unknown): boolean =>
    typeof fields === 'string' ? fields.trim() === '' : typeof fields === 'object' && fields !== null && Object.values(fields).every(blank);
  const dropBlank = (value: unknown) => {
    if (value === undefined) return {};
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
    return Object.fromEntries(Object.entries(value).filter(([, fields]) => !(typeof fields === 'object' && fields !== null && blank(fields))));
  };
  return z.preprocess(dropBlank, z.record(z.string().regex(/^\d{1,4}$/), row, { error: 'invalid' }));
}

/** The rows in the order the editor sees them (by row number), with their numbers. */
export const orderedRows = <Row>(record: Record<string, Row>): [string, Row][] => Object.entries(record).sort(([a], [b]) => Number(a) - Number(b));

/**
 * A group of checkboxes named `<group>.<id>`: the ids of the ticked ones (none ticked: absent). One
 * name per box, so a form that failed validation can tick the same boxes again.
 */
export const tickedIds = <T extends z.ZodType<unknown, string>>(id: T) =>
  z
    .record(z.string(), z.string(), { error: 'invalid' })
    .optional()
    .transform((boxes) => Object.keys(boxes ?? {}))
    .pipe(z.array(id));

export const tickedSerials = tickedIds(
  z.coerce.number<string>({ error: 'invalid' }).int({ error: 'invalid' }).positive({ error: 'invalid' }).max(MAX_SERIAL_ID, { error: 'invalid' }),
);

/** Photos are ticked media ids, numbered by the editor (`photoOrder.<id>`, blank = after the numbered ones). */
export const photoFields = {
  photos: tickedIds(z.uuid({ error: 'invalid' })),
  photoOrder: z.record(z.string(), z.string()).default({}),
};

type PhotoFields = { photos: string[]; photoOrder: Record<string, string> };

/** A photo's number must be a small whole number; the error sits beside that photo. */
export function checkPhotoOrder(value: PhotoFields, ctx: z.RefinementCtx) {
  for (const id of value.photos) {
    const order = value.photoOrder[id]?.trim() ?? '';
    if (order !== '' && !/^\d{1,3}$/.test(order)) ctx.addIssue({ code: 'custom', message: 'integer', path: ['photoOrder', id] });
  }
}

/** The ticked photos in the editor's order; photos without a number keep the order they were ticked in, after the numbered ones. */
export function orderedPhotos({ photos, photoOrder }: PhotoFields): string[] {
  const rank = (id: string) => (photoOrder[id]?.trim() ? Number(photoOrder[id]) : Number.POSITIVE_INFINITY);
  return photos
    .map((id, i) => ({ id, i }))
    .sort((a, b) => rank(a.id) - rank(b.id) || a.i - b.i)
    .map((p) => p.id);
}
