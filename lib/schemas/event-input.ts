import { z } from 'zod';
import { EventCategory, EventFormat } from '@/lib/generated/prisma/enums';
import { endOfPeriod } from '@/lib/dates/partial-date';
import { checkPublication, optionalText, publicationShape, requiredText, slugField } from './form-fields';
import { optionalPartialDate, requiredPartialDate } from './partial-date-field';
import { checkPhotoOrder, optionalIntChoice, orderedPhotos, photoFields, tickedIds, tickedSerials } from './form-lists';

const TITLE_MAX = 300;
const BODY_MAX = 20_000;
const LOCATION_MAX = 300;

const translationSchema = z.object({ title: optionalText(TITLE_MAX), body: optionalText(BODY_MAX), location: optionalText(LOCATION_MAX) });

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
    sources: tickedSerials,
    // Absent from a form that predates it: no project.
    projectId: optionalIntChoice.optional().transform((id) => id ?? null),
    ...photoFields,
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
    checkPhotoOrder(e, ctx);
  })
  .transform(({ photos, photoOrder, ...rest }) => ({ ...rest, photos: orderedPhotos({ photos, photoOrder }) }));

export type EventInput = z.infer<typeof eventInputSchema>;
