import 'server-only';
import { db } from '../db';
import { sqlRows } from '../database/sql-rows';
import { Prisma } from '@/lib/generated/prisma/client';
import { searchTerms } from '@/lib/search/terms';
import { latinSearchKey } from '@/lib/search/kazakh-latin-key';
import { SUGGESTIONS_PER_KIND } from '@/lib/search/suggestions';
import { localesFor, pickLocalized, pickPlaceName, type ContentLocale, type LocalizedValue, type StoredLocale } from '@/lib/i18n/localized';
import type { AgreementType, DatePrecision, PartnerKind, ProjectStatus, ProposalStage } from '@/lib/generated/prisma/enums';

type PartnerHit = { slug: string; kind: PartnerKind; countryCode: string; name: LocalizedValue };
type AgreementHit = {
  id: number;
  type: AgreementType;
  title: LocalizedValue | null;
  partnerName: LocalizedValue | null;
  signedOn: Date | null;
  signedPrecision: DatePrecision | null;
};
type EventHit = {
  slug: string;
  title: LocalizedValue;
  startDate: Date;
  startPrecision: DatePrecision;
  endDate: Date | null;
  endPrecision: DatePrecision | null;
};
type ProjectHit = {
  slug: string;
  title: LocalizedValue;
  status: ProjectStatus | null;
  startDate: Date | null;
  startPrecision: DatePrecision | null;
  endDate: Date | null;
  endPrecision: DatePrecision | null;
};
/** A public proposal; it has no page of its own, only its anchor on the proposals page. */
type ProposalHit = { id: number; partnerName: LocalizedValue; stage: ProposalStage; countryCode: string };
export type SearchKind = 'partners' | 'agreements' | 'events' | 'projects' | 'proposals';
/**
 * What was found, best first. `capped` names the kinds that matched more than the search ranks:
 * their results are the best of the first ones found, and the number is how many records that was.
 */
export type SearchResults = {
  partners: PartnerHit[];
  agreements: AgreementHit[];
  events: EventHit[];
  projects: ProjectHit[];
  proposals: ProposalHit[];
  capped: Partial<Record<SearchKind, number>>;
};

const PER_KIND = 20;
/**
 * Translation rows each kind of match may bring to the ranking. Scoring is the costly part
 * (ts_rank and word_similarity on every candidate), so a word found in most titles would rank
 * tens of thousands of rows; under this cap a broad query scores no more rows than a narrow one.
 */
export const CANDIDATES_PER_MATCH = 200;
/** Ranked ids kept per kind: enough to fill a page after dropping what the public may not see. */
const RANKED_PER_KIND = 3 * PER_KIND;
/**
 * The suggestions rank fewer: they show three of a kind, and a prefix of a few letters matches
 * thousands of records that are all as good a guess; a narrower one is ranked whole. Scoring is
 * most of the database's work for a suggestion (word_similarity, some microseconds a row): 40 a
 * source cost twice the time of 15 (docs/decisions/052).
 */
const SUGGESTION_CANDIDATES = 15;
/** Ranked ids kept per kind for the suggestions: their three, and room for records the public may not see. */
const SUGGESTED_PER_KIND = 2 * SUGGESTIONS_PER_KIND;

/**
 * Where each kind's words are: its translation table (`t`, with the generated search columns) and
 * the record id a row stands for. A project is also found by its organizations' names, which live
 * in their own rows; their candidates are cut at the cap like any other source's.
 */
const SOURCES: { kind: SearchKind; from: Prisma.Sql; id: Prisma.Sql }[] = [
  { kind: 'partners', from: Prisma.sql`"PartnerTranslation" t`, id: Prisma.sql`t."partnerId"::text` },
  { kind: 'agreements', from: Prisma.sql`"AgreementTranslation" t`, id: Prisma.sql`t."agreementId"::text` },
  { kind: 'events', from: Prisma.sql`"EventTranslation" t`, id: Prisma.sql`t."eventId"::text` },
  { kind: 'projects', from: Prisma.sql`"ProjectTranslation" t`, id: Prisma.sql`t."projectId"::text` },
  {
    kind: 'projects',
    from: Prisma.sql`"ProjectOrganizationTranslation" t JOIN "ProjectOrganization" o ON o.id = t."organizationId"`,
    id: Prisma.sql`o."projectId"::text`,
  },
  { kind: 'proposals', from: Prisma.sql`"ProposalTranslation" t`, id: Prisma.sql`t."proposalId"::text` },
];

