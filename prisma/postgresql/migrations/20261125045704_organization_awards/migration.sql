-- AlterTable
ALTER TABLE "Certificate" ADD COLUMN     "organizationAwardId" INTEGER,
ALTER COLUMN "registrationId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "OrganizationAward" (
    "id" SERIAL NOT NULL,
    "activityId" INTEGER NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "name" TEXT NOT NULL DEFAULT '优秀组织奖',
    "reason" TEXT NOT NULL,
    "grantedById" INTEGER NOT NULL,
    "grantedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrganizationAward_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OrganizationAward_organizationId_idx" ON "OrganizationAward"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "OrganizationAward_activityId_organizationId_name_key" ON "OrganizationAward"("activityId", "organizationId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_organizationAwardId_key" ON "Certificate"("organizationAwardId");

-- AddForeignKey
ALTER TABLE "OrganizationAward" ADD CONSTRAINT "OrganizationAward_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationAward" ADD CONSTRAINT "OrganizationAward_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationAward" ADD CONSTRAINT "OrganizationAward_grantedById_fkey" FOREIGN KEY ("grantedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_organizationAwardId_fkey" FOREIGN KEY ("organizationAwardId") REFERENCES "OrganizationAward"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

