-- One name for the same idea on every publishable record (Partner and Agreement already use it).
-- A rename, not Prisma's generated drop-and-add, so existing events keep their status.
ALTER TABLE "Event" RENAME COLUMN "status" TO "publicationStatus";
ALTER INDEX "Event_status_deletedAt_startDate_idx" RENAME TO "Event_publicationStatus_deletedAt_startDate_idx";