/** One pre-selection per source, `match` being its condition on `t` and `q`, cut at `cap` rows. */
const candidates = (sources: typeof SOURCES, vector: Prisma.Sql, match: (kind: Prisma.Sql) => Prisma.Sql, cap = CANDIDATES_PER_MATCH) =>
  Prisma.join(
    sources.map(({ kind, from, id }) => {
      const name = Prisma.raw(`'${kind}'`); // a constant of this file, written into the SQL so the planner sees it
      return Prisma.sql`(SELECT ${name}::text AS kind, ${id} AS id, ${vector} AS vector, t."searchText" AS text
         FROM ${from}, q WHERE ${match(name)} LIMIT ${cap})`;
    }),
    ' UNION ALL ',
  );

/**
 * A ranked record the public may see, under the column names every kind shares (portal_public_hits()
 * in the database): `label` is a partner's kind, an agreement's type, a project's status or a
 * proposal's stage; `starts` an agreement's signing or an event's or project's start; `texts` its
 * name or title (a proposal's partner's name) in the languages read, `partnerTexts` an agreement's partner's name.
 */
type Texts = { locale: StoredLocale; text: string }[];
type Dates = { starts: Date | null; startsPrecision: DatePrecision | null; ends: Date | null; endsPrecision: DatePrecision | null };
type Row = { id: string; capped: boolean; found: number; texts: Texts } & (
  | { kind: 'partners'; slug: string; label: PartnerKind; countryCode: string }
  | ({ kind: 'agreements'; label: AgreementType; countryCode: string; partnerTexts: Texts } & Dates)
  | ({ kind: 'events'; slug: string } & Dates)
  | ({ kind: 'projects'; slug: string; label: ProjectStatus | null } & Dates)
  | { kind: 'proposals'; label: ProposalStage; countryCode: string }
);

/**
 * In one statement: the query as both foldings of its whole text (`q.text`, `q.latin`, for
 * word_similarity) and `tsquery`; then the candidates of `hits` (CTEs naming them `hits`, and in
 * `capped` the kinds whose candidates reached the cap), ranked per kind by the best of ts_rank
 * against `q.query` and the two similarities, at most `perKind` each; then those the public may see
 * (portal_public_hits()), with their fields in the locale's languages, in rank order.
 */
function ranked(name: 'search' | 'suggestions', locale: ContentLocale, query: string, tsquery: Prisma.Sql, hits: Prisma.Sql, perKind: number) {
  // Typed in Latin letters, the query is its own key: its similarity is not worked out twice (some microseconds a row).
  const latinSimilarity = Prisma.sql`CASE WHEN q.latin <> q.text THEN word_similarity(q.latin, c.text) ELSE 0 END`;
  return sqlRows<Row>(
    Prisma.sql`
    WITH q AS (
      SELECT portal_fold(${query}) AS text, ${latinSearchKey(query)}::text AS latin, ${tsquery} AS query
    ), ${hits}, ranked AS (
      SELECT kind, id, row_number() OVER (PARTITION BY kind ORDER BY max(greatest(ts_rank(c.vector, q.query), word_similarity(q.text, c.text), ${latinSimilarity})) DESC, id) AS place,
             count(*) OVER (PARTITION BY kind) AS found
        FROM hits AS c, q GROUP BY kind, id
    ), top AS (
      SELECT kind, id, place, kind IN (SELECT kind FROM capped) AS capped, found::int AS found FROM ranked WHERE place <= ${perKind}
    )
    SELECT top.capped, top.found, r.kind, r.id, r.slug, r.label, r.country_code AS "countryCode", r.starts,
           r.starts_precision AS "startsPrecision", r.ends, r.ends_precision AS "endsPrecision", r.texts, r.partner_texts AS "partnerTexts"
      FROM top JOIN portal_public_hits(ARRAY(SELECT kind FROM top), ARRAY(SELECT id FROM top), ${localesFor(locale)}::text[], ${new Date()}::timestamp) r
           USING (kind, id)
     ORDER BY top.kind, top.place`,
    name,
  );
}

