-- CreateTable
CREATE TABLE "CacheTagVersion" (
    "tag" TEXT NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 1,
    "invalidatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CacheTagVersion_pkey" PRIMARY KEY ("tag")
);

-- Hand-written (Prisma's schema cannot express triggers): every statement that changes a table
-- public reads depend on bumps the versions of the cache tags those reads carry
-- (lib/server/cache-tags.ts), in the same transaction, and notifies the listening server instances,
-- which PostgreSQL does only at commit. A save whose invalidation cannot be recorded therefore fails
-- with it. Tags are listed in one order everywhere so that two statements take their rows' locks
-- in the same order. See docs/decisions/026-shared-invalidation.md.
CREATE FUNCTION "cache_tags_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed_tag text;
  changed_version bigint;
BEGIN
  FOREACH changed_tag IN ARRAY TG_ARGV LOOP
    INSERT INTO "CacheTagVersion" AS c ("tag") VALUES (changed_tag)
      ON CONFLICT ("tag") DO UPDATE SET "version" = c."version" + 1, "invalidatedAt" = CURRENT_TIMESTAMP
      RETURNING c."version" INTO changed_version;
    PERFORM pg_notify('cache_invalidation', changed_version || ' ' || changed_tag);
  END LOOP;
  RETURN NULL;
END $$;

-- The tags each table's changes reach: the same lists the admin actions refresh.
CREATE TRIGGER "HomeCity_cache_tags" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "HomeCity"
  FOR EACH STATEMENT EXECUTE FUNCTION "cache_tags_changed"('agreements', 'events', 'home-city', 'partners');
CREATE TRIGGER "HomeCityTranslation_cache_tags" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "HomeCityTranslation"
  FOR EACH STATEMENT EXECUTE FUNCTION "cache_tags_changed"('agreements', 'events', 'home-city', 'partners');
CREATE TRIGGER "Media_cache_tags" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Media"
  FOR EACH STATEMENT EXECUTE FUNCTION "cache_tags_changed"('agreements', 'events', 'home-city', 'partners');
CREATE TRIGGER "MediaTranslation_cache_tags" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "MediaTranslation"
  FOR EACH STATEMENT EXECUTE FUNCTION "cache_tags_changed"('agreements', 'events', 'home-city', 'partners');
CREATE TRIGGER "Partner_cache_tags" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Partner"
  FOR EACH STATEMENT EXECUTE FUNCTION "cache_tags_changed"('agreements', 'events', 'partners');
CREATE TRIGGER "PartnerTranslation_cache_tags" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PartnerTranslation"
  FOR EACH STATEMENT EXECUTE FUNCTION "cache_tags_changed"('agreements', 'events', 'partners');
CREATE TRIGGER "Source_cache_tags" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Source"
  FOR EACH STATEMENT EXECUTE FUNCTION "cache_tags_changed"('agreements', 'events', 'partners');
CREATE TRIGGER "Agreement_cache_tags" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Agreement"
  FOR EACH STATEMENT EXECUTE FUNCTION "cache_tags_changed"('agreements');
CREATE TRIGGER "AgreementTranslation_cache_tags" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AgreementTranslation"
  FOR EACH STATEMENT EXECUTE FUNCTION "cache_tags_changed"('agreements');
CREATE TRIGGER "AgreementStatusChange_cache_tags" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AgreementStatusChange"
  FOR EACH STATEMENT EXECUTE FUNCTION "cache_tags_changed"('agreements');
CREATE TRIGGER "AgreementLink_cache_tags" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AgreementLink"
  FOR EACH STATEMENT EXECUTE FUNCTION "cache_tags_changed"('agreements');
CREATE TRIGGER "Event_cache_tags" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Event"
  FOR EACH STATEMENT EXECUTE FUNCTION "cache_tags_changed"('events');
CREATE TRIGGER "EventTranslation_cache_tags" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "EventTranslation"
  FOR EACH STATEMENT EXECUTE FUNCTION "cache_tags_changed"('events');
CREATE TRIGGER "EventPartner_cache_tags" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "EventPartner"
  FOR EACH STATEMENT EXECUTE FUNCTION "cache_tags_changed"('events');
CREATE TRIGGER "EventSource_cache_tags" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "EventSource"
  FOR EACH STATEMENT EXECUTE FUNCTION "cache_tags_changed"('events');
CREATE TRIGGER "EventPhoto_cache_tags" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "EventPhoto"
  FOR EACH STATEMENT EXECUTE FUNCTION "cache_tags_changed"('events');
