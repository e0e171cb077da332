import { z } from 'zod';
import { OrganizationKind, ProjectStatus, ProjectTheme } from '@/lib/generated/prisma/enums';
import { endOfPeriod } from '@/lib/dates/partial-date';
import { checkPublication, countryField, optionalText, publicationShape, requiredText, slugField } from './form-fields';
import { optionalPartialDate, requiredPartialDate } from './partial-date-field';
import { checkPhotoOrder, optionalEnumChoice, orderedPhotos, orderedRows, photoFields, rows, tickedIds, tickedSerials } from './form-lists';

// The sizes the database's ProjectTranslation_text_size and *_note_size CHECKs allow.
const TITLE_MAX = 300;
const SUMMARY_MAX = 2000;
const OUTCOMES_MAX = 10_000;
const NOTE_MAX = 2000;
const ORGANIZATION_NAME_MAX = 300;
const ORGANIZATION_CITY_MAX = 200;

const translationSchema = z.object({ title: optionalText(TITLE_MAX), summary: optionalText(SUMMARY_MAX), outcomes: optionalText(OUTCOMES_MAX) });

const historyRow = z.object({
  status: z.enum(ProjectStatus, { error: 'required' }),
  date: requiredPartialDate,
  note: optionalText(NOTE_MAX),
});

const organizationName = z.object({ name: optionalText(ORGANIZATION_NAME_MAX), city: optionalText(ORGANIZATION_CITY_MAX) });
const organizationRow = z.object({
  kind: z.enum(OrganizationKind, { error: 'required' }),
  countryCode: z.union([z.literal('').transform(() => null), countryField], { error: 'country' }),
  ru: organizationName.extend({ name: requiredText(ORGANIZATION_NAME_MAX) }),
  kk: organizationName,
  en: organizationName,
});

/**
 * The project form of the admin. Texts in three languages side by side (ru title required; kk and
 * en fall back to ru when blank); themes, partners, agreements, sources and photos are ticked boxes;
 * the status history and the participating organizations are repeatable rows. A project about to
 * go public needs a partner (a draft may wait for one). That each agreement is with one of the
 * ticked partners needs the agreement rows: the DAL checks it (decision 029).
 */
export const projectInputSchema = z
  .object({
    slug: slugField,
    themes: tickedIds(z.enum(ProjectTheme, { error: 'invalid' })).refine((themes) => themes.length > 0, { error: 'themesRequired' }),
    status: optionalEnumChoice(ProjectStatus),
    start: optionalPartialDate,
    end: optionalPartialDate,
    partners: tickedIds(z.uuid({ error: 'invalid' })),
    agreements: tickedSerials,
    sources: tickedSerials,
    ...photoFields,
    history: rows(historyRow),
    organizations: rows(organizationRow),
    translations: z.object({
      ru: translationSchema.extend({ title: requiredText(TITLE_MAX) }),
      kk: translationSchema,
      en: translationSchema,
    }),
    ...publicationShape,
  })
  .superRefine((p, ctx) => {
    checkPublication(p, ctx);
    checkPhotoOrder(p, ctx);
    if (p.publicationStatus !== 'draft' && p.partners.length === 0) ctx.addIssue({ code: 'custom', message: 'partnersRequired', path: ['partners'] });
    // The database's Project_end_not_before_start compares periods: "August 2021 – 2021" holds.
    if (p.start && p.end && endOfPeriod(p.end) < p.start.date) ctx.addIssue({ code: 'custom', message: 'endBeforeStart', path: ['end'] });
    for (const locale of ['kk', 'en'] as const) {
      const t = p.translations[locale];
      if (t.title === null && (t.summary !== null || t.outcomes !== null))
        ctx.addIssue({ code: 'custom', message: 'titleForTranslation', path: ['translations', locale, 'title'] });
    }
    for (const [row, o] of Object.entries(p.organizations))
      for (const locale of ['kk', 'en'] as const)
        if (o[locale].name === null && o[locale].city !== null)
          ctx.addIssue({ code: 'custom', message: 'titleForTranslation', path: ['organizations', row, locale, 'name'] });
  })
  .transform(({ photos, photoOrder, history, organizations, ...rest }) => ({
    ...rest,
    photos: orderedPhotos({ photos, photoOrder }),
    history: orderedRows(history).map(([, h]) => h),
    organizations: orderedRows(organizations).map(([, o]) => o),
  }));

export type ProjectInput = z.infer<typeof projectInputSchema>;
