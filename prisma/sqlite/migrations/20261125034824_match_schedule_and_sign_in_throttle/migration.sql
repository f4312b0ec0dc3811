-- AlterTable
ALTER TABLE "Match" ADD COLUMN "court" TEXT;
ALTER TABLE "Match" ADD COLUMN "scheduledAt" DATETIME;

-- CreateTable
CREATE TABLE "SignInThrottle" (
    "ipAddress" TEXT NOT NULL PRIMARY KEY,
    "failedCount" INTEGER NOT NULL DEFAULT 0,
    "windowStartsAt" DATETIME NOT NULL,
    "lockedUntil" DATETIME,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "Match_scheduledAt_idx" ON "Match"("scheduledAt");

