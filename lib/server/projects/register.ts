import 'server-only';
import { readArguments } from '@/lib/server/read-arguments';
import { cacheTag } from 'next/cache';
import { localesFor, pickPlaceName, type ContentLocale } from '@/lib/i18n/localized';
import { PROJECTS_PER_PAGE, type ProjectFilters, type ProjectSortKey } from '@/lib/schemas/projects';
import { pageOfList, type ListPage } from '@/lib/pagination';
import { isSlug } from '@/lib/slug';
import type { Prisma } from '@/lib/generated/prisma/client';
import { OrganizationKind, ProjectStatus, ProjectTheme } from '@/lib/generated/prisma/enums';
import { db } from '../db';
import { cacheUntilNextPublication } from '../publication-schedule';
import { cacheTags } from '../cache-tags';
import { publiclyVisible } from '../visibility';
import type { EventPartnerLink } from '../events/summary';
import { newestStartFirst, projectSummarySelect, toProjectSummaries, type ProjectSummary } from './summary';
import { nameOrder } from '@/lib/i18n/name-order';

const yearStart = (year: number) => new Date(Date.UTC(year, 0, 1));

/**
 * The projects the register shows for these filters. A project counts for a year when its period
 * overlaps it (docs/decisions/031): it starts before the year ends, and its end, or its start when
 * no end is given, lies in the year or later. A period at any precision lies within one calendar
 * year and is stored as its first day, so comparing the stored dates with 1 January is exact.
 */
function projectRegisterWhere({ theme, partner, status, year, kind }: ProjectFilters, now: Date): Prisma.ProjectWhereInput {
  return {
    ...publiclyVisible(now),
    ...(theme && { themes: { has: theme } }),
    ...(status && { status }),
    ...(kind && { organizations: { some: { kind } } }),
    ...(partner && { partners: { some: { partner: { slug: partner, ...publiclyVisible(now) } } } }),
    ...(year !== undefined && {
      startDate: { lt: yearStart(year + 1) },
      OR: [{ endDate: { gte: yearStart(year) } }, { endDate: null, startDate: { gte: yearStart(year) } }],
    }),
  };
}

/**
 * Every project the register shows for these filters, in its order: start order in SQL, title
 * order by Intl.Collator in the locale, which SQL collations do not match (as on the agreements
 * register). Uncached and unpaged: the title order and the CSV download need the whole list.
 */
export async function findRegisterProjects(locale: ContentLocale, filters: ProjectFilters, sort: ProjectSortKey, now: Date): Promise<ProjectSummary[]> {
  const rows = await db().project.findMany({
    where: projectRegisterWhere(filters, now),
    ...(sort === 'start' && { orderBy: newestStartFirst }),
    select: projectSummarySelect(locale, now),
  });
  const all = toProjectSummaries(rows, locale);
  return sort === 'title' ? all.sort((a, b) => nameOrder(locale)(a.title.text, b.title.text)) : all;
}

/**
 * One page of the public register with the number matching the filters (`perPage` is the API's;
 * the page shows PROJECTS_PER_PAGE). In start order the page is cut in SQL (one query per
 * relation, one count); in title order the whole filtered list is sorted first.
 * A page past the end comes back empty; the caller decides.
 */
export async function listProjectPage(
  locale: ContentLocale,
  filters: ProjectFilters,
  sort: ProjectSortKey,
  page: number,
  perPage: number = PROJECTS_PER_PAGE,
): Promise<ListPage<ProjectSummary>> {
  'use cache';
  locale = readArguments.locale.parse(locale);
  filters = readArguments.projectFilters.parse(filters);
  sort = readArguments.projectSort.parse(sort);
  page = readArguments.page.parse(page);
  perPage = readArguments.perPage.parse(perPage);
  await cacheUntilNextPublication();
  cacheTag(cacheTags.projects, cacheTags.partners);
  const now = new Date();
  if (sort === 'title') return pageOfList(await findRegisterProjects(locale, filters, sort, now), page, perPage);
  const where = projectRegisterWhere(filters, now);
  const [rows, total] = await Promise.all([
    db().project.findMany({ where, orderBy: newestStartFirst, skip: (page - 1) * perPage, take: perPage, select: projectSummarySelect(locale, now) }),
    db().project.count({ where }),
  ]);
  return { items: toProjectSummaries(rows, locale), total, page, pageCount: Math.max(1, Math.ceil(total / perPage)) };
}

