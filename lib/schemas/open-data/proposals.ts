import { z } from 'zod';
import { AgreementType, ProposalStage } from '@/lib/generated/prisma/enums';
import { listResponse, localizedTextResponseSchema, openDataSchemas, partialDateSchema } from './common';

const proposalSchema = z
  .object({
    id: z.int(),
    pageUrl: z.url().describe('The proposal on the public proposals page, in the requested locale.'),
    signed: z.boolean().describe('False until the stage is agreement_signed: until then nothing has been signed, this is a proposal, not an agreement.'),
    stage: z.enum(ProposalStage).describe('The current stage: the last of the history.'),
    partnerName: localizedTextResponseSchema.describe('The proposed partner.'),
    place: localizedTextResponseSchema.nullable().describe('Its city or region.'),
    countryCode: z.string().describe('ISO 3166-1 alpha-2.'),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    initiator: localizedTextResponseSchema.nullable().describe('Who proposed it.'),
    rationale: localizedTextResponseSchema.nullable().describe('Why.'),
    stages: z
      .array(z.object({ stage: z.enum(ProposalStage), date: partialDateSchema, note: z.string().nullable().describe('In Russian.') }))
      .describe('Dated stage history, oldest first.'),
    agreement: z
      .object({ id: z.int(), url: z.url(), permalink: z.url(), type: z.enum(AgreementType), title: localizedTextResponseSchema.nullable() })
      .nullable()
      .describe('Once signed, the public agreement it led to.'),
    partner: z
      .object({ slug: z.string(), url: z.url(), pageUrl: z.url(), name: localizedTextResponseSchema })
      .nullable()
      .describe('Once signed, the public partner the proposed partner became.'),
  })
  .register(openDataSchemas, { id: 'Proposal', description: 'A partnership in preparation: nothing is signed while `signed` is false.' });

export const proposalListResponseSchema = listResponse(proposalSchema).register(openDataSchemas, { id: 'ProposalList' });

export type ProposalPayload = z.infer<typeof proposalSchema>;
export type ProposalListResponse = z.infer<typeof proposalListResponseSchema>;
