import { z } from 'zod';
import { ProposalStage, ProposalVisibility } from '@/lib/generated/prisma/enums';
import { endOfPeriod } from '@/lib/dates/partial-date';
import { checkCoordinates, checkPublication, coordinatesShape, countryField, optionalText, publicationShape, requiredText } from './form-fields';
import { requiredPartialDate } from './partial-date-field';
import { optionalIntChoice, orderedRows, rows } from './form-lists';

// The sizes the database's ProposalTranslation_text_size and ProposalStageChange_note_size CHECKs allow.
const NAME_MAX = 300;
const PLACE_MAX = 200;
const INITIATOR_MAX = 500;
const RATIONALE_MAX = 5000;
const NOTE_MAX = 2000;

const translationSchema = z.object({
  partnerName: optionalText(NAME_MAX),
  place: optionalText(PLACE_MAX),
  initiator: optionalText(INITIATOR_MAX),
  rationale: optionalText(RATIONALE_MAX),
});

const stageRow = z.object({
  stage: z.enum(ProposalStage, { error: 'required' }),
  date: requiredPartialDate,
  note: optionalText(NOTE_MAX),
});

/**
 * The proposal form of the admin: the proposed partner (name in three languages side by side, ru
 * required), where it is, who initiated it and why, whether the public may see it (internal unless
 * the editor says so), and its dated stages in the order the editor lists them. The current stage
 * is the last one. No stage may be dated before an earlier one (the database's
 * ProposalStageChange_not_before_previous, checked here first so the editor sees which row), and
 * "agreement signed" needs the agreement.
 */
export const proposalInputSchema = z
  .object({
    countryCode: countryField,
    ...coordinatesShape,
    visibility: z.enum(ProposalVisibility, { error: 'required' }),
    agreementId: optionalIntChoice,
    stages: rows(stageRow),
    translations: z.object({
      ru: translationSchema.extend({ partnerName: requiredText(NAME_MAX) }),
      kk: translationSchema,
      en: translationSchema,
    }),
    ...publicationShape,
  })
  .superRefine((p, ctx) => {
    checkPublication(p, ctx);
    checkCoordinates(p, ctx);
    const stages = orderedRows(p.stages);
    if (stages.length === 0) ctx.addIssue({ code: 'custom', message: 'stagesRequired', path: ['stages'] });
    // Against every earlier stage, as the database compares: a period may not end before one already begun.
    let latestStart: Date | null = null;
    for (const [row, s] of stages) {
      if (latestStart && endOfPeriod(s.date) < latestStart) ctx.addIssue({ code: 'custom', message: 'stageBeforePrevious', path: ['stages', row, 'date'] });
      if (!latestStart || s.date.date > latestStart) latestStart = s.date.date;
    }
    if (stages.at(-1)?.[1].stage === 'agreement_signed' && p.agreementId === null)
      ctx.addIssue({ code: 'custom', message: 'agreementRequired', path: ['agreementId'] });
    for (const locale of ['kk', 'en'] as const) {
      const t = p.translations[locale];
      if (t.partnerName === null && (t.place !== null || t.initiator !== null || t.rationale !== null))
        ctx.addIssue({ code: 'custom', message: 'titleForTranslation', path: ['translations', locale, 'partnerName'] });
    }
  })
  .transform(({ stages, ...rest }) => {
    const ordered = orderedRows(stages).map(([, s]) => s);
    return { ...rest, stages: ordered, stage: ordered.at(-1)?.stage ?? 'initiative' };
  });

export type ProposalInput = z.infer<typeof proposalInputSchema>;
