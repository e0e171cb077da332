import { z } from 'zod';
import { EventCategory, EventFormat } from '@/lib/generated/prisma/enums';
import { endOfPeriod } from '@/lib/dates/partial-date';
import { checkPublication, optionalText, publicationShape, requiredText, slugField } from './form-fields';
import { optionalPartialDate, requiredPartialDate } from './partial-date-field';

const TITLE_MAX = 300;
const BODY_MAX = 20_000;
const LOCATION_MAX = 300;

const translationSchema = z.object({ title: optionalText(TITLE_MAX), body: optionalText(BODY_MAX), location: optionalText(LOCATION_MAX) });

/**
 * A group of checkboxes named `<group>.<id>`: the ids of the ticked ones (none ticked: absent). One
 * name per box, so a form that failed validation can tick the same boxes again.
 */
const tickedIds = <T extends z.ZodType<unknown, string>>(id: T) =>
  z
    .record(z.string(), z.string(), { error: 'invalid' })
    .optional()
    .transform((boxes) => Object.keys(boxes ?? {}))
    .pipe(z.array(id));

/**
 * The event form of the admin. Texts in the three languages side by side (ru title required; kk
 * and en fall back to ru when blank); partners and sources are ids of ticked rows; photos are
 * media ids in the order the editor gave (`photoOrder.<id>`, blank = after the numbered ones).
 * Whether each photo may be published is the DAL's check: it needs the media rows.
 */
export const eventInputSchema = z
  .object({
    slug: slugField,
    partners: tickedIds(z.uuid({ error: 'invalid' })).pipe(z.array(z.string()).min(1, { error: 'partnersRequired' })),
    start: requiredPartialDate,
    end: optionalPartialDate,
    category: z.enum(EventCategory, { error: 'required' }),
    format: z.union([z.literal('').transform(() => null), z.enum(EventFormat)], { error: 'invalid' }),
    sources: tickedIds(z.coerce.number<string>({ error: 'invalid' }).int({ error: 'invalid' }).positive({ error: 'invalid' })),
    photos: tickedIds(z.uuid({ error: 'invalid' })),
    photoOrder: z.record(z.string(), z.string()).default({}),
    translations: z.object({
      ru: translationSchema.extend({ title: requiredText(TITLE_MAX) }),
      kk: translationSchema,
      en: translationSchema,
    }),
    ...publicationShape,
  })
  .superRefine((e, ctx) => {
    checkPublication(e, ctx);
    if (e.end !== null) {
      // The database keeps each date as the first day of its period and wants end >= start: an end
      // whose whole period lies before the start is simply wrong; one that only begins earlier
      // ("2021-03" after "2021-03-15") needs the end given as precisely as the start.
      if (endOfPeriod(e.end) < e.start.date) ctx.addIssue({ code: 'custom', message: 'endBeforeStart', path: ['end'] });
      else if (e.end.date < e.start.date) ctx.addIssue({ code: 'custom', message: 'endLessPrecise', path: ['end'] });
    }
    for (const locale of ['kk', 'en'] as const) {
      const t = e.translations[locale];
      // A translation row needs its title; a body alone would leave an untitled event in that language.
      if (t.title === null && (t.body !== null || t.location !== null))
        ctx.addIssue({ code: 'custom', message: 'titleForTranslation', path: ['translations', locale, 'title'] });
    }
    for (const id of e.photos) {
      const order = e.photoOrder[id]?.trim() ?? '';
      if (order !== '' && !/^\d{1,3}$/.test(order)) ctx.addIssue({ code: 'custom', message: 'integer', path: ['photoOrder', id] });
    }
  })
  .transform(({ start, end, photos, photoOrder, ...rest }) => {
    const rank = (id: string) => (photoOrder[id]?.trim() ? Number(photoOrder[id]) : Number.POSITIVE_INFINITY);
    // Stable sort: photos without a number keep the order they were ticked in, after the numbered ones.
    const ordered = photos
      .map((id, i) => ({ id, i }))
      .sort((a, b) => rank(a.id) - rank(b.id) || a.i - b.i)
      .map((p) => p.id);
    return { ...rest, start, end, photos: ordered };
  });

export type EventInput = z.infer<typeof eventInputSchema>;
