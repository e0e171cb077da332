-- Search in either alphabet of Kazakh (docs/decisions/048 and 049): "Şymkent", "Shymkent" and
-- "Шымкент" find each other. portal_latin_key() is latinSearchKey() of
-- lib/search/kazakh-latin-key.ts in SQL (tests/integration/search.test.ts holds the two to the same
-- keys): Cyrillic letters to Latin one by one, accents off (the marks of NFD), the spellings of a
-- keyboard without Kazakh letters (sh, ch, zh, kh) folded in, the glide before a, o, u and doubled
-- letters dropped. Each search column now holds its text folded both ways, so a query folded
-- either way finds it, through the same indexes; portal_fold() is unchanged.

CREATE FUNCTION portal_latin_key(input text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(translate(regexp_replace(
    normalize(translate(replace(replace(replace(lower(input), 'ё', 'io'), 'ю', 'iu'), 'я', 'ia'),
      'аәбвгғдежзийкқлмнңоөпрстуұүфхһцчшщыіэъь', 'aabvggdejziikqlmnnooprstuuufhhssssyie'), NFD),
    '[\u0300-\u036f]', '', 'g'), 'ı', 'i'), '[sc]h', 's', 'g'), 'zh', 'j', 'g'), 'kh', 'h', 'g'), 'i+([aou])', '\1', 'g'), '([[:alpha:]])\1+', '\1', 'g');

-- Both foldings of the same text, for the generated columns below.
CREATE FUNCTION portal_search_fold(input text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN portal_fold(input) || ' ' || portal_latin_key(input);

ALTER TABLE "PartnerTranslation"
  ALTER COLUMN "searchText" SET EXPRESSION AS (portal_search_fold("name" || ' ' || coalesce("regionName", ''))),
  ALTER COLUMN "searchVector" SET EXPRESSION AS (
    to_tsvector('simple'::regconfig, portal_search_fold("name" || ' ' || coalesce("regionName", '') || ' ' || coalesce("about", '')))
  );

ALTER TABLE "AgreementTranslation"
  ALTER COLUMN "searchText" SET EXPRESSION AS (portal_search_fold("title")),
  ALTER COLUMN "searchVector" SET EXPRESSION AS (
    to_tsvector('simple'::regconfig, portal_search_fold("title" || ' ' || coalesce("place", '') || ' ' || coalesce("signatories", '') || ' ' || coalesce("note", '')))
  );

ALTER TABLE "EventTranslation"
  ALTER COLUMN "searchText" SET EXPRESSION AS (portal_search_fold("title")),
  ALTER COLUMN "searchVector" SET EXPRESSION AS (
    to_tsvector('simple'::regconfig, portal_search_fold("title" || ' ' || coalesce("location", '') || ' ' || coalesce("body", '')))
  );

ALTER TABLE "ProjectTranslation"
  ALTER COLUMN "searchText" SET EXPRESSION AS (portal_search_fold("title")),
  ALTER COLUMN "searchVector" SET EXPRESSION AS (
    to_tsvector('simple'::regconfig, portal_search_fold("title" || ' ' || coalesce("summary", '') || ' ' || coalesce("outcomes", '')))
  );

ALTER TABLE "ProjectOrganizationTranslation"
  ALTER COLUMN "searchText" SET EXPRESSION AS (portal_search_fold("name")),
  ALTER COLUMN "searchVector" SET EXPRESSION AS (
    to_tsvector('simple'::regconfig, portal_search_fold("name" || ' ' || coalesce("city", '')))
  );

ALTER TABLE "ProposalTranslation"
  ALTER COLUMN "searchText" SET EXPRESSION AS (portal_search_fold("partnerName" || ' ' || coalesce("place", ''))),
  ALTER COLUMN "searchVector" SET EXPRESSION AS (
    to_tsvector('simple'::regconfig, portal_search_fold("partnerName" || ' ' || coalesce("place", '') || ' ' || coalesce("initiator", '') || ' ' || coalesce("rationale", '')))
  );
