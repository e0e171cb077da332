import 'server-only';
import { siteUrl } from '../env';
import { formatPartialDateIso, type DatePrecision, type PartialDate } from '@/lib/dates/partial-date';
import { mediaUrl } from '@/lib/media';
import { localePath } from '@/lib/i18n/locale-path';
import { proposalAnchor } from '@/lib/proposals/anchor';
import type { ContentLocale, LocalizedValue, StoredLocale } from '@/lib/i18n/localized';
import type { z } from 'zod';
import type { localizedTextResponseSchema, partialDateSchema } from '@/lib/schemas/open-data/common';
import type { eventLinkSchema } from '@/lib/schemas/open-data/events';
import type { EventPhoto } from '../events/detail';
import type { ProfileEvent } from '../partners/profile';

// The building blocks every open-data answer shares: absolute URLs, texts with their language, and
// dates at their precision. Unknown stays null: nothing here invents a value.

const absolute = (path: string) => new URL(path, siteUrl()).toString();

/** A record in the API; the locale is in the URL unless it is the default, as in the request that led here. */
const apiUrl = (path: string, locale: ContentLocale) => absolute(`/api/v1/${path}${locale === 'ru' ? '' : `?locale=${locale}`}`);
/** A public page of the site in the locale. */
const pageUrl = (locale: ContentLocale, path: string) => absolute(localePath(locale, path));
export const fileUrl = (storageKey: string) => absolute(mediaUrl(storageKey));

export const agreementUrls = (id: number, locale: ContentLocale) => ({
  url: apiUrl(`agreements/${id}`, locale),
  permalink: pageUrl(locale, `/agreements/${id}`),
});
export const partnerUrls = (slug: string, locale: ContentLocale) => ({
  url: apiUrl(`partners/${slug}`, locale),
  pageUrl: pageUrl(locale, `/partners/${slug}`),
});
export const eventUrls = (slug: string, locale: ContentLocale) => ({ url: apiUrl(`events/${slug}`, locale), pageUrl: pageUrl(locale, `/events/${slug}`) });
export const projectUrls = (slug: string, locale: ContentLocale) => ({
  url: apiUrl(`projects/${slug}`, locale),
  pageUrl: pageUrl(locale, `/projects/${slug}`),
});
/** A proposal has no page of its own: its place on the proposals page (docs/decisions/032). */
export const proposalPageUrl = (id: number, locale: ContentLocale) => `${pageUrl(locale, '/proposals')}#${proposalAnchor(id)}`;

export function text(value: LocalizedValue): z.infer<typeof localizedTextResponseSchema>;
export function text(value: LocalizedValue | null): z.infer<typeof localizedTextResponseSchema> | null;
export function text(value: LocalizedValue | null) {
  return value && { text: value.text, lang: value.lang, fallback: value.isFallback };
}

export function partialDate(date: Date, precision: DatePrecision): z.infer<typeof partialDateSchema>;
export function partialDate(date: Date | null, precision: DatePrecision | null): z.infer<typeof partialDateSchema> | null;
export function partialDate(date: Date | null, precision: DatePrecision | null) {
  return date && precision ? { date: formatPartialDateIso({ date, precision }), precision } : null;
}

/** A date with precision as the API gives it; null stays null. */
export const partialDateOf = (value: PartialDate | null) => value && partialDate(value.date, value.precision);

/** A published photo of an event or a project, with its file's address. */
export const photoPayload = (p: EventPhoto) => ({
  url: fileUrl(p.storageKey),
  width: p.width,
  height: p.height,
  alt: text(p.alt),
  caption: text(p.caption),
  creditText: p.creditText,
  creditUrl: p.creditUrl,
});

type SourceLink = { title: string; language: StoredLocale; publisher: string | null; url: string | null };
/** A source as cited under an event or a project: its title stays in the language it was published in. */
export const sourceLinkPayload = (s: SourceLink) => ({ title: s.title, language: s.language, publisher: s.publisher, url: s.url });

/** An event as listed under a partner or a project. */
export const eventLinkPayload = (e: Omit<ProfileEvent, 'body'>, locale: ContentLocale): z.infer<typeof eventLinkSchema> => ({
  slug: e.slug,
  ...eventUrls(e.slug, locale),
  title: text(e.title),
  start: partialDate(e.startDate, e.startPrecision),
  end: partialDate(e.endDate, e.endPrecision),
  category: e.category,
  format: e.format,
});

/** A calendar date column (PostgreSQL `date`) as YYYY-MM-DD. */
export const isoDay = (date: Date | null) => date && date.toISOString().slice(0, 10);
