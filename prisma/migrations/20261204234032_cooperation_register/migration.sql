-- CreateEnum
CREATE TYPE "ProjectTheme" AS ENUM ('education', 'culture', 'economy', 'ecology', 'health', 'youth', 'sport', 'tourism', 'municipal_services', 'other');

-- CreateEnum
CREATE TYPE "ProjectStatus" AS ENUM ('planned', 'active', 'completed', 'suspended', 'cancelled');

-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('university', 'school', 'ngo', 'business', 'municipal_body', 'other');

-- CreateEnum
CREATE TYPE "ProposalStage" AS ENUM ('initiative', 'letter_of_intent', 'negotiations', 'memorandum', 'agreement_signed', 'paused', 'dropped');

-- CreateEnum
CREATE TYPE "ProposalVisibility" AS ENUM ('public', 'internal');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "AuditEntity" ADD VALUE 'project';
ALTER TYPE "AuditEntity" ADD VALUE 'proposal';

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "projectId" INTEGER;

-- AlterTable
ALTER TABLE "HomeCity" ADD COLUMN     "soughtThemes" "ProjectTheme"[] DEFAULT ARRAY[]::"ProjectTheme"[],
ADD COLUMN     "submissionRetentionDays" INTEGER NOT NULL DEFAULT 365;

-- CreateTable
CREATE TABLE "Project" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "themes" "ProjectTheme"[],
    "status" "ProjectStatus",
    "startDate" DATE,
    "startPrecision" "DatePrecision",
    "endDate" DATE,
    "endPrecision" "DatePrecision",
    "publicationStatus" "PublicationStatus" NOT NULL DEFAULT 'draft',
    "publishAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectTranslation" (
    "projectId" INTEGER NOT NULL,
    "locale" "Locale" NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT,
    "outcomes" TEXT,

    CONSTRAINT "ProjectTranslation_pkey" PRIMARY KEY ("projectId","locale")
);

-- CreateTable
CREATE TABLE "ProjectStatusChange" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "status" "ProjectStatus" NOT NULL,
    "date" DATE NOT NULL,
    "precision" "DatePrecision" NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectPartner" (
    "projectId" INTEGER NOT NULL,
    "partnerId" UUID NOT NULL,

    CONSTRAINT "ProjectPartner_pkey" PRIMARY KEY ("projectId","partnerId")
);

-- CreateTable
CREATE TABLE "ProjectAgreement" (
    "projectId" INTEGER NOT NULL,
    "agreementId" INTEGER NOT NULL,

    CONSTRAINT "ProjectAgreement_pkey" PRIMARY KEY ("projectId","agreementId")
);

-- CreateTable
CREATE TABLE "ProjectOrganization" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "kind" "OrganizationKind" NOT NULL,
    "countryCode" CHAR(2),
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ProjectOrganization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectOrganizationTranslation" (
    "organizationId" INTEGER NOT NULL,
    "locale" "Locale" NOT NULL,
    "name" TEXT NOT NULL,
    "city" TEXT,

    CONSTRAINT "ProjectOrganizationTranslation_pkey" PRIMARY KEY ("organizationId","locale")
);

-- CreateTable
CREATE TABLE "ProjectSource" (
    "projectId" INTEGER NOT NULL,
    "sourceId" INTEGER NOT NULL,

    CONSTRAINT "ProjectSource_pkey" PRIMARY KEY ("projectId","sourceId")
);

-- CreateTable
CREATE TABLE "ProjectPhoto" (
    "projectId" INTEGER NOT NULL,
    "mediaId" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ProjectPhoto_pkey" PRIMARY KEY ("projectId","mediaId")
);

