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
DO $$
DECLARE
  target record;
BEGIN
  FOR target IN
    SELECT * FROM (VALUES
      ('HomeCity', ARRAY['agreements', 'events', 'home-city', 'partners']),
      ('HomeCityTranslation', ARRAY['agreements', 'events', 'home-city', 'partners']),
      ('Media', ARRAY['agreements', 'events', 'home-city', 'partners']),
      ('MediaTranslation', ARRAY['agreements', 'events', 'home-city', 'partners']),
      ('Partner', ARRAY['agreements', 'events', 'partners']),
      ('PartnerTranslation', ARRAY['agreements', 'events', 'partners']),
      ('Source', ARRAY['agreements', 'events', 'partners']),
      ('Agreement', ARRAY['agreements']),
      ('AgreementTranslation', ARRAY['agreements']),
      ('AgreementStatusChange', ARRAY['agreements']),
      ('AgreementLink', ARRAY['agreements']),
      ('Event', ARRAY['events']),
      ('EventTranslation', ARRAY['events']),
      ('EventPartner', ARRAY['events']),
      ('EventSource', ARRAY['events']),
      ('EventPhoto', ARRAY['events'])
    ) AS tagged(table_name, tags)
  LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "cache_tags_changed"(%s)',
      target.table_name || '_cache_tags', target.table_name, (SELECT string_agg(quote_literal(tag), ', ') FROM unnest(target.tags) AS tag)
    );
  END LOOP;
END $$;
