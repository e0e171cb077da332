-- The header's suggestions and the search page's word match (docs/decisions/051). Names and titles
-- as every beginning of their words,
-- so a word being typed is an exact lexeme of the index. A prefix query (`word:*`) makes GIN collect
-- every row of every lexeme that starts with it before anything else happens, tens of thousands of
-- rows for a common word's first letters; an exact lexeme is one posting list, which GIN intersects
-- starting from the rarest, and whose size the planner knows from the column's statistics.

-- Every word of the text in both foldings (portal_search_fold, migration 20261205074500), with each
-- of its beginnings up to 16 characters. A longer word is also there whole: a query word over 16
-- characters is the rare prefix match that stays cheap (few lexemes start with it).
CREATE FUNCTION portal_word_beginnings(input text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN (
    SELECT coalesce(array_to_tsvector(array_agg(DISTINCT beginning)), ''::tsvector)
      FROM unnest(tsvector_to_array(to_tsvector('simple'::regconfig, portal_search_fold(input)))) AS word,
           LATERAL (SELECT left(word, n) FROM generate_series(1, least(length(word), 16)) AS n UNION SELECT word) AS b(beginning)
  );

-- The query side, for the search page and the suggestions alike: every word typed must match a word
-- of the text, in either folding. Words come as typed and with latinSearchKey()'s keys
-- (lib/search/kazakh-latin-key.ts), an empty key meaning the word has none. A folded word longer
-- than `whole_up_to` characters is a prefix (`word:*`); the search page passes 0, the suggestions 16,
-- the beginnings their vectors hold. IMMUTABLE, so PostgreSQL evaluates it while planning and
-- estimates from the column's statistics how many rows it matches: a common word is read through
-- the first rows of the table, a rare one through the index (a condition read from a CTE is
-- estimated blind, and always took the index, collecting every row of a common word). A prefix
-- comes with its word as an exact lexeme too (`'word' | 'word':*`): that matches nothing more, but
-- PostgreSQL estimates a prefix at a few per cent however common the word, and an exact lexeme from
-- its statistics.
CREATE FUNCTION portal_words_query(words text[], keys text[], whole_up_to integer) RETURNS tsquery
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN to_tsquery('simple'::regconfig, coalesce(array_to_string(ARRAY(
    SELECT '(' || array_to_string(ARRAY(
             SELECT DISTINCT quote_literal(f) || CASE WHEN length(f) > whole_up_to THEN ' | ' || quote_literal(f) || ':*' ELSE '' END
               FROM unnest(ARRAY[portal_fold(w), k]) AS f WHERE f <> ''), ' | ') || ')'
      FROM unnest(words, keys) AS u(w, k)
     WHERE portal_fold(w) <> '' OR k <> ''), ' & '), ''));

ALTER TABLE "PartnerTranslation"
  ADD COLUMN "suggestVector" tsvector GENERATED ALWAYS AS (portal_word_beginnings("name" || ' ' || coalesce("regionName", ''))) STORED;
ALTER TABLE "AgreementTranslation"
  ADD COLUMN "suggestVector" tsvector GENERATED ALWAYS AS (portal_word_beginnings(coalesce("title", ''))) STORED;
ALTER TABLE "EventTranslation"
  ADD COLUMN "suggestVector" tsvector GENERATED ALWAYS AS (portal_word_beginnings("title")) STORED;
ALTER TABLE "ProjectTranslation"
  ADD COLUMN "suggestVector" tsvector GENERATED ALWAYS AS (portal_word_beginnings("title")) STORED;
-- A project is suggested by its organizations' names too, as the search page finds it.
ALTER TABLE "ProjectOrganizationTranslation"
  ADD COLUMN "suggestVector" tsvector GENERATED ALWAYS AS (portal_word_beginnings("name")) STORED;

CREATE INDEX "PartnerTranslation_suggestVector_idx" ON "PartnerTranslation" USING GIN ("suggestVector");
CREATE INDEX "AgreementTranslation_suggestVector_idx" ON "AgreementTranslation" USING GIN ("suggestVector");
CREATE INDEX "EventTranslation_suggestVector_idx" ON "EventTranslation" USING GIN ("suggestVector");
CREATE INDEX "ProjectTranslation_suggestVector_idx" ON "ProjectTranslation" USING GIN ("suggestVector");
CREATE INDEX "ProjectOrganizationTranslation_suggestVector_idx" ON "ProjectOrganizationTranslation" USING GIN ("suggestVector");

-- Statistics for the new columns, and for the search columns migration 20261205074500 rewrote: until
-- they exist the planner estimates every word blind, and a table rewrite does not prompt autovacuum
-- to gather them.
ANALYZE "PartnerTranslation", "AgreementTranslation", "EventTranslation", "ProjectTranslation", "ProjectOrganizationTranslation", "ProposalTranslation";
