-- When each language's texts last changed (docs/decisions/041). Existing rows start at the
-- migration's time: nothing is reported outdated until a Russian text changes after it.

-- AlterTable
ALTER TABLE "AgreementTranslation" ADD COLUMN     "textChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "EventTranslation" ADD COLUMN     "textChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "PartnerTranslation" ADD COLUMN     "textChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "ProjectTranslation" ADD COLUMN     "textChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "ProposalTranslation" ADD COLUMN     "textChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
