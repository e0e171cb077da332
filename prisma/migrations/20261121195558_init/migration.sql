-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('ru', 'kk', 'en');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('day', 'month', 'year');

-- CreateEnum
CREATE TYPE "PartnerKind" AS ENUM ('city', 'region');

-- CreateEnum
CREATE TYPE "PartnerStatus" AS ENUM ('active', 'suspended', 'ended');

-- CreateEnum
CREATE TYPE "PublicationStatus" AS ENUM ('draft', 'scheduled', 'published');

-- CreateEnum
CREATE TYPE "AgreementType" AS ENUM ('twinning', 'friendship_treaty', 'cooperation', 'friendly_cooperation_memorandum', 'other');

-- CreateEnum
CREATE TYPE "AgreementStatus" AS ENUM ('in_force', 'suspended', 'expired', 'terminated', 'superseded');

-- CreateEnum
CREATE TYPE "AgreementStatusChangeKind" AS ENUM ('signed', 'in_force', 'renewed', 'suspended', 'expired', 'terminated', 'superseded');

-- CreateEnum
CREATE TYPE "AgreementLinkKind" AS ENUM ('supersedes', 'amends');

-- CreateEnum
CREATE TYPE "EventCategory" AS ENUM ('official_delegation', 'forum', 'education', 'culture', 'sport', 'business', 'youth', 'online_meeting', 'other');

-- CreateEnum
CREATE TYPE "EventFormat" AS ENUM ('in_person', 'online', 'hybrid');

-- CreateEnum
CREATE TYPE "MediaKind" AS ENUM ('image', 'document');

-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('admin', 'editor');

-- CreateEnum
CREATE TYPE "AuditAction" AS ENUM ('create', 'update', 'delete', 'restore', 'purge', 'publish');

-- CreateEnum
CREATE TYPE "AuditEntity" AS ENUM ('home_city', 'partner', 'agreement', 'event', 'media', 'source', 'user');

-- CreateTable
CREATE TABLE "HomeCity" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "countryCode" CHAR(2) NOT NULL,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "coatOfArmsId" UUID,
    "pressEmail" TEXT,
    "pressPhone" TEXT,
    "websiteUrl" TEXT,
    "dataLicense" TEXT NOT NULL DEFAULT 'CC-BY-4.0',
    "showEditorNames" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HomeCity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HomeCityTranslation" (
    "homeCityId" INTEGER NOT NULL,
    "locale" "Locale" NOT NULL,
    "name" TEXT NOT NULL,
    "regionName" TEXT,
    "pressOfficeName" TEXT,
    "pressAddress" TEXT,

    CONSTRAINT "HomeCityTranslation_pkey" PRIMARY KEY ("homeCityId","locale")
);

