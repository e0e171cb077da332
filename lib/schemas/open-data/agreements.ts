import { z } from 'zod';
import { AgreementLinkKind, AgreementStatus, AgreementStatusChangeKind, AgreementType } from '@/lib/generated/prisma/enums';
import { detailResponse, listResponse, localizedTextResponseSchema, openDataSchemas, partialDateSchema, sourceLanguageSchema, timestampSchema } from './common';

const apiUrl = z.url().describe('This record in the API.');
const permalink = z.url().describe('The citable public page of the agreement, in the requested locale.');

const agreementSummarySchema = z
  .object({
    id: z.int(),
    url: apiUrl,
    permalink,
    type: z.enum(AgreementType),
    title: localizedTextResponseSchema.nullable(),
    partner: z.object({ slug: z.string(), url: z.url(), name: localizedTextResponseSchema, countryCode: z.string().describe('ISO 3166-1 alpha-2.') }),
    signed: partialDateSchema.nullable().describe('When it was signed, at the precision known; null when unknown.'),
    status: z.enum(AgreementStatus).nullable(),
    place: localizedTextResponseSchema.nullable().describe('Where it was signed.'),
    signatories: localizedTextResponseSchema.nullable(),
    textLanguages: z.array(z.string()).describe('ISO 639-1 codes of the languages of the signed text.'),
    source: z
      .object({
        title: z.string(),
        language: sourceLanguageSchema,
        publisher: z.string().nullable(),
        url: z.string().nullable(),
        publishedOn: z.iso.date().nullable(),
      })
      .nullable()
      .describe('Where the facts come from (its title is in the language of the source).'),
    document: z
      .object({ url: z.url(), mimeType: z.string(), byteSize: z.int(), sha256: z.string().regex(/^[0-9a-f]{64}$/), fileName: z.string().nullable() })
      .nullable()
      .describe('The published text of the agreement, with its SHA-256 to check a copy against.'),
    updatedAt: timestampSchema.describe('When the record was last edited.'),
  })
  .register(openDataSchemas, { id: 'AgreementSummary' });

/** An agreement as linked from another record: an agreement it changes, or a project that implements it. */
export const linkedAgreementSchema = z.object({
  id: z.int(),
  url: apiUrl,
  permalink,
  type: z.enum(AgreementType),
  title: localizedTextResponseSchema.nullable(),
  partnerName: localizedTextResponseSchema.nullable(),
  signed: partialDateSchema.nullable(),
});

const agreementDetailSchema = agreementSummarySchema
  .extend({
    note: localizedTextResponseSchema.nullable(),
    statusHistory: z
      .array(z.object({ kind: z.enum(AgreementStatusChangeKind), date: partialDateSchema, note: z.string().nullable() }))
      .describe('Dated status changes, oldest first.'),
    links: z
      .array(z.object({ kind: z.enum(AgreementLinkKind), agreement: linkedAgreementSchema }))
      .describe('Public agreements this one supersedes or amends.'),
    linkedFrom: z
      .array(z.object({ kind: z.enum(AgreementLinkKind), agreement: linkedAgreementSchema }))
      .describe('Public agreements that supersede or amend this one.'),
  })
  .register(openDataSchemas, { id: 'AgreementDetail' });

export const agreementListResponseSchema = listResponse(agreementSummarySchema).register(openDataSchemas, { id: 'AgreementList' });
export const agreementDetailResponseSchema = detailResponse(agreementDetailSchema).register(openDataSchemas, { id: 'AgreementDetailResponse' });

export type AgreementSummaryPayload = z.infer<typeof agreementSummarySchema>;
export type AgreementDetailPayload = z.infer<typeof agreementDetailSchema>;
export type AgreementListResponse = z.infer<typeof agreementListResponseSchema>;
export type AgreementDetailResponse = z.infer<typeof agreementDetailResponseSchema>;
