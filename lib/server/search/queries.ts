import 'server-only';
import { db } from '../db';
import { publiclyVisible } from '../visibility';
import { searchTerms } from '@/lib/search/terms';
import { localesFor, pickLocalized, type ContentLocale, type LocalizedValue } from '@/lib/i18n/localized';
import type { AgreementType, DatePrecision, PartnerKind } from '@/lib/generated/prisma/enums';

export type PartnerHit = { slug: string; kind: PartnerKind; countryCode: string; name: LocalizedValue };
export type AgreementHit = { id: number; type: AgreementType; title: LocalizedValue | null; partnerName: LocalizedValue | null; signedOn: Date | null; signedPrecision: DatePrecision | null };
export type EventHit = { slug: string; title: LocalizedValue; startDate: Date; startPrecision: DatePrecision; endDate: Date | null; endPrecision: DatePrecision | null };
export type SearchResults = { partners: PartnerHit[]; agreements: AgreementHit[]; events: EventHit[] };

const PER_KIND = 20;
type Match = { kind: 'partner' | 'agreement' | 'event'; id: string; score: number };

/**
 * Ranked matches in any language: a prefix full-text match on every text field, or a trigram
 * word-similarity match on names and titles (typos, partial words). Both sides are folded by the
 * database's portal_fold(), so case, ё/е and Kazakh look-alike letters do not matter.
 */
async function rankedMatches(query: string, terms: string[]): Promise<Match[]> {
  return db().$queryRaw<Match[]>`
    WITH q AS (
      SELECT portal_fold(${query}) AS text,
             to_tsquery('simple', array_to_string(ARRAY(SELECT quote_literal(portal_fold(w)) || ':*' FROM unnest(${terms}::text[]) AS w), ' & ')) AS query
    ), hits AS (
      SELECT 'partner' AS kind, t."partnerId"::text AS id, greatest(ts_rank(t."searchVector", q.query), word_similarity(q.text, t."searchText")) AS score
        FROM "PartnerTranslation" t, q WHERE t."searchVector" @@ q.query OR q.text <% t."searchText"
      UNION ALL
      SELECT 'agreement', t."agreementId"::text, greatest(ts_rank(t."searchVector", q.query), word_similarity(q.text, t."searchText"))
        FROM "AgreementTranslation" t, q WHERE t."searchVector" @@ q.query OR q.text <% t."searchText"
      UNION ALL
      SELECT 'event', t."eventId"::text, greatest(ts_rank(t."searchVector", q.query), word_similarity(q.text, t."searchText"))
        FROM "EventTranslation" t, q WHERE t."searchVector" @@ q.query OR q.text <% t."searchText"
    )
    SELECT kind, id, max(score)::float8 AS score FROM hits GROUP BY kind, id ORDER BY score DESC, id LIMIT 300`;
}

/** Orders rows as their ids were ranked, dropping the ones the public may not see. */
function inRankOrder<Row>(ids: string[], rows: Row[], idOf: (row: Row) => string): Row[] {
  const byId = new Map(rows.map((row) => [idOf(row), row]));
  return ids.flatMap((id) => byId.get(id) ?? []).slice(0, PER_KIND);
}

/** Public partners, agreements and events matching the query, best first; uncached (every query differs). */
export async function searchPortal(locale: ContentLocale, query: string): Promise<SearchResults> {
  const terms = searchTerms(query);
  if (terms.length === 0) return { partners: [], agreements: [], events: [] };
  const matches = await rankedMatches(query, terms);
  const idsOf = (kind: Match['kind']) => matches.filter((m) => m.kind === kind).map((m) => m.id);
  const partnerIds = idsOf('partner');
  const agreementIds = idsOf('agreement');
  const eventIds = idsOf('event');
  const now = new Date();
  const locales = { locale: { in: localesFor(locale) } };
  const [partners, agreements, events] = await Promise.all([
    partnerIds.length === 0 ? [] : db().partner.findMany({
      where: { id: { in: partnerIds }, ...publiclyVisible(now) },
      select: { id: true, slug: true, kind: true, countryCode: true, translations: { where: locales, select: { locale: true, name: true } } },
    }),
    agreementIds.length === 0 ? [] : db().agreement.findMany({
      where: { id: { in: agreementIds.map(Number) }, ...publiclyVisible(now), partner: publiclyVisible(now) },
      select: {
        id: true, type: true, signedOn: true, signedPrecision: true,
        translations: { where: locales, select: { locale: true, title: true } },
        partner: { select: { translations: { where: locales, select: { locale: true, name: true } } } },
      },
    }),
    eventIds.length === 0 ? [] : db().event.findMany({
      where: { id: { in: eventIds.map(Number) }, ...publiclyVisible(now) },
      select: { id: true, slug: true, startDate: true, startPrecision: true, endDate: true, endPrecision: true, translations: { where: locales, select: { locale: true, title: true } } },
    }),
  ]);
  return {
    partners: inRankOrder(partnerIds, partners, (p) => p.id).flatMap((p) => {
      const name = pickLocalized(p.translations, locale, 'name');
      return name ? [{ slug: p.slug, kind: p.kind, countryCode: p.countryCode, name }] : [];
    }),
    agreements: inRankOrder(agreementIds, agreements, (a) => String(a.id)).map((a) => ({
      id: a.id,
      type: a.type,
      title: pickLocalized(a.translations, locale, 'title'),
      partnerName: pickLocalized(a.partner.translations, locale, 'name'),
      signedOn: a.signedOn,
      signedPrecision: a.signedPrecision,
    })),
    events: inRankOrder(eventIds, events, (e) => String(e.id)).flatMap((e) => {
      const title = pickLocalized(e.translations, locale, 'title');
      return title ? [{ slug: e.slug, title, startDate: e.startDate, startPrecision: e.startPrecision, endDate: e.endDate, endPrecision: e.endPrecision }] : [];
    }),
  };
}

/** Ids of partners whose name or region, in any language, contains the text or is close to it. */
export async function partnerIdsMatching(text: string): Promise<string[]> {
  const literal = text.replace(/[\\%_]/g, (c) => `\\${c}`); // LIKE wildcards typed by a user are plain characters
  const rows = await db().$queryRaw<{ id: string }[]>`
    SELECT DISTINCT "partnerId"::text AS id FROM "PartnerTranslation"
     WHERE "searchText" LIKE '%' || portal_fold(${literal}) || '%' OR portal_fold(${text}) <% "searchText"`;
  return rows.map((r) => r.id);
}