-- CreateTable
CREATE TABLE "Partner" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "PartnerKind" NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "foundedYear" INTEGER,
    "population" INTEGER,
    "populationYear" INTEGER,
    "areaKm2" DECIMAL(12,3),
    "areaYear" INTEGER,
    "timeZone" TEXT,
    "websiteUrl" TEXT,
    "photoId" UUID,
    "status" "PartnerStatus" NOT NULL DEFAULT 'active',
    "publicationStatus" "PublicationStatus" NOT NULL DEFAULT 'draft',
    "publishAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Partner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerTranslation" (
    "partnerId" UUID NOT NULL,
    "locale" "Locale" NOT NULL,
    "name" TEXT NOT NULL,
    "regionName" TEXT,
    "about" TEXT,

    CONSTRAINT "PartnerTranslation_pkey" PRIMARY KEY ("partnerId","locale")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" SERIAL NOT NULL,
    "url" TEXT,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "publishedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" SERIAL NOT NULL,
    "partnerId" UUID NOT NULL,
    "type" "AgreementType" NOT NULL,
    "signedOn" DATE,
    "signedPrecision" "DatePrecision",
    "status" "AgreementStatus",
    "textLanguages" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "documentId" UUID,
    "sourceId" INTEGER,
    "publicationStatus" "PublicationStatus" NOT NULL DEFAULT 'draft',
    "publishAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementTranslation" (
    "agreementId" INTEGER NOT NULL,
    "locale" "Locale" NOT NULL,
    "title" TEXT NOT NULL,
    "place" TEXT,
    "signatories" TEXT,
    "note" TEXT,

    CONSTRAINT "AgreementTranslation_pkey" PRIMARY KEY ("agreementId","locale")
);

-- CreateTable
CREATE TABLE "AgreementStatusChange" (
    "id" SERIAL NOT NULL,
    "agreementId" INTEGER NOT NULL,
    "kind" "AgreementStatusChangeKind" NOT NULL,
    "date" DATE NOT NULL,
    "precision" "DatePrecision" NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementLink" (
    "fromId" INTEGER NOT NULL,
    "toId" INTEGER NOT NULL,
    "kind" "AgreementLinkKind" NOT NULL,

    CONSTRAINT "AgreementLink_pkey" PRIMARY KEY ("fromId","toId","kind")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "startPrecision" "DatePrecision" NOT NULL,
    "endDate" DATE,
    "endPrecision" "DatePrecision",
    "category" "EventCategory" NOT NULL,
    "format" "EventFormat",
    "status" "PublicationStatus" NOT NULL DEFAULT 'draft',
    "publishAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventTranslation" (
    "eventId" INTEGER NOT NULL,
    "locale" "Locale" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT,
    "location" TEXT,

    CONSTRAINT "EventTranslation_pkey" PRIMARY KEY ("eventId","locale")
);

-- CreateTable
CREATE TABLE "EventPartner" (
    "eventId" INTEGER NOT NULL,
    "partnerId" UUID NOT NULL,

    CONSTRAINT "EventPartner_pkey" PRIMARY KEY ("eventId","partnerId")
);

-- CreateTable
CREATE TABLE "EventSource" (
    "eventId" INTEGER NOT NULL,
    "sourceId" INTEGER NOT NULL,

    CONSTRAINT "EventSource_pkey" PRIMARY KEY ("eventId","sourceId")
);

-- CreateTable
CREATE TABLE "EventPhoto" (
    "eventId" INTEGER NOT NULL,
    "mediaId" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "EventPhoto_pkey" PRIMARY KEY ("eventId","mediaId")
);

-- CreateTable
CREATE TABLE "Media" (
    "id" UUID NOT NULL,
    "kind" "MediaKind" NOT NULL,
    "mimeType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "sha256" CHAR(64) NOT NULL,
    "storageKey" TEXT NOT NULL,
    "originalName" TEXT,
    "creditText" TEXT,
    "creditUrl" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Media_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MediaTranslation" (
    "mediaId" UUID NOT NULL,
    "locale" "Locale" NOT NULL,
    "alt" TEXT NOT NULL,
    "caption" TEXT,

    CONSTRAINT "MediaTranslation_pkey" PRIMARY KEY ("mediaId","locale")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "UserRole" NOT NULL DEFAULT 'editor',
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" UUID NOT NULL,
    "token" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "providerId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "passwordHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "action" "AuditAction" NOT NULL,
    "entityType" "AuditEntity" NOT NULL,
    "entityId" TEXT NOT NULL,
    "changes" JSONB NOT NULL DEFAULT '{}',
    "requestId" TEXT,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Partner_slug_key" ON "Partner"("slug");

-- CreateIndex
CREATE INDEX "Partner_countryCode_idx" ON "Partner"("countryCode");

-- CreateIndex
CREATE INDEX "Partner_publicationStatus_deletedAt_idx" ON "Partner"("publicationStatus", "deletedAt");

-- CreateIndex
CREATE INDEX "Agreement_partnerId_idx" ON "Agreement"("partnerId");

-- CreateIndex
CREATE INDEX "Agreement_signedOn_idx" ON "Agreement"("signedOn");

-- CreateIndex
CREATE INDEX "Agreement_publicationStatus_deletedAt_idx" ON "Agreement"("publicationStatus", "deletedAt");

-- CreateIndex
CREATE INDEX "AgreementStatusChange_agreementId_date_idx" ON "AgreementStatusChange"("agreementId", "date");

-- CreateIndex
CREATE INDEX "AgreementLink_toId_idx" ON "AgreementLink"("toId");

-- CreateIndex
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");

-- CreateIndex
CREATE INDEX "Event_startDate_idx" ON "Event"("startDate");

-- CreateIndex
CREATE INDEX "Event_status_deletedAt_startDate_idx" ON "Event"("status", "deletedAt", "startDate");

-- CreateIndex
CREATE INDEX "EventPartner_partnerId_idx" ON "EventPartner"("partnerId");

-- CreateIndex
CREATE INDEX "EventSource_sourceId_idx" ON "EventSource"("sourceId");

-- CreateIndex
CREATE INDEX "EventPhoto_mediaId_idx" ON "EventPhoto"("mediaId");

-- CreateIndex
CREATE UNIQUE INDEX "Media_sha256_key" ON "Media"("sha256");

-- CreateIndex
CREATE UNIQUE INDEX "Media_storageKey_key" ON "Media"("storageKey");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Session_token_key" ON "Session"("token");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_providerId_accountId_key" ON "Account"("providerId", "accountId");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_at_idx" ON "AuditLog"("entityType", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- AddForeignKey
ALTER TABLE "HomeCity" ADD CONSTRAINT "HomeCity_coatOfArmsId_fkey" FOREIGN KEY ("coatOfArmsId") REFERENCES "Media"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HomeCityTranslation" ADD CONSTRAINT "HomeCityTranslation_homeCityId_fkey" FOREIGN KEY ("homeCityId") REFERENCES "HomeCity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Partner" ADD CONSTRAINT "Partner_photoId_fkey" FOREIGN KEY ("photoId") REFERENCES "Media"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerTranslation" ADD CONSTRAINT "PartnerTranslation_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Media"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementTranslation" ADD CONSTRAINT "AgreementTranslation_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementStatusChange" ADD CONSTRAINT "AgreementStatusChange_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementLink" ADD CONSTRAINT "AgreementLink_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementLink" ADD CONSTRAINT "AgreementLink_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventTranslation" ADD CONSTRAINT "EventTranslation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventPartner" ADD CONSTRAINT "EventPartner_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventPartner" ADD CONSTRAINT "EventPartner_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventSource" ADD CONSTRAINT "EventSource_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventSource" ADD CONSTRAINT "EventSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventPhoto" ADD CONSTRAINT "EventPhoto_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventPhoto" ADD CONSTRAINT "EventPhoto_mediaId_fkey" FOREIGN KEY ("mediaId") REFERENCES "Media"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Media" ADD CONSTRAINT "Media_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediaTranslation" ADD CONSTRAINT "MediaTranslation_mediaId_fkey" FOREIGN KEY ("mediaId") REFERENCES "Media"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Rules Prisma's schema language cannot express (written by hand; `npm run db:migrate:check`
-- ignores CHECK constraints, so they live only here).
-- ---------------------------------------------------------------------------------------------

-- A date with precision holds the first day of its period.
CREATE FUNCTION date_is_normalized(d DATE, p "DatePrecision") RETURNS BOOLEAN
  LANGUAGE SQL IMMUTABLE STRICT
  AS $$ SELECT p = 'day' OR (EXTRACT(DAY FROM d) = 1 AND (p = 'month' OR EXTRACT(MONTH FROM d) = 1)) $$;

ALTER TABLE "HomeCity"
  ADD CONSTRAINT "HomeCity_singleton" CHECK ("id" = 1),
  ADD CONSTRAINT "HomeCity_countryCode_iso" CHECK ("countryCode" ~ '^[A-Z]{2}$'),
  ADD CONSTRAINT "HomeCity_latitude_range" CHECK ("latitude" BETWEEN -90 AND 90),
  ADD CONSTRAINT "HomeCity_longitude_range" CHECK ("longitude" BETWEEN -180 AND 180),
  ADD CONSTRAINT "HomeCity_version_positive" CHECK ("version" > 0);

ALTER TABLE "HomeCityTranslation"
  ADD CONSTRAINT "HomeCityTranslation_name_not_blank" CHECK (btrim("name") <> '');

ALTER TABLE "Partner"
  ADD CONSTRAINT "Partner_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  ADD CONSTRAINT "Partner_countryCode_iso" CHECK ("countryCode" ~ '^[A-Z]{2}$'),
  ADD CONSTRAINT "Partner_coordinates_pair" CHECK (("latitude" IS NULL) = ("longitude" IS NULL)),
  ADD CONSTRAINT "Partner_latitude_range" CHECK ("latitude" BETWEEN -90 AND 90),
  ADD CONSTRAINT "Partner_longitude_range" CHECK ("longitude" BETWEEN -180 AND 180),
  ADD CONSTRAINT "Partner_foundedYear_no_zero" CHECK ("foundedYear" <> 0 AND "foundedYear" <= 2100),
  ADD CONSTRAINT "Partner_population_positive" CHECK ("population" > 0),
  ADD CONSTRAINT "Partner_populationYear_needs_population" CHECK ("populationYear" IS NULL OR "population" IS NOT NULL),
  ADD CONSTRAINT "Partner_area_positive" CHECK ("areaKm2" > 0),
  ADD CONSTRAINT "Partner_areaYear_needs_area" CHECK ("areaYear" IS NULL OR "areaKm2" IS NOT NULL),
  ADD CONSTRAINT "Partner_scheduled_has_time" CHECK ("publicationStatus" <> 'scheduled' OR "publishAt" IS NOT NULL),
  ADD CONSTRAINT "Partner_version_positive" CHECK ("version" > 0);

ALTER TABLE "PartnerTranslation"
  ADD CONSTRAINT "PartnerTranslation_name_not_blank" CHECK (btrim("name") <> '');

ALTER TABLE "Source"
  ADD CONSTRAINT "Source_title_not_blank" CHECK (btrim("title") <> '');

ALTER TABLE "Agreement"
  ADD CONSTRAINT "Agreement_signed_precision_pair" CHECK (("signedOn" IS NULL) = ("signedPrecision" IS NULL)),
  ADD CONSTRAINT "Agreement_signedOn_normalized" CHECK (date_is_normalized("signedOn", "signedPrecision")),
  ADD CONSTRAINT "Agreement_textLanguages_codes" CHECK (array_to_string("textLanguages", ',') ~ '^([a-z]{2}(,[a-z]{2})*)?$'),
  ADD CONSTRAINT "Agreement_scheduled_has_time" CHECK ("publicationStatus" <> 'scheduled' OR "publishAt" IS NOT NULL),
  ADD CONSTRAINT "Agreement_version_positive" CHECK ("version" > 0);

ALTER TABLE "AgreementTranslation"
  ADD CONSTRAINT "AgreementTranslation_title_not_blank" CHECK (btrim("title") <> '');

ALTER TABLE "AgreementStatusChange"
  ADD CONSTRAINT "AgreementStatusChange_date_normalized" CHECK (date_is_normalized("date", "precision"));

ALTER TABLE "AgreementLink"
  ADD CONSTRAINT "AgreementLink_not_self" CHECK ("fromId" <> "toId");

ALTER TABLE "Event"
  ADD CONSTRAINT "Event_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  ADD CONSTRAINT "Event_end_precision_pair" CHECK (("endDate" IS NULL) = ("endPrecision" IS NULL)),
  ADD CONSTRAINT "Event_end_not_before_start" CHECK ("endDate" >= "startDate"),
  ADD CONSTRAINT "Event_startDate_normalized" CHECK (date_is_normalized("startDate", "startPrecision")),
  ADD CONSTRAINT "Event_endDate_normalized" CHECK (date_is_normalized("endDate", "endPrecision")),
  ADD CONSTRAINT "Event_scheduled_has_time" CHECK ("status" <> 'scheduled' OR "publishAt" IS NOT NULL),
  ADD CONSTRAINT "Event_version_positive" CHECK ("version" > 0);

ALTER TABLE "EventTranslation"
  ADD CONSTRAINT "EventTranslation_title_not_blank" CHECK (btrim("title") <> '');

ALTER TABLE "Media"
  ADD CONSTRAINT "Media_byteSize_positive" CHECK ("byteSize" > 0),
  ADD CONSTRAINT "Media_sha256_hex" CHECK ("sha256" ~ '^[0-9a-f]{64}$'),
  ADD CONSTRAINT "Media_kind_matches_type" CHECK (
    ("kind" = 'image' AND "mimeType" IN ('image/jpeg', 'image/png', 'image/webp') AND "width" > 0 AND "height" > 0)
    OR ("kind" = 'document' AND "mimeType" = 'application/pdf'));

ALTER TABLE "MediaTranslation"
  ADD CONSTRAINT "MediaTranslation_alt_not_blank" CHECK (btrim("alt") <> '');

ALTER TABLE "User"
  ADD CONSTRAINT "User_email_normalized" CHECK ("email" = lower(btrim("email")) AND "email" LIKE '%_@_%');
