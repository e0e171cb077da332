import { z } from 'zod';
import { AgreementStatus, AgreementType, PartnerKind, PartnerStatus } from '@/lib/generated/prisma/enums';
import { detailResponse, listResponse, localizedTextResponseSchema, openDataSchemas, partialDateSchema } from './common';
import { eventLinkSchema } from './events';

const apiUrl = z.url().describe('This record in the API.');
const pageUrl = z.url().describe('The public page of this record, in the requested locale.');

const partnerSummarySchema = z
  .object({
    slug: z.string(),
    url: apiUrl,
    pageUrl,
    name: localizedTextResponseSchema,
    regionName: localizedTextResponseSchema.nullable(),
    kind: z.enum(PartnerKind),
    status: z.enum(PartnerStatus),
    countryCode: z.string().describe('ISO 3166-1 alpha-2.'),
    firstAgreement: z
      .object({ type: z.enum(AgreementType), signed: partialDateSchema.nullable() })
      .nullable()
      .describe('The earliest public agreement, the one that founded the relationship.'),
  })
  .register(openDataSchemas, { id: 'PartnerSummary' });

const partnerDetailSchema = partnerSummarySchema
  .omit({ firstAgreement: true })
  .extend({
    about: localizedTextResponseSchema.nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    foundedYear: z.int().nullable(),
    population: z.int().nullable(),
    populationYear: z.int().nullable(),
    areaKm2: z.number().nullable(),
    areaYear: z.int().nullable(),
    timeZone: z.string().nullable().describe('IANA time zone.'),
    websiteUrl: z.string().nullable(),
    agreements: z
      .array(
        z.object({
          id: z.int(),
          url: apiUrl,
          permalink: z.url(),
          type: z.enum(AgreementType),
          title: localizedTextResponseSchema.nullable(),
          signed: partialDateSchema.nullable(),
          status: z.enum(AgreementStatus).nullable(),
        }),
      )
      .describe('Public agreements, oldest first (undated last).'),
    events: z.array(eventLinkSchema).describe('Public joint events, newest first.'),
  })
  .register(openDataSchemas, { id: 'PartnerDetail' });

export const partnerListResponseSchema = listResponse(partnerSummarySchema).register(openDataSchemas, { id: 'PartnerList' });
export const partnerDetailResponseSchema = detailResponse(partnerDetailSchema).register(openDataSchemas, { id: 'PartnerDetailResponse' });

export type PartnerSummaryPayload = z.infer<typeof partnerSummarySchema>;
export type PartnerDetailPayload = z.infer<typeof partnerDetailSchema>;
export type PartnerListResponse = z.infer<typeof partnerListResponseSchema>;
export type PartnerDetailResponse = z.infer<typeof partnerDetailResponseSchema>;
