import type { AppLocale } from '@/i18n/routing';
import { localePath } from '@/lib/i18n/locale-path';
import { registerSearch } from '@/lib/agreements/register-url';
import type { RegisterQuery } from '@/lib/schemas/agreement';
import type { EventTimelineFilters } from '@/lib/schemas/events';
import type { ProjectFilters, ProjectSortKey } from '@/lib/schemas/projects';

/** The open-data addresses, built in one place so the pages, the open-data page and the tests agree. */

// The locale first, then the page's own query under the same names the pages use.
const withQuery = (path: string, query: Record<string, string>) => `${path}?${new URLSearchParams(query).toString()}`;

/** Every public partner as CSV, unfiltered: the partners page has no filter worth carrying into a spreadsheet's address. */
export const partnersCsvUrl = (locale: string) => withQuery('/api/v1/partners.csv', { locale });

/** The register as CSV, with the register page's filters and order. */
export const agreementsCsvUrl = (locale: string, query: RegisterQuery) => withQuery('/api/v1/agreements.csv', { locale, ...registerSearch(query) });

/** The events as CSV, with the timeline's filters (all pages at once, so no page number). */
export function eventsCsvUrl(locale: string, { year, partner, category }: EventTimelineFilters): string {
  return withQuery('/api/v1/events.csv', {
    locale,
    ...(year !== undefined && { year: String(year) }),
    ...(partner !== undefined && { partner }),
    ...(category !== undefined && { category }),
  });
}

/** The projects register as CSV, with the register page's filters and order (all pages at once). */
export function projectsCsvUrl(locale: string, { theme, partner, status, year, kind }: ProjectFilters, sort: ProjectSortKey): string {
  return withQuery('/api/v1/projects.csv', {
    locale,
    ...(theme !== undefined && { theme }),
    ...(partner !== undefined && { partner }),
    ...(status !== undefined && { status }),
    ...(year !== undefined && { year: String(year) }),
    ...(kind !== undefined && { kind }),
    ...(sort !== 'start' && { sort }),
  });
}

/** Every public event as iCalendar, or one partner's with `partner`. */
export const calendarUrl = (locale: AppLocale, partner?: string) =>
  localePath(locale, partner ? `/partners/${encodeURIComponent(partner)}/events.ics` : '/events.ics');

/** The Atom feed of new events. */
export const feedUrl = (locale: AppLocale) => localePath(locale, '/feed.xml');

/** The Atom feed of new projects and public proposals (docs/decisions/037). */
export const cooperationFeedUrl = (locale: AppLocale) => localePath(locale, '/cooperation.xml');
