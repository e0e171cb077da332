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
  -- A statement that changed no row (an update whose version check failed, a delete of nothing)
  -- invalidates nothing: it would only drop every instance's caches and lock the tags' rows.
  -- (Nested: a TRUNCATE has no transition table, and the query must not even be planned for it.)
  IF TG_OP <> 'TRUNCATE' THEN
    IF NOT EXISTS (SELECT 1 FROM changed_rows) THEN
      RETURN NULL;
    END IF;
  END IF;
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
  event record;
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
    -- One trigger per kind of statement: PostgreSQL gives a transition table (the rows a statement
    -- changed) only to a trigger on one event.
    FOR event IN SELECT * FROM (VALUES
      ('insert', 'INSERT', 'REFERENCING NEW TABLE AS changed_rows'),
      ('update', 'UPDATE', 'REFERENCING NEW TABLE AS changed_rows'),
      ('delete', 'DELETE', 'REFERENCING OLD TABLE AS changed_rows'),
      ('truncate', 'TRUNCATE', '')
    ) AS kinds(suffix, statement, transition)
    LOOP
      EXECUTE format(
        'CREATE TRIGGER %I AFTER %s ON %I %s FOR EACH STATEMENT EXECUTE FUNCTION "cache_tags_changed"(%s)',
        target.table_name || '_cache_tags_' || event.suffix, event.statement, target.table_name, event.transition,
        (SELECT string_agg(quote_literal(tag), ', ') FROM unnest(target.tags) AS tag)
      );
    END LOOP;
  END LOOP;
END $$;
