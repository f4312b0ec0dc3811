-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_IndicatorReport" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "activityId" INTEGER NOT NULL,
    "registrationId" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "values" JSONB NOT NULL,
    "filedById" INTEGER NOT NULL,
    "filedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "reviewState" TEXT NOT NULL DEFAULT 'PENDING',
    "reviewReason" TEXT,
    "reviewedById" INTEGER,
    "reviewedAt" DATETIME,
    CONSTRAINT "IndicatorReport_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "IndicatorReport_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "IndicatorReport_filedById_fkey" FOREIGN KEY ("filedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "IndicatorReport_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_IndicatorReport" ("activityId", "filedAt", "filedById", "id", "period", "registrationId", "updatedAt", "values", "version") SELECT "activityId", "filedAt", "filedById", "id", "period", "registrationId", "updatedAt", "values", "version" FROM "IndicatorReport";
DROP TABLE "IndicatorReport";
ALTER TABLE "new_IndicatorReport" RENAME TO "IndicatorReport";
CREATE INDEX "IndicatorReport_activityId_period_idx" ON "IndicatorReport"("activityId", "period");
CREATE UNIQUE INDEX "IndicatorReport_registrationId_period_key" ON "IndicatorReport"("registrationId", "period");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

