import 'server-only';
import { CATALOGUES } from '@/lib/i18n/catalogues';
import { createTranslator } from 'next-intl';
import { localeOfSegment, type AppLocale } from '@/i18n/routing';
import { formatPartialDateRange, type DatePrecision } from '@/lib/dates/partial-date';
import { eventCalendar } from '@/lib/open-data/event-calendar';
import { ATOM_ENTRY_COUNT, atomFeed, type AtomHead } from '@/lib/open-data/event-atom-feed';
import { cooperationFeedUrl, feedUrl } from '@/lib/open-data/download-urls';
import { proposalAnchor } from '@/lib/proposals/anchor';
import { CORS_HEADERS, ERROR_CACHE, entityTag, isNotModified, PUBLIC_CACHE } from '@/lib/open-data/http';
import { dataLicense } from '@/lib/open-data/licenses';
import { localePath } from '@/lib/i18n/locale-path';
import { siteUrl } from '../env';
import { getHomeCity, getPublicationSettings } from '../home-city/queries';
import { getDataLastChanged } from './last-changed';
import { getFeedPartnerName, listCalendarEvents, listNewestCooperation, listNewestEvents, type FeedEvent } from './feeds';

// The feeds are route handlers outside the page tree (the proxy skips paths with a dot), so they
// take their strings from the catalogues directly rather than from the request's configuration,
// and their [locale] is the URL's segment as written (kk-latn), not rewritten to the locale's code.
const translator = (locale: AppLocale) => createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'OpenData' });

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': ERROR_CACHE } });

/**
 * The answer to a feed request, by the HTTP rules of the open-data API (lib/open-data/http.ts):
 * 304 when the client's copy is current, else the body with validators. The body is deterministic,
 * so its hash changes exactly when the feed does; Last-Modified is when the published data last changed.
 */
function feedResponse(request: Request, body: string, contentType: string, lastModified: Date | null): Response {
  const etag = entityTag(body);
  const headers = new Headers({ ...CORS_HEADERS, 'Content-Type': contentType, ETag: etag, 'Cache-Control': PUBLIC_CACHE, 'X-Content-Type-Options': 'nosniff' });
  if (lastModified) headers.set('Last-Modified', lastModified.toUTCString());
  if (isNotModified(request.headers, etag, lastModified)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers });
}

const absolute = (path: string) => new URL(path, siteUrl()).toString();
const eventUrl = (locale: AppLocale, slug: string) => absolute(localePath(locale, `/events/${slug}`));

/** The coarsest precision among an event's dates: what the calendar had to widen, if anything. */
function coarsest(event: FeedEvent): DatePrecision {
  const precisions = [event.startPrecision, event.endPrecision];
  return precisions.includes('year') ? 'year' : precisions.includes('month') ? 'month' : 'day';
}

/** The dates as the page writes them, what a month or year precision means in a calendar, the partners, the text and the link. */
function calendarDescription(event: FeedEvent, locale: AppLocale): string {
  const t = translator(locale);
  const start = { date: event.startDate, precision: event.startPrecision };
  const end = event.endDate && event.endPrecision ? { date: event.endDate, precision: event.endPrecision } : null;
  const precision = coarsest(event);
  const lines = [t('feed.when', { dates: formatPartialDateRange(start, end, locale) })];
  if (precision !== 'day') lines.push(t(`feed.precision.${precision}`));
  if (event.partners.length > 0) lines.push(t('feed.partners', { names: event.partners.map((p) => p.name.text).join(', ') }));
  if (event.body) lines.push('', event.body.text);
  lines.push('', t('feed.more', { url: eventUrl(locale, event.slug) }));
  return lines.join('\n');
}

/** `/{locale}/events.ics`, or `/{locale}/partners/{slug}/events.ics` with `partnerSlug`: 404 for an unknown locale or partner. */
export async function calendarResponse(request: Request, localeParam: string, partnerSlug?: string): Promise<Response> {
  const locale = localeOfSegment(localeParam);
  if (locale === null) return notFound();
  const [partnerName, events, homeCity, lastChanged] = await Promise.all([
    partnerSlug === undefined ? null : getFeedPartnerName(locale, partnerSlug),
    listCalendarEvents(locale, partnerSlug),
    getHomeCity(locale),
    getDataLastChanged(),
  ]);
  if (partnerSlug !== undefined && !partnerName) return notFound();
  const t = translator(locale);
  const site = createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'Metadata' })('siteName');
  const owner = homeCity?.name.text ?? site;
  const host = siteUrl().host;
  const body = eventCalendar(
    {
      name: partnerName ? t('feed.partnerCalendarName', { owner, partner: partnerName.text }) : t('feed.calendarName', { owner }),
      description: t('feed.calendarDescription', { site }),
      url: absolute(localePath(locale, partnerSlug ? `/partners/${partnerSlug}` : '/events')),
      host,
      language: locale,
    },
    events.map((event) => ({
      // The id, not the slug: an edited slug must not turn the event into a new one in calendars.
      uid: `event-${event.id}@${host}`,
      summary: event.title.text,
      description: calendarDescription(event, locale),
      location: event.location?.text ?? null,
      url: eventUrl(locale, event.slug),
      start: { date: event.startDate, precision: event.startPrecision },
      end: event.endDate && event.endPrecision ? { date: event.endDate, precision: event.endPrecision } : null,
      created: event.createdAt,
      lastModified: event.updatedAt,
      sequence: event.version - 1,
    })),
  );
  return feedResponse(request, body, 'text/calendar; charset=utf-8', lastChanged);
}