/** How long a word's beginnings `suggestVector` holds (portal_word_beginnings() in the database). */
const WORD_BEGINNINGS_UP_TO = 16;

/**
 * Every word typed, folded both ways (portal_words_query() in the database); a folded word longer
 * than `wholeUpTo` characters matches as a prefix. A word whose key is empty (a lone ь) matches by
 * its folding alone.
 */
const wordsQuery = (terms: string[], wholeUpTo: number) =>
  Prisma.sql`portal_words_query(${terms}::text[], ${terms.map(latinSearchKey)}::text[], ${wholeUpTo}::int)`;

/**
 * Ranked matches in any language: a prefix full-text match on every text field, or a trigram
 * word-similarity match on names and titles (typos, partial words). Both sides are folded by the
 * database's portal_fold(), so case, ё/е and Kazakh look-alike letters do not matter, and also to
 * latinSearchKey()'s key (portal_latin_key() in the database), so Kazakh in either alphabet finds
 * the other: each word matches in either folding.
 *
 * Each source is pre-selected (through its GIN index, or for words in most rows through its first
 * rows, as the planner judges) and cut at CANDIDATES_PER_MATCH rows before anything is scored; a
 * query under the cap (any name or title query on real data) ranks every match exactly. When the
 * full-text match alone reaches the cap, the typo match of that kind is skipped: the query is
 * already too broad for typos to matter, and it saves the second index scan.
 * Rows come per kind, at most RANKED_PER_KIND each, so many event matches cannot push the partners out.
 */
function rankedMatches(locale: ContentLocale, query: string, terms: string[]): Promise<Row[]> {
  const words = wordsQuery(terms, 0);
  // The condition is written out, not read from q: the planner then knows how common the words are.
  const vector = Prisma.sql`t."searchVector"`;
  const hits = Prisma.sql`word_hits AS (
      ${candidates(SOURCES, vector, () => Prisma.sql`${vector} @@ ${words}`)}
    ), typo_hits AS (
      ${candidates(
        SOURCES,
        vector,
        (kind) =>
          Prisma.sql`(q.text <% t."searchText" OR q.latin <% t."searchText") AND (SELECT count(*) FROM word_hits WHERE kind = ${kind}) < ${CANDIDATES_PER_MATCH}`,
      )}
    ), hits AS (
      SELECT * FROM word_hits UNION ALL SELECT * FROM typo_hits
    ), capped AS (
      SELECT kind FROM word_hits GROUP BY kind HAVING count(*) >= ${CANDIDATES_PER_MATCH}
      UNION
      SELECT kind FROM typo_hits GROUP BY kind HAVING count(*) >= ${CANDIDATES_PER_MATCH}
    )`;
  return ranked('search', locale, query, words, hits, RANKED_PER_KIND);
}

/**
 * What the header suggests (docs/decisions/051): the names and titles in which every word typed
 * begins a word, in either folding, ranked as the search page ranks. The beginnings are lexemes of
 * `suggestVector`, so each word typed is an exact lookup in its GIN index however short it is, and
 * the condition is a constant the planner estimates, never a `word:*` prefix scan (which collects
 * every row of a common word's first letters: tens of milliseconds on the benchmark's data).
 * No typo match: the word being typed is unfinished anyway, and the search page is one Enter away.
 */
