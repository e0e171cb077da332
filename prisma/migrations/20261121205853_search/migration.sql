-- Search over partners, agreements and events in every language (hand-written; the indexes match
-- prisma/schema.prisma). Text is "folded" so that a resident's spelling finds the record: case,
-- accents and ё/е do not matter, and Kazakh letters match the Russian look-alikes people type on a
-- Russian keyboard (қ→к, ә→а, ұ/ү→у, і→и …). Generated columns keep the keys in step with every
-- write, whoever makes it, with no trigger and no app code.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE (its dictionary could change); naming the dictionary makes the result
-- fixed, which generated columns and indexes require.
CREATE FUNCTION portal_fold(input text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN translate(lower(public.unaccent('public.unaccent'::regdictionary, input)), 'ёәғқңөұүһі', 'еагкноуухи');

-- Names and titles get trigram matching (typos, partial words); every text field gets full text.
-- The 'simple' configuration (no stemming) suits three languages at once; prefix queries cover
-- Russian and Kazakh endings.
ALTER TABLE "PartnerTranslation"
  ADD COLUMN "searchText" TEXT GENERATED ALWAYS AS (portal_fold("name" || ' ' || coalesce("regionName", ''))) STORED,
  ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    to_tsvector('simple'::regconfig, portal_fold("name" || ' ' || coalesce("regionName", '') || ' ' || coalesce("about", '')))
  ) STORED;

ALTER TABLE "AgreementTranslation"
  ADD COLUMN "searchText" TEXT GENERATED ALWAYS AS (portal_fold("title")) STORED,
  ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    to_tsvector('simple'::regconfig, portal_fold("title" || ' ' || coalesce("place", '') || ' ' || coalesce("signatories", '') || ' ' || coalesce("note", '')))
  ) STORED;

ALTER TABLE "EventTranslation"
  ADD COLUMN "searchText" TEXT GENERATED ALWAYS AS (portal_fold("title")) STORED,
  ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    to_tsvector('simple'::regconfig, portal_fold("title" || ' ' || coalesce("location", '') || ' ' || coalesce("body", '')))
  ) STORED;

CREATE INDEX "AgreementTranslation_searchText_idx" ON "AgreementTranslation" USING GIN ("searchText" gin_trgm_ops);
CREATE INDEX "AgreementTranslation_searchVector_idx" ON "AgreementTranslation" USING GIN ("searchVector");
CREATE INDEX "EventTranslation_searchText_idx" ON "EventTranslation" USING GIN ("searchText" gin_trgm_ops);
CREATE INDEX "EventTranslation_searchVector_idx" ON "EventTranslation" USING GIN ("searchVector");
CREATE INDEX "PartnerTranslation_searchText_idx" ON "PartnerTranslation" USING GIN ("searchText" gin_trgm_ops);
CREATE INDEX "PartnerTranslation_searchVector_idx" ON "PartnerTranslation" USING GIN ("searchVector");
