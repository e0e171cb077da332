-- Search in either alphabet of Kazakh (docs/decisions/048 and 049): "Şymkent", "Shymkent" and
-- "Шымкент" find each other. Each search column now holds its text folded both ways, by
-- portal_fold() as before and by portal_latin_key() (migration 20261205071700_latin_search_key), so
-- a query word folded either way finds it, through the same indexes.

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