function beginningMatches(locale: ContentLocale, query: string, terms: string[]): Promise<Row[]> {
  const beginnings = wordsQuery(terms, WORD_BEGINNINGS_UP_TO);
  const hits = Prisma.sql`hits AS (${candidates(
    SOURCES.filter((source) => source.kind !== 'proposals'), // a proposal has no page to suggest, only an anchor in a list
    Prisma.sql`t."suggestVector"`,
    () => Prisma.sql`t."suggestVector" @@ ${beginnings}`,
    SUGGESTION_CANDIDATES,
  )}), capped AS (SELECT kind FROM hits GROUP BY kind HAVING count(*) >= ${SUGGESTION_CANDIDATES})`;
  return ranked('suggestions', locale, query, beginnings, hits, SUGGESTED_PER_KIND);
}

const NO_RESULTS: SearchResults = { partners: [], agreements: [], events: [], projects: [], proposals: [], capped: {} };

/** Public partners, agreements, events, projects and proposals matching the query, best first; uncached (every query differs). */
export async function searchPortal(locale: ContentLocale, query: string): Promise<SearchResults> {
  const terms = searchTerms(query);
  return terms.length === 0 ? NO_RESULTS : publicHits(locale, await rankedMatches(locale, query, terms));
}

/** The public partners, agreements, events and projects whose names or titles begin words with every word typed, best first. */
export async function suggestionHits(locale: ContentLocale, query: string): Promise<SearchResults> {
  const terms = searchTerms(query);
  return terms.length === 0 ? NO_RESULTS : publicHits(locale, await beginningMatches(locale, query, terms));
}

/** The rows of one kind, in rank order. */
const ofKind = <K extends SearchKind>(rows: Row[], kind: K) => rows.filter((row): row is Extract<Row, { kind: K }> => row.kind === kind);

/** The ranked public records as the results show them in the locale, at most PER_KIND of a kind. */
function publicHits(locale: ContentLocale, rows: Row[]): SearchResults {
  const first = <T>(hits: T[]) => hits.slice(0, PER_KIND);
  const dates = (row: Dates) => ({ startDate: row.starts, startPrecision: row.startsPrecision, endDate: row.ends, endPrecision: row.endsPrecision });
  return {
    partners: first(
      ofKind(rows, 'partners').flatMap((p) => {
        const name = pickPlaceName(p.texts, locale, 'text', p.countryCode);
        return name ? [{ slug: p.slug, kind: p.label, countryCode: p.countryCode, name }] : [];
      }),
    ),
    agreements: first(
      ofKind(rows, 'agreements').map((a) => ({
        id: Number(a.id),
        type: a.label,
        title: pickLocalized(a.texts, locale, 'text'),
        partnerName: pickPlaceName(a.partnerTexts, locale, 'text', a.countryCode),
        signedOn: a.starts,
        signedPrecision: a.startsPrecision,
      })),
    ),
    events: first(
      ofKind(rows, 'events').flatMap((e) => {
        const title = pickLocalized(e.texts, locale, 'text');
        // An event always has its start; the shared column is nullable for the kinds without one.
        return title && e.starts && e.startsPrecision ? [{ slug: e.slug, title, ...dates(e), startDate: e.starts, startPrecision: e.startsPrecision }] : [];
      }),
    ),
    projects: first(
      ofKind(rows, 'projects').flatMap((p) => {
        const title = pickLocalized(p.texts, locale, 'text');
        return title ? [{ slug: p.slug, title, status: p.label, ...dates(p) }] : [];
      }),
    ),
    proposals: first(
      ofKind(rows, 'proposals').flatMap((p) => {
        const partnerName = pickPlaceName(p.texts, locale, 'text', p.countryCode);
        return partnerName ? [{ id: Number(p.id), partnerName, stage: p.label, countryCode: p.countryCode }] : [];
      }),
    ),
    // Every row of a kind carries the same flag and count.
    capped: Object.fromEntries(rows.filter((row) => row.capped).map((row) => [row.kind, row.found])),
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
