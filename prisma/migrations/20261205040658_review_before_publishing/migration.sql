-- CreateEnum
CREATE TYPE "ReviewState" AS ENUM ('waiting', 'returned', 'approved', 'superseded');

-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "reviewRequestId" INTEGER;

-- AlterTable
ALTER TABLE "HomeCity" ADD COLUMN     "twoPersonReview" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ReviewRequest" (
    "id" SERIAL NOT NULL,
    "entityType" "AuditEntity" NOT NULL,
    "entityId" TEXT NOT NULL,
    "form" JSONB NOT NULL,
    "baseVersion" INTEGER NOT NULL,
    "submittedById" UUID,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "state" "ReviewState" NOT NULL DEFAULT 'waiting',
    "comment" TEXT,
    "reviewedById" UUID,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "ReviewRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReviewRequest_state_submittedAt_idx" ON "ReviewRequest"("state", "submittedAt");

-- CreateIndex
CREATE INDEX "ReviewRequest_entityType_entityId_idx" ON "ReviewRequest"("entityType", "entityId");

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_reviewRequestId_fkey" FOREIGN KEY ("reviewRequestId") REFERENCES "ReviewRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewRequest" ADD CONSTRAINT "ReviewRequest_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewRequest" ADD CONSTRAINT "ReviewRequest_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