type HeadInput = Pick<AtomHead, 'subtitle' | 'updated'> & { self: string; alternate: string; title: (owner: string) => string };

/** What every Atom feed of the portal says of itself: its owner, author and licence, around its own titles and links. */
async function atomHead(locale: AppLocale, { self, alternate, title, ...head }: HeadInput): Promise<AtomHead> {
  const [homeCity, settings] = await Promise.all([getHomeCity(locale), getPublicationSettings()]);
  const t = translator(locale);
  const site = createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'Metadata' })('siteName');
  const owner = homeCity?.name.text ?? site;
  const license = dataLicense(settings.dataLicense);
  return {
    ...head,
    id: absolute(self),
    self: absolute(self),
    alternate: absolute(localePath(locale, alternate)),
    title: title(owner),
    language: locale,
    author: { name: owner === site ? site : `${site} — ${owner}`, link: absolute(localePath(locale, '/')) },
    rights: t('feed.rights', { license: license.url ? `${license.shortName} (${license.url})` : license.shortName }),
  };
}

/** A tag: URI (RFC 4151) from the host, the day the record was added and its id: it survives slug edits. */
const entryId = (kind: 'event' | 'project' | 'proposal', id: number, added: Date) => `tag:${siteUrl().host},${added.toISOString().slice(0, 10)}:${kind}-${id}`;

/** `/{locale}/feed.xml`: the newest public events as Atom; 404 for an unknown locale. */
export async function atomResponse(request: Request, localeParam: string): Promise<Response> {
  const locale = localeOfSegment(localeParam);
  if (locale === null) return notFound();
  const [events, lastChanged] = await Promise.all([listNewestEvents(locale, ATOM_ENTRY_COUNT), getDataLastChanged()]);
  const t = translator(locale);
  const head = await atomHead(locale, {
    self: feedUrl(locale),
    alternate: '/events',
    title: (owner) => t('feed.atomTitle', { owner }),
    subtitle: t('feed.atomSubtitle'),
    // A database that has never held anything has no change time; the newest entry's is the best there is.
    updated: lastChanged ?? events[0]?.updatedAt ?? new Date(0),
  });
  const body = atomFeed(
    head,
    events.map((event) => ({
      id: entryId('event', event.id, event.createdAt),
      title: event.title.text,
      summary: calendarDescription(event, locale),
      link: eventUrl(locale, event.slug),
      updated: event.updatedAt,
      published: event.createdAt,
    })),
  );
  return feedResponse(request, body, 'application/atom+xml; charset=utf-8', lastChanged);
}

/** `/{locale}/cooperation.xml`: the newest public projects and proposals as Atom (docs/decisions/037); 404 for an unknown locale. */
export async function cooperationAtomResponse(request: Request, localeParam: string): Promise<Response> {
  const locale = localeOfSegment(localeParam);
  if (locale === null) return notFound();
  const { projects, proposals } = await listNewestCooperation(locale, ATOM_ENTRY_COUNT);
  const t = translator(locale);
  const terms = createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'Proposals' });
  const entries = [
    ...projects.map((project) => {
      const link = absolute(localePath(locale, `/projects/${project.slug}`));
      return {
        id: entryId('project', project.id, project.createdAt),
        title: project.title.text,
        summary: [project.summary?.text, t('feed.more', { url: link })].filter((line) => line !== undefined).join('\n\n'),
        link,
        updated: project.updatedAt,
        published: project.createdAt,
      };
    }),
    ...proposals.map((proposal) => {
      const link = absolute(`${localePath(locale, '/proposals')}#${proposalAnchor(proposal.id)}`);
      // Until it is signed, the entry itself says so: a stage's name alone reads like a document (032).
      const signed = proposal.stage === 'agreement_signed' ? terms('signed') : terms('notSigned');
      return {
        id: entryId('proposal', proposal.id, proposal.createdAt),
        title: t('feed.proposalTitle', { partner: proposal.partnerName.text }),
        summary: [terms('currentStage', { stage: terms(`stage.${proposal.stage}`) }), signed, t('feed.more', { url: link })].join('\n\n'),
        link,
        updated: proposal.updatedAt,
        published: proposal.createdAt,
      };
    }),
  ]
    .sort((a, b) => b.published.getTime() - a.published.getTime() || a.id.localeCompare(b.id))
    .slice(0, ATOM_ENTRY_COUNT);
  const head = await atomHead(locale, {
    self: cooperationFeedUrl(locale),
    alternate: '/projects',
    title: (owner) => t('feed.cooperationTitle', { owner }),
    subtitle: t('feed.cooperationSubtitle'),
    updated: new Date(Math.max(0, ...entries.map((e) => e.updated.getTime()))),
  });
  // No Last-Modified: the portal's last-change moment does not cover projects and proposals (037); the ETag does.
  return feedResponse(request, atomFeed(head, entries), 'application/atom+xml; charset=utf-8', null);
}
