-- Which saved version an update restored (docs/decisions/039): the history and the audit log say so.
-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "restoredFrom" INTEGER;
