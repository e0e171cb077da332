-- CreateTable
CREATE TABLE "OpenCallThrottle" (
    "addressHash" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "OpenCallThrottle_pkey" PRIMARY KEY ("addressHash")
);

-- CreateIndex
CREATE INDEX "OpenCallThrottle_windowStart_idx" ON "OpenCallThrottle"("windowStart");
