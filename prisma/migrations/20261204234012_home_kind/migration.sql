-- AlterTable
ALTER TABLE "HomeCity" ADD COLUMN     "kind" "PartnerKind" NOT NULL DEFAULT 'city';
