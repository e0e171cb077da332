import { z } from 'zod';
import { OrganizationKind, ProjectStatus, ProjectTheme } from '@/lib/generated/prisma/enums';
import {
  detailResponse,
  listResponse,
  localizedTextResponseSchema,
  openDataSchemas,
  partialDateSchema,
  photoResponseSchema,
  sourceLinkResponseSchema,
} from './common';
import { eventLinkSchema } from './events';
import { linkedAgreementSchema } from './agreements';

const apiUrl = z.url().describe('This record in the API.');
const pageUrl = z.url().describe('The public page of this record, in the requested locale.');

const projectSummarySchema = z
  .object({
    slug: z.string(),
    url: apiUrl,
    pageUrl,
    title: localizedTextResponseSchema,
    summary: localizedTextResponseSchema.nullable(),
    themes: z.array(z.enum(ProjectTheme)).describe('One or more.'),
    status: z.enum(ProjectStatus).nullable().describe('The current status; null when the source does not say.'),
    start: partialDateSchema.nullable().describe('Null when the source does not say.'),
    end: partialDateSchema.nullable().describe('Null when the source does not say (not necessarily still running).'),
    partners: z.array(z.object({ slug: z.string(), url: z.url(), name: localizedTextResponseSchema })).describe('Public partners taking part, by name.'),
  })
  .register(openDataSchemas, { id: 'ProjectSummary' });

const projectDetailSchema = projectSummarySchema
  .extend({
    outcomes: localizedTextResponseSchema.nullable(),
    statusHistory: z
      .array(z.object({ status: z.enum(ProjectStatus), date: partialDateSchema, note: z.string().nullable() }))
      .describe('Dated status changes, oldest first.'),
    agreements: z.array(linkedAgreementSchema).describe('The public agreements the project implements.'),
    organizations: z
      .array(
        z.object({
          name: localizedTextResponseSchema,
          kind: z.enum(OrganizationKind),
          city: localizedTextResponseSchema.nullable(),
          countryCode: z.string().nullable().describe('ISO 3166-1 alpha-2.'),
        }),
      )
      .describe('Participating organizations (universities, schools, NGOs...), which have no record of their own.'),
    photos: z.array(photoResponseSchema),
    sources: z.array(sourceLinkResponseSchema).describe('Where the facts come from (titles in the language of the source).'),
    events: z.array(eventLinkSchema).describe('Public events that are part of the project, newest first.'),
  })
  .register(openDataSchemas, { id: 'ProjectDetail' });

export const projectListResponseSchema = listResponse(projectSummarySchema).register(openDataSchemas, { id: 'ProjectList' });
export const projectDetailResponseSchema = detailResponse(projectDetailSchema).register(openDataSchemas, { id: 'ProjectDetailResponse' });

export type ProjectSummaryPayload = z.infer<typeof projectSummarySchema>;
export type ProjectDetailPayload = z.infer<typeof projectDetailSchema>;
export type ProjectListResponse = z.infer<typeof projectListResponseSchema>;
export type ProjectDetailResponse = z.infer<typeof projectDetailResponseSchema>;
