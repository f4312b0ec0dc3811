-- CreateTable
CREATE TABLE "OrganizationAward" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "activityId" INTEGER NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "name" TEXT NOT NULL DEFAULT '优秀组织奖',
    "reason" TEXT NOT NULL,
    "grantedById" INTEGER NOT NULL,
    "grantedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "OrganizationAward_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "OrganizationAward_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "OrganizationAward_grantedById_fkey" FOREIGN KEY ("grantedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Certificate" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "activityId" INTEGER NOT NULL,
    "registrationId" INTEGER,
    "kind" TEXT NOT NULL,
    "levelKey" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "data" JSONB NOT NULL,
    "issuedOn" TEXT NOT NULL,
    "issuedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "issuedById" INTEGER NOT NULL,
    "organizationAwardId" INTEGER,
    CONSTRAINT "Certificate_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Certificate_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Certificate_issuedById_fkey" FOREIGN KEY ("issuedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Certificate_organizationAwardId_fkey" FOREIGN KEY ("organizationAwardId") REFERENCES "OrganizationAward" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Certificate" ("activityId", "data", "id", "issuedAt", "issuedById", "issuedOn", "kind", "levelKey", "number", "registrationId", "sequence") SELECT "activityId", "data", "id", "issuedAt", "issuedById", "issuedOn", "kind", "levelKey", "number", "registrationId", "sequence" FROM "Certificate";
DROP TABLE "Certificate";
ALTER TABLE "new_Certificate" RENAME TO "Certificate";
CREATE UNIQUE INDEX "Certificate_organizationAwardId_key" ON "Certificate"("organizationAwardId");
CREATE UNIQUE INDEX "Certificate_activityId_number_key" ON "Certificate"("activityId", "number");
CREATE UNIQUE INDEX "Certificate_activityId_sequence_key" ON "Certificate"("activityId", "sequence");
CREATE UNIQUE INDEX "Certificate_registrationId_levelKey_key" ON "Certificate"("registrationId", "levelKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "OrganizationAward_organizationId_idx" ON "OrganizationAward"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "OrganizationAward_activityId_organizationId_name_key" ON "OrganizationAward"("activityId", "organizationId", "name");

