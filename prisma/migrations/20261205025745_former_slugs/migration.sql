-- CreateTable
CREATE TABLE "PartnerFormerSlug" (
    "slug" TEXT NOT NULL,
    "partnerId" UUID NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartnerFormerSlug_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "EventFormerSlug" (
    "slug" TEXT NOT NULL,
    "eventId" INTEGER NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventFormerSlug_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "ProjectFormerSlug" (
    "slug" TEXT NOT NULL,
    "projectId" INTEGER NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectFormerSlug_pkey" PRIMARY KEY ("slug")
);

-- CreateIndex
CREATE INDEX "PartnerFormerSlug_partnerId_idx" ON "PartnerFormerSlug"("partnerId");

-- CreateIndex
CREATE INDEX "EventFormerSlug_eventId_idx" ON "EventFormerSlug"("eventId");

-- CreateIndex
CREATE INDEX "ProjectFormerSlug_projectId_idx" ON "ProjectFormerSlug"("projectId");

-- AddForeignKey
ALTER TABLE "PartnerFormerSlug" ADD CONSTRAINT "PartnerFormerSlug_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventFormerSlug" ADD CONSTRAINT "EventFormerSlug_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectFormerSlug" ADD CONSTRAINT "ProjectFormerSlug_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written (Prisma's schema cannot express triggers): the database records a record's former
-- slug whenever its slug changes, so that every write path (the admin, the seed, a script, a
-- restore) keeps old links working (docs/decisions/040-former-slugs.md). One function serves the
-- three kinds; its arguments name the kind's table of former slugs and its key column.
-- A slug that a record takes (a new record, or one renamed to it, its own former slug included)
-- stops being a former slug: the live record wins over the old redirect.
CREATE FUNCTION record_former_slug() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('DELETE FROM %I WHERE "slug" = $1', TG_ARGV[0]) USING NEW."slug";
  IF TG_OP = 'UPDATE' AND OLD."slug" IS DISTINCT FROM NEW."slug" THEN
    EXECUTE format(
      'INSERT INTO %1$I ("slug", %2$I) VALUES ($1, $2) ON CONFLICT ("slug") DO UPDATE SET %2$I = EXCLUDED.%2$I, "changedAt" = CURRENT_TIMESTAMP',
      TG_ARGV[0], TG_ARGV[1]
    ) USING OLD."slug", NEW."id";
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Partner_former_slug" AFTER INSERT OR UPDATE OF "slug" ON "Partner"
  FOR EACH ROW EXECUTE FUNCTION record_former_slug('PartnerFormerSlug', 'partnerId');
CREATE TRIGGER "Event_former_slug" AFTER INSERT OR UPDATE OF "slug" ON "Event"
  FOR EACH ROW EXECUTE FUNCTION record_former_slug('EventFormerSlug', 'eventId');
CREATE TRIGGER "Project_former_slug" AFTER INSERT OR UPDATE OF "slug" ON "Project"
  FOR EACH ROW EXECUTE FUNCTION record_former_slug('ProjectFormerSlug', 'projectId');

-- Shared invalidation (docs/decisions/026): a former slug changes what the kind's public answers
-- are (a 301 instead of a 404), so its table bumps the kind's tag as the kind's own table does.
SELECT set_cache_tag_triggers(table_name, tags) FROM (VALUES
  ('PartnerFormerSlug', ARRAY['partners']),
  ('EventFormerSlug', ARRAY['events']),
  ('ProjectFormerSlug', ARRAY['projects'])
) AS tagged(table_name, tags);
