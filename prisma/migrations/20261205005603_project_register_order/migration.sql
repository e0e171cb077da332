-- The projects register lists newest start first and undated projects last (docs/decisions/031):
-- an index in that exact order (NULLS LAST, which Prisma's schema cannot write) serves a page with a LIMIT.
CREATE INDEX "Project_startDate_id_idx" ON "Project"("startDate" DESC NULLS LAST, "id" DESC);
