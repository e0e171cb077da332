-- Search over projects and proposals, folded as the other kinds are (20261121205853_search):
-- generated columns keep the keys in step with every write. A project is found by its title,
-- summary and outcomes, and by the names of its organizations (their own table: a generated column
-- cannot read another row, so the search joins them to their project). A proposal is found by the
-- proposed partner's name and place, the initiator and the rationale; whether the public may see it
-- is the data layer's check (lib/server/visibility.ts), never the index's.

ALTER TABLE "ProjectTranslation"
  ADD COLUMN "searchText" TEXT GENERATED ALWAYS AS (portal_fold("title")) STORED,
  ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    to_tsvector('simple'::regconfig, portal_fold("title" || ' ' || coalesce("summary", '') || ' ' || coalesce("outcomes", '')))
  ) STORED;

ALTER TABLE "ProjectOrganizationTranslation"
  ADD COLUMN "searchText" TEXT GENERATED ALWAYS AS (portal_fold("name")) STORED,
  ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    to_tsvector('simple'::regconfig, portal_fold("name" || ' ' || coalesce("city", '')))
  ) STORED;

ALTER TABLE "ProposalTranslation"
  ADD COLUMN "searchText" TEXT GENERATED ALWAYS AS (portal_fold("partnerName" || ' ' || coalesce("place", ''))) STORED,
  ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    to_tsvector('simple'::regconfig, portal_fold("partnerName" || ' ' || coalesce("place", '') || ' ' || coalesce("initiator", '') || ' ' || coalesce("rationale", '')))
  ) STORED;

CREATE INDEX "ProjectOrganizationTranslation_searchText_idx" ON "ProjectOrganizationTranslation" USING GIN ("searchText" gin_trgm_ops);
CREATE INDEX "ProjectOrganizationTranslation_searchVector_idx" ON "ProjectOrganizationTranslation" USING GIN ("searchVector");
CREATE INDEX "ProjectTranslation_searchText_idx" ON "ProjectTranslation" USING GIN ("searchText" gin_trgm_ops);
CREATE INDEX "ProjectTranslation_searchVector_idx" ON "ProjectTranslation" USING GIN ("searchVector");
CREATE INDEX "ProposalTranslation_searchText_idx" ON "ProposalTranslation" USING GIN ("searchText" gin_trgm_ops);
CREATE INDEX "ProposalTranslation_searchVector_idx" ON "ProposalTranslation" USING GIN ("searchVector");