export type ProjectFilterOptions = {
  /** Public partners with at least one public project, by name in the locale. */
  partners: EventPartnerLink[];
  /** Every year some public project's period overlaps, newest first. */
  years: number[];
  /** The themes, statuses and participant kinds some public project has, in their declared order. */
  themes: ProjectTheme[];
  statuses: ProjectStatus[];
  kinds: OrganizationKind[];
};

/** The choices the register's filters offer: only values that find something. Four queries. */
export async function listProjectFilterOptions(locale: ContentLocale): Promise<ProjectFilterOptions> {
  'use cache';
  locale = readArguments.locale.parse(locale);
  await cacheUntilNextPublication();
  cacheTag(cacheTags.projects, cacheTags.partners);
  const now = new Date();
  const [partners, range, projects, organizations] = await Promise.all([
    db().partner.findMany({
      where: { ...publiclyVisible(now), projects: { some: { project: publiclyVisible(now) } } },
      select: { slug: true, countryCode: true, translations: { where: { locale: { in: localesFor(locale) } }, select: { locale: true, name: true } } },
    }),
    db().project.aggregate({ where: publiclyVisible(now), _min: { startDate: true }, _max: { startDate: true, endDate: true } }),
    db().project.findMany({ where: publiclyVisible(now), select: { themes: true, status: true } }),
    db().projectOrganization.findMany({ where: { project: publiclyVisible(now) }, distinct: ['kind'], select: { kind: true } }),
  ]);
  const found = <T extends string>(values: Record<string, T>, present: readonly (T | null)[]) => Object.values(values).filter((v) => present.includes(v));
  const first = range._min.startDate?.getUTCFullYear();
  const last = Math.max(range._max.startDate?.getUTCFullYear() ?? 0, range._max.endDate?.getUTCFullYear() ?? 0);
  return {
    partners: partners
      .flatMap((p) => {
        const name = pickPlaceName(p.translations, locale, 'name', p.countryCode);
        return name ? [{ slug: p.slug, name }] : [];
      })
      .sort((a, b) => nameOrder(locale)(a.name.text, b.name.text)),
    years: first === undefined ? [] : Array.from({ length: last - first + 1 }, (_, i) => last - i),
    themes: found(
      ProjectTheme,
      projects.flatMap((p) => p.themes),
    ),
    statuses: found(
      ProjectStatus,
      projects.map((p) => p.status),
    ),
    kinds: found(
      OrganizationKind,
      organizations.map((o) => o.kind),
    ),
  };
}

/** How many public projects are active: their current status says so. */
export async function countActiveProjects(): Promise<number> {
  'use cache';
  await cacheUntilNextPublication();
  cacheTag(cacheTags.projects);
  return db().project.count({ where: { ...publiclyVisible(new Date()), status: 'active' } });
}

/** How many projects the public can see at all: the register says so when there are none. */
export async function countPublicProjects(): Promise<number> {
  'use cache';
  await cacheUntilNextPublication();
  cacheTag(cacheTags.projects);
  return db().project.count({ where: publiclyVisible(new Date()) });
}

/** A public partner's public projects, newest start first (its profile lists them). */
export async function listProjectsOfPartner(locale: ContentLocale, partnerSlug: string): Promise<ProjectSummary[]> {
  'use cache';
  locale = readArguments.locale.parse(locale);
  partnerSlug = readArguments.slug.parse(partnerSlug);
  if (!isSlug(partnerSlug)) return [];
  await cacheUntilNextPublication();
  cacheTag(cacheTags.projects, cacheTags.partners);
  const now = new Date();
  const rows = await db().project.findMany({
    where: projectRegisterWhere({ partner: partnerSlug }, now),
    orderBy: newestStartFirst,
    select: projectSummarySelect(locale, now),
  });
  return toProjectSummaries(rows, locale);
}

/** The public projects that implement an agreement, newest start first (its permalink lists them). */
export async function listProjectsUnderAgreement(locale: ContentLocale, agreementId: number): Promise<ProjectSummary[]> {
  'use cache';
  locale = readArguments.locale.parse(locale);
  agreementId = readArguments.id.parse(agreementId);
  await cacheUntilNextPublication();
  cacheTag(cacheTags.projects, cacheTags.agreements, cacheTags.partners);
  const now = new Date();
  const rows = await db().project.findMany({
    where: { ...publiclyVisible(now), agreements: { some: { agreementId, agreement: { ...publiclyVisible(now), partner: publiclyVisible(now) } } } },
    orderBy: newestStartFirst,
    select: projectSummarySelect(locale, now),
  });
  return toProjectSummaries(rows, locale);
}
