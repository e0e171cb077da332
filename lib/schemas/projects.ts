import { z } from 'zod';
import { pageNumberSchema } from './page-number';
import { wholeNumberField } from './whole-number';
import { slugSchema } from '@/lib/slug';
import { OrganizationKind, ProjectStatus, ProjectTheme } from '@/lib/generated/prisma/enums';

export const PROJECTS_PER_PAGE = 20;

export const projectSortKeys = ['start', 'title'] as const;
export type ProjectSortKey = (typeof projectSortKeys)[number];

/**
 * The one definition of each register parameter, for the public page (read leniently, below) and
 * for the open-data API, which reads the same fields strictly.
 */
export const projectFilterFields = {
  theme: z.enum(ProjectTheme).describe('Only projects with this theme.'),
  partner: slugSchema.describe('Only projects with this partner (its slug, as in /api/v1/partners).'),
  status: z.enum(ProjectStatus).describe('Current status of the project.'),
  year: wholeNumberField(1000, 9999).describe('Only projects whose period, at the precision of its dates, overlaps this year.'),
  kind: z.enum(OrganizationKind).describe('Only projects with a participating organization of this kind.'),
  sort: z.enum(projectSortKeys).default('start').describe('Order: newest start first (undated last), or title in the requested locale.'),
};

// As on the events timeline: a stale or hand-edited URL shows the unfiltered register, never an
// error. A repeated key counts by its first value; an untouched select submits "".
const single = (value: unknown) => {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return first === '' ? undefined : first;
};
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(single, schema.optional()).catch(undefined);

/** The register's filters, order and page, from `?theme=&partner=&status=&year=&kind=&sort=&page=`. */
export const projectRegisterQuerySchema = z.object({
  theme: optional(projectFilterFields.theme),
  partner: optional(projectFilterFields.partner),
  status: optional(projectFilterFields.status),
  year: optional(projectFilterFields.year),
  kind: optional(projectFilterFields.kind),
  sort: z.preprocess(single, projectFilterFields.sort).catch('start'),
  page: z.preprocess(single, pageNumberSchema),
});

type ProjectRegisterQuery = z.infer<typeof projectRegisterQuerySchema>;
export type ProjectFilters = Omit<ProjectRegisterQuery, 'page' | 'sort'>;