-- CreateTable
CREATE TABLE "Proposal" (
    "id" SERIAL NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "stage" "ProposalStage" NOT NULL,
    "agreementId" INTEGER,
    "partnerId" UUID,
    "visibility" "ProposalVisibility" NOT NULL DEFAULT 'internal',
    "publicationStatus" "PublicationStatus" NOT NULL DEFAULT 'draft',
    "publishAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposalTranslation" (
    "proposalId" INTEGER NOT NULL,
    "locale" "Locale" NOT NULL,
    "partnerName" TEXT NOT NULL,
    "place" TEXT,
    "initiator" TEXT,
    "rationale" TEXT,

    CONSTRAINT "ProposalTranslation_pkey" PRIMARY KEY ("proposalId","locale")
);

-- CreateTable
CREATE TABLE "ProposalStageChange" (
    "id" SERIAL NOT NULL,
    "proposalId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "stage" "ProposalStage" NOT NULL,
    "date" DATE NOT NULL,
    "precision" "DatePrecision" NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProposalStageChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CooperationSubmission" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "organization" TEXT,
    "countryCode" CHAR(2),
    "email" TEXT NOT NULL,
    "theme" "ProjectTheme" NOT NULL,
    "message" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "proposalId" INTEGER,

    CONSTRAINT "CooperationSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Project_slug_key" ON "Project"("slug");

-- CreateIndex
CREATE INDEX "Project_themes_idx" ON "Project" USING GIN ("themes");

-- CreateIndex
CREATE INDEX "Project_publicationStatus_deletedAt_startDate_idx" ON "Project"("publicationStatus", "deletedAt", "startDate");

-- CreateIndex
CREATE INDEX "ProjectStatusChange_projectId_date_idx" ON "ProjectStatusChange"("projectId", "date");

-- CreateIndex
CREATE INDEX "ProjectPartner_partnerId_idx" ON "ProjectPartner"("partnerId");

-- CreateIndex
CREATE INDEX "ProjectAgreement_agreementId_idx" ON "ProjectAgreement"("agreementId");

-- CreateIndex
CREATE INDEX "ProjectOrganization_projectId_position_idx" ON "ProjectOrganization"("projectId", "position");

-- CreateIndex
CREATE INDEX "ProjectOrganization_kind_idx" ON "ProjectOrganization"("kind");

-- CreateIndex
CREATE INDEX "ProjectSource_sourceId_idx" ON "ProjectSource"("sourceId");

-- CreateIndex
CREATE INDEX "ProjectPhoto_mediaId_idx" ON "ProjectPhoto"("mediaId");

-- CreateIndex
CREATE INDEX "Proposal_visibility_publicationStatus_deletedAt_idx" ON "Proposal"("visibility", "publicationStatus", "deletedAt");

-- CreateIndex
CREATE INDEX "Proposal_agreementId_idx" ON "Proposal"("agreementId");

-- CreateIndex
CREATE INDEX "Proposal_partnerId_idx" ON "Proposal"("partnerId");

-- CreateIndex
CREATE UNIQUE INDEX "ProposalStageChange_proposalId_position_key" ON "ProposalStageChange"("proposalId", "position");

-- CreateIndex
CREATE INDEX "CooperationSubmission_createdAt_idx" ON "CooperationSubmission"("createdAt");

-- CreateIndex
CREATE INDEX "CooperationSubmission_proposalId_idx" ON "CooperationSubmission"("proposalId");

-- CreateIndex
CREATE INDEX "Event_projectId_idx" ON "Event"("projectId");

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectTranslation" ADD CONSTRAINT "ProjectTranslation_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectStatusChange" ADD CONSTRAINT "ProjectStatusChange_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectPartner" ADD CONSTRAINT "ProjectPartner_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectPartner" ADD CONSTRAINT "ProjectPartner_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectAgreement" ADD CONSTRAINT "ProjectAgreement_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectAgreement" ADD CONSTRAINT "ProjectAgreement_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectOrganization" ADD CONSTRAINT "ProjectOrganization_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectOrganizationTranslation" ADD CONSTRAINT "ProjectOrganizationTranslation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "ProjectOrganization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectSource" ADD CONSTRAINT "ProjectSource_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectSource" ADD CONSTRAINT "ProjectSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectPhoto" ADD CONSTRAINT "ProjectPhoto_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectPhoto" ADD CONSTRAINT "ProjectPhoto_mediaId_fkey" FOREIGN KEY ("mediaId") REFERENCES "Media"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalTranslation" ADD CONSTRAINT "ProposalTranslation_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalStageChange" ADD CONSTRAINT "ProposalStageChange_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationSubmission" ADD CONSTRAINT "CooperationSubmission_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written below (Prisma's schema cannot express CHECK constraints or triggers): the rules of the
-- cooperation register that the database can hold, so no code path (an action, the seed, a restore,
-- psql) can store a register that contradicts itself. See docs/decisions/029-cooperation-register.md.

-- The last day of a date's period: (2021-08-01, month) ends on 2021-08-31. Two dates of different
-- precision are in order when the later one's period does not end before the earlier one starts.
CREATE FUNCTION date_period_end(d DATE, p "DatePrecision") RETURNS DATE
  LANGUAGE SQL IMMUTABLE STRICT
  AS $$ SELECT CASE p WHEN 'day' THEN d WHEN 'month' THEN (d + INTERVAL '1 month' - INTERVAL '1 day')::date ELSE (d + INTERVAL '1 year' - INTERVAL '1 day')::date END $$;

CREATE FUNCTION array_has_no_repeats(a anyarray) RETURNS BOOLEAN
  LANGUAGE SQL IMMUTABLE STRICT
  AS $$ SELECT count(DISTINCT x) = cardinality(a) FROM unnest(a) AS x $$;

ALTER TABLE "HomeCity"
  ADD CONSTRAINT "HomeCity_soughtThemes_set" CHECK ("soughtThemes" IS NOT NULL AND array_has_no_repeats("soughtThemes")),
  ADD CONSTRAINT "HomeCity_submissionRetentionDays_range" CHECK ("submissionRetentionDays" BETWEEN 1 AND 3650);

ALTER TABLE "Project"
  ADD CONSTRAINT "Project_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND char_length("slug") <= 100),
  ADD CONSTRAINT "Project_themes_one_or_more" CHECK (cardinality("themes") >= 1 AND array_has_no_repeats("themes")),
  ADD CONSTRAINT "Project_start_precision_pair" CHECK (("startDate" IS NULL) = ("startPrecision" IS NULL)),
  ADD CONSTRAINT "Project_end_precision_pair" CHECK (("endDate" IS NULL) = ("endPrecision" IS NULL)),
  ADD CONSTRAINT "Project_startDate_normalized" CHECK (date_is_normalized("startDate", "startPrecision")),
  ADD CONSTRAINT "Project_endDate_normalized" CHECK (date_is_normalized("endDate", "endPrecision")),
  ADD CONSTRAINT "Project_end_not_before_start" CHECK (date_period_end("endDate", "endPrecision") >= "startDate"),
  ADD CONSTRAINT "Project_scheduled_has_time" CHECK ("publicationStatus" <> 'scheduled' OR "publishAt" IS NOT NULL),
  ADD CONSTRAINT "Project_version_positive" CHECK ("version" > 0);

ALTER TABLE "ProjectTranslation"
  ADD CONSTRAINT "ProjectTranslation_title_not_blank" CHECK (btrim("title") <> ''),
  ADD CONSTRAINT "ProjectTranslation_text_size" CHECK (
    char_length("title") <= 300 AND char_length("summary") <= 2000 AND char_length("outcomes") <= 10000
  );

ALTER TABLE "ProjectStatusChange"
  ADD CONSTRAINT "ProjectStatusChange_date_normalized" CHECK (date_is_normalized("date", "precision")),
  ADD CONSTRAINT "ProjectStatusChange_note_size" CHECK (char_length("note") <= 2000);

ALTER TABLE "ProjectOrganization"
  ADD CONSTRAINT "ProjectOrganization_countryCode_iso" CHECK ("countryCode" ~ '^[A-Z]{2}$');

ALTER TABLE "ProjectOrganizationTranslation"
  ADD CONSTRAINT "ProjectOrganizationTranslation_name_not_blank" CHECK (btrim("name") <> ''),
  ADD CONSTRAINT "ProjectOrganizationTranslation_text_size" CHECK (char_length("name") <= 300 AND char_length("city") <= 200);

ALTER TABLE "Proposal"
  ADD CONSTRAINT "Proposal_countryCode_iso" CHECK ("countryCode" ~ '^[A-Z]{2}$'),
  ADD CONSTRAINT "Proposal_coordinates_pair" CHECK (("latitude" IS NULL) = ("longitude" IS NULL)),
  ADD CONSTRAINT "Proposal_latitude_range" CHECK ("latitude" BETWEEN -90 AND 90),
  ADD CONSTRAINT "Proposal_longitude_range" CHECK ("longitude" BETWEEN -180 AND 180),
  ADD CONSTRAINT "Proposal_signed_links_agreement" CHECK ("stage" <> 'agreement_signed' OR "agreementId" IS NOT NULL),
  ADD CONSTRAINT "Proposal_scheduled_has_time" CHECK ("publicationStatus" <> 'scheduled' OR "publishAt" IS NOT NULL),
  ADD CONSTRAINT "Proposal_version_positive" CHECK ("version" > 0);

ALTER TABLE "ProposalTranslation"
  ADD CONSTRAINT "ProposalTranslation_partnerName_not_blank" CHECK (btrim("partnerName") <> ''),
  ADD CONSTRAINT "ProposalTranslation_text_size" CHECK (
    char_length("partnerName") <= 300 AND char_length("place") <= 200 AND char_length("initiator") <= 500 AND char_length("rationale") <= 5000
  );

ALTER TABLE "ProposalStageChange"
  ADD CONSTRAINT "ProposalStageChange_date_normalized" CHECK (date_is_normalized("date", "precision")),
  ADD CONSTRAINT "ProposalStageChange_position_positive" CHECK ("position" >= 0),
  ADD CONSTRAINT "ProposalStageChange_note_size" CHECK (char_length("note") <= 2000);

-- The open call's inbox takes text from anyone: every field is bounded, so a flood cannot fill the disk.
ALTER TABLE "CooperationSubmission"
  ADD CONSTRAINT "CooperationSubmission_name_not_blank" CHECK (btrim("name") <> '' AND btrim("message") <> ''),
  ADD CONSTRAINT "CooperationSubmission_countryCode_iso" CHECK ("countryCode" ~ '^[A-Z]{2}$'),
  ADD CONSTRAINT "CooperationSubmission_email_shape" CHECK ("email" LIKE '%_@_%'),
  ADD CONSTRAINT "CooperationSubmission_text_size" CHECK (
    char_length("name") <= 200 AND char_length("organization") <= 300 AND char_length("email") <= 254 AND char_length("message") <= 5000
  );

-- Rules across rows are constraint triggers, deferred to the commit: an editor's save rewrites a
-- project's partners and agreements, or a proposal's history, in any order within one transaction,
-- and a restore loads tables in alphabetical order; only the state at commit has to hold.

-- A project implements only agreements signed with one of its partners: checked when a link is
-- made, when a partner leaves the project, and when an agreement changes partner.
CREATE FUNCTION project_agreements_with_partners() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  project_id integer;
  agreement_id integer;
  stray record;
BEGIN
  -- Each table's row names different columns (and a deleted row has no NEW), so pick them here.
  IF TG_TABLE_NAME = 'ProjectAgreement' THEN
    project_id := NEW."projectId";
    agreement_id := NEW."agreementId";
  ELSIF TG_TABLE_NAME = 'ProjectPartner' THEN
    project_id := OLD."projectId";
  ELSE
    agreement_id := NEW."id";
  END IF;
  SELECT pa."projectId", pa."agreementId" INTO stray
    FROM "ProjectAgreement" pa JOIN "Agreement" a ON a."id" = pa."agreementId"
   WHERE (project_id IS NULL OR pa."projectId" = project_id)
     AND (agreement_id IS NULL OR pa."agreementId" = agreement_id)
     AND NOT EXISTS (SELECT 1 FROM "ProjectPartner" pp WHERE pp."projectId" = pa."projectId" AND pp."partnerId" = a."partnerId")
   LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'ProjectAgreement_with_project_partner: agreement % is not with a partner of project %', stray."agreementId", stray."projectId"
      USING ERRCODE = 'check_violation', CONSTRAINT = 'ProjectAgreement_with_project_partner';
  END IF;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER "ProjectAgreement_with_project_partner" AFTER INSERT OR UPDATE ON "ProjectAgreement"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION project_agreements_with_partners();
CREATE CONSTRAINT TRIGGER "ProjectPartner_keeps_project_agreements" AFTER DELETE OR UPDATE ON "ProjectPartner"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION project_agreements_with_partners();
CREATE CONSTRAINT TRIGGER "Agreement_keeps_project_agreements" AFTER UPDATE OF "partnerId" ON "Agreement"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION project_agreements_with_partners();

-- A proposal that became a partner links an agreement of that partner, if it links one.
CREATE FUNCTION proposal_agreement_with_partner() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM "Proposal" p JOIN "Agreement" a ON a."id" = p."agreementId"
     WHERE p."partnerId" <> a."partnerId"
       AND CASE TG_TABLE_NAME WHEN 'Proposal' THEN p."id" = NEW."id" ELSE a."id" = NEW."id" END
  ) THEN
    RAISE EXCEPTION 'Proposal_agreement_with_partner: the agreement of a proposal is with the partner it became'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'Proposal_agreement_with_partner';
  END IF;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER "Proposal_agreement_with_partner" AFTER INSERT OR UPDATE ON "Proposal"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION proposal_agreement_with_partner();
CREATE CONSTRAINT TRIGGER "Agreement_keeps_proposal_partner" AFTER UPDATE OF "partnerId" ON "Agreement"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION proposal_agreement_with_partner();

-- A proposal's stages, in position order, never go back in time: no stage's period ends before an
-- earlier stage's starts ("2021" may follow "August 2021"; 1 July 2021 may not). Comparing with
-- every earlier stage, not just the previous one, keeps the rule true when a stage is deleted.
CREATE FUNCTION proposal_stages_in_order() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  stray record;
BEGIN
  SELECT s."position", s."stage" INTO stray
    FROM (
      SELECT "position", "stage", date_period_end("date", "precision") AS period_end,
             max("date") OVER (ORDER BY "position" ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS previous_start
        FROM "ProposalStageChange" WHERE "proposalId" = NEW."proposalId"
    ) s
   WHERE s.period_end < s.previous_start
   LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'ProposalStageChange_not_before_previous: stage % (position %) of proposal % is dated before the stage before it', stray."stage", stray."position", NEW."proposalId"
      USING ERRCODE = 'check_violation', CONSTRAINT = 'ProposalStageChange_not_before_previous';
  END IF;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER "ProposalStageChange_not_before_previous" AFTER INSERT OR UPDATE ON "ProposalStageChange"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION proposal_stages_in_order();

-- Shared invalidation (docs/decisions/026): the new tables bump the tags of the reads that show
-- them, and the tables the register shows (partners, agreements, events, sources, media, the home
-- city's settings) now reach its tags too. Tags stay in alphabetical order, as everywhere, so two
-- statements lock the tags' rows in the same order. The inbox gets none: it is never public.
-- The loop of the shared_cache_invalidation migration, now a function later migrations call: it
-- (re)creates a table's four triggers, one per kind of statement, since PostgreSQL gives a
-- transition table only to a trigger on one event.
CREATE FUNCTION set_cache_tag_triggers(table_name text, tags text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  event record;
BEGIN
  FOR event IN SELECT * FROM (VALUES
    ('insert', 'INSERT', 'REFERENCING NEW TABLE AS changed_rows'),
    ('update', 'UPDATE', 'REFERENCING NEW TABLE AS changed_rows'),
    ('delete', 'DELETE', 'REFERENCING OLD TABLE AS changed_rows'),
    ('truncate', 'TRUNCATE', '')
  ) AS kinds(suffix, statement, transition)
  LOOP
    EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', table_name || '_cache_tags_' || event.suffix, table_name);
    EXECUTE format(
      'CREATE TRIGGER %I AFTER %s ON %I %s FOR EACH STATEMENT EXECUTE FUNCTION "cache_tags_changed"(%s)',
      table_name || '_cache_tags_' || event.suffix, event.statement, table_name, event.transition,
      (SELECT string_agg(quote_literal(tag), ', ') FROM unnest(tags) AS tag)
    );
  END LOOP;
END $$;

SELECT set_cache_tag_triggers(table_name, tags) FROM (VALUES
  ('HomeCity', ARRAY['agreements', 'events', 'home-city', 'partners', 'projects', 'proposals']),
  ('HomeCityTranslation', ARRAY['agreements', 'events', 'home-city', 'partners', 'projects', 'proposals']),
  ('Media', ARRAY['agreements', 'events', 'home-city', 'partners', 'projects']),
  ('MediaTranslation', ARRAY['agreements', 'events', 'home-city', 'partners', 'projects']),
  ('Partner', ARRAY['agreements', 'events', 'partners', 'projects', 'proposals']),
  ('PartnerTranslation', ARRAY['agreements', 'events', 'partners', 'projects', 'proposals']),
  ('Source', ARRAY['agreements', 'events', 'partners', 'projects']),
  ('Agreement', ARRAY['agreements', 'projects', 'proposals']),
  ('AgreementTranslation', ARRAY['agreements', 'projects', 'proposals']),
  ('Event', ARRAY['events', 'projects']),
  ('EventTranslation', ARRAY['events', 'projects']),
  ('Project', ARRAY['agreements', 'events', 'partners', 'projects']),
  ('ProjectTranslation', ARRAY['agreements', 'events', 'partners', 'projects']),
  ('ProjectStatusChange', ARRAY['projects']),
  ('ProjectPartner', ARRAY['partners', 'projects']),
  ('ProjectAgreement', ARRAY['agreements', 'projects']),
  ('ProjectOrganization', ARRAY['projects']),
  ('ProjectOrganizationTranslation', ARRAY['projects']),
  ('ProjectSource', ARRAY['projects']),
  ('ProjectPhoto', ARRAY['projects']),
  ('Proposal', ARRAY['partners', 'proposals']),
  ('ProposalTranslation', ARRAY['partners', 'proposals']),
  ('ProposalStageChange', ARRAY['partners', 'proposals'])
) AS tagged(table_name, tags);
