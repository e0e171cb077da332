-- AlterTable
ALTER TABLE "Partner" ADD COLUMN     "unpublishAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "unpublishAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "unpublishAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "unpublishAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Proposal" ADD COLUMN     "unpublishAt" TIMESTAMP(3);

-- A record goes off the site only after it has come on (docs/decisions/046).
ALTER TABLE "Partner" ADD CONSTRAINT "Partner_unpublish_after_publish" CHECK ("unpublishAt" IS NULL OR "publishAt" IS NULL OR "unpublishAt" > "publishAt");
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_unpublish_after_publish" CHECK ("unpublishAt" IS NULL OR "publishAt" IS NULL OR "unpublishAt" > "publishAt");
ALTER TABLE "Event" ADD CONSTRAINT "Event_unpublish_after_publish" CHECK ("unpublishAt" IS NULL OR "publishAt" IS NULL OR "unpublishAt" > "publishAt");
ALTER TABLE "Project" ADD CONSTRAINT "Project_unpublish_after_publish" CHECK ("unpublishAt" IS NULL OR "publishAt" IS NULL OR "unpublishAt" > "publishAt");
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_unpublish_after_publish" CHECK ("unpublishAt" IS NULL OR "publishAt" IS NULL OR "unpublishAt" > "publishAt");

-- The cache lifetime looks up the soonest coming unpublishing (lib/server/publication-schedule.ts).
CREATE INDEX "Partner_unpublishAt_idx" ON "Partner"("unpublishAt");
CREATE INDEX "Agreement_unpublishAt_idx" ON "Agreement"("unpublishAt");
CREATE INDEX "Event_unpublishAt_idx" ON "Event"("unpublishAt");
CREATE INDEX "Project_unpublishAt_idx" ON "Project"("unpublishAt");
CREATE INDEX "Proposal_unpublishAt_idx" ON "Proposal"("unpublishAt");
