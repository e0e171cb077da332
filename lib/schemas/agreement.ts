import { z } from 'zod';
import { AgreementLinkKind, AgreementStatus, AgreementStatusChangeKind, AgreementType } from '@/lib/generated/prisma/enums';
import { checkPublication, optionalText, publicationShape, requiredText } from './form-fields';
import { optionalPartialDate, requiredPartialDate } from './partial-date-field';
import { intChoice, optionalEnumChoice, optionalIntChoice, optionalUuidChoice, rows, uuidChoice } from './form-lists';
import { slugSchema } from '@/lib/slug';

const TITLE_MAX = 500;
const PLACE_MAX = 200;
const SIGNATORIES_MAX = 1000;
const NOTE_MAX = 5000;
const HISTORY_NOTE_MAX = 1000;

const historyRow = z.object({
  kind: z.enum(AgreementStatusChangeKind, { error: 'required' }),
  date: requiredPartialDate,
  note: optionalText(HISTORY_NOTE_MAX),
});

const linkRow = z.object({
  kind: z.enum(AgreementLinkKind, { error: 'required' }),
  toId: intChoice,
});

/**
 * The languages of the signed text, posted as one checkbox per language (`textLanguages.kk=on`), so
 * a form that failed validation can tick the same boxes again. Out: sorted ISO 639-1 codes, which
 * is what the Agreement_textLanguages_codes CHECK accepts.
 */
const textLanguages = z
  .record(z.string(), z.string(), { error: 'invalid' })
  .optional()
  .transform((boxes, ctx) => {
    const codes = Object.keys(boxes ?? {});
    if (codes.some((code) => !/^[a-z]{2}$/.test(code))) {
      ctx.addIssue({ code: 'custom', message: 'invalid' });
      return z.NEVER;
    }
    return codes.sort();
  });

const translationSchema = z.object({
  title: optionalText(TITLE_MAX),
  place: optionalText(PLACE_MAX),
  signatories: optionalText(SIGNATORIES_MAX),
  note: optionalText(NOTE_MAX),
});

/**
 * The agreement form of the admin: the facts, the three languages side by side, the status history
 * and the links to other agreements. ru's title is required; kk and en fall back to ru when blank.
 * It refuses everything the database's CHECK constraints refuse, as field errors.
 */
export const agreementInputSchema = z
  .object({
    partnerId: uuidChoice,
    type: z.enum(AgreementType, { error: 'required' }),
    signedOn: optionalPartialDate,
    status: optionalEnumChoice(AgreementStatus),
    textLanguages,
    sourceId: optionalIntChoice,
    documentId: optionalUuidChoice,
    translations: z.object({
      ru: translationSchema.extend({ title: requiredText(TITLE_MAX) }),
      kk: translationSchema,
      en: translationSchema,
    }),
    history: rows(historyRow),
    links: rows(linkRow),
    ...publicationShape,
  })
  .superRefine((a, ctx) => {
    checkPublication(a, ctx);
    for (const locale of ['kk', 'en'] as const) {
      const t = a.translations[locale];
      // A translation row needs its title; the other fields alone would leave an untitled agreement in that language.
      if (t.title === null && (t.place !== null || t.signatories !== null || t.note !== null))
        ctx.addIssue({ code: 'custom', message: 'titleForTranslation', path: ['translations', locale, 'title'] });
    }
    // The same link twice would break the table's primary key (from, to, kind).
    const seen = new Set<string>();
    for (const [row, link] of Object.entries(a.links)) {
      const key = `${link.kind}:${link.toId}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', message: 'duplicateLink', path: ['links', row, 'toId'] });
      seen.add(key);
    }
  });

export type AgreementInput = z.infer<typeof agreementInputSchema>;

const registerSortKeys = ['date', 'partner', 'type', 'status'] as const;
export type RegisterSortKey = (typeof registerSortKeys)[number];
export type SortDirection = 'asc' | 'desc';

/**
 * The one definition of each register parameter. The public page reads them leniently (below); the
 * open-data API reads the same fields strictly and answers 400 for a bad value (lib/schemas/open-data/queries.ts).
 */
export const registerQueryFields = {
  sort: z.enum(registerSortKeys).default('date').describe('Order: by date signed (undated last), partner name (in the requested locale), type or status.'),
  dir: z.enum(['asc', 'desc']).default('asc').describe('Sort direction.'),
  type: z.enum(AgreementType).describe('Type of agreement.'),
  status: z.enum(AgreementStatus).describe('Current status of the agreement.'),
  partner: slugSchema.describe('Slug of the partner (as in /api/v1/partners).'),
};

// A shared or hand-edited URL may carry anything: each bad value falls back on its own (to the
// default order, or to no filter) instead of failing the page. Repeated keys use the first value.
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional()).catch(undefined);

export const registerQuerySchema = z.object({
  sort: z.preprocess(first, registerQueryFields.sort).catch('date'),
  dir: z.preprocess(first, registerQueryFields.dir).catch('asc'),
  type: optional(registerQueryFields.type),
  status: optional(registerQueryFields.status),
  partner: optional(registerQueryFields.partner),
});

export type RegisterQuery = z.infer<typeof registerQuerySchema>;

/** The register's query from a page's searchParams; never throws. */
export const parseRegisterQuery = (searchParams: Record<string, string | string[] | undefined>): RegisterQuery => registerQuerySchema.parse(searchParams);

/** Rows per page of the register, as on the partners list: thousands of agreements still send a phone a short page. */
export const AGREEMENTS_PER_PAGE = 50;

// The page (lib/pagination.ts) is not part of the query: a new filter or order starts again at
// page 1, and the CSV export, built from the query, keeps every matching row.
