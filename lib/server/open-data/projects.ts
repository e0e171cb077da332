import 'server-only';
import { readArguments } from '@/lib/server/read-arguments';
import { findRegisterProjects, listProjectPage } from '../projects/register';
import { getProject } from '../projects/detail';
import type { ProjectSummary } from '../projects/summary';
import { agreementUrls, eventLinkPayload, partialDate, partialDateOf, partnerUrls, photoPayload, projectUrls, sourceLinkPayload, text } from './payload';
import type { ContentLocale } from '@/lib/i18n/localized';
import type { ProjectFilters, ProjectSortKey } from '@/lib/schemas/projects';
import type { PageMeta } from '@/lib/pagination';
import type { ProjectDetailPayload, ProjectSummaryPayload } from '@/lib/schemas/open-data/projects';

// The API reads projects through the register's and the project page's own DAL, so it shows
// exactly what they show: the same filters, order, visibility and "not specified" nulls.

function projectPayload(p: ProjectSummary, locale: ContentLocale): ProjectSummaryPayload {
  return {
    slug: p.slug,
    ...projectUrls(p.slug, locale),
    title: text(p.title),
    summary: text(p.summary),
    themes: p.themes,
    status: p.status,
    start: partialDateOf(p.start),
    end: partialDateOf(p.end),
    partners: p.partners.map((partner) => ({ slug: partner.slug, url: partnerUrls(partner.slug, locale).url, name: text(partner.name) })),
  };
}

/** One page of the public register with its filters and order, as the API gives it. */
export async function listOpenProjectPage(
  locale: ContentLocale,
  filters: ProjectFilters,
  sort: ProjectSortKey,
  page: number,
  perPage: number,
): Promise<{ items: ProjectSummaryPayload[]; meta: PageMeta }> {
  const register = await listProjectPage(locale, filters, sort, page, perPage);
  return { items: register.items.map((p) => projectPayload(p, locale)), meta: { page, perPage, total: register.total, pageCount: register.pageCount } };
}

/**
 * Every project of the register for its filters, in its order (for the CSV). Not cached, as the
 * events export: the server keeps a copy of the whole download already (docs/decisions/017).
 */
export async function listOpenProjects(locale: ContentLocale, filters: ProjectFilters, sort: ProjectSortKey): Promise<ProjectSummaryPayload[]> {
  locale = readArguments.locale.parse(locale);
  filters = readArguments.projectFilters.parse(filters);
  sort = readArguments.projectSort.parse(sort);
  return (await findRegisterProjects(locale, filters, sort, new Date())).map((p) => projectPayload(p, locale));
}

/** A public project with everything its page shows (the page's own cached read), or null when the public may not see it. */
export async function getOpenProject(locale: ContentLocale, slug: string): Promise<ProjectDetailPayload | null> {
  const p = await getProject(locale, slug);
  if (!p) return null;
  return {
    ...projectPayload(p, locale),
    outcomes: text(p.outcomes),
    statusHistory: p.statusHistory.map((s) => ({ status: s.status, date: partialDate(s.date.date, s.date.precision), note: s.note })),
    agreements: p.agreements.map((a) => ({
      id: a.id,
      ...agreementUrls(a.id, locale),
      type: a.type,
      title: text(a.title),
      partnerName: text(a.partnerName),
      signed: partialDateOf(a.signed),
    })),
    organizations: p.organizations.map((o) => ({ name: text(o.name), kind: o.kind, city: text(o.city), countryCode: o.countryCode })),
    photos: p.photos.map(photoPayload),
    sources: p.sources.map(sourceLinkPayload),
    events: p.events.map((e) => eventLinkPayload(e, locale)),
  };
}
