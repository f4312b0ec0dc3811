-- CreateEnum
CREATE TYPE "IndicatorReportReviewState" AS ENUM ('PENDING', 'APPROVED', 'RETURNED');

-- AlterTable
ALTER TABLE "IndicatorReport" ADD COLUMN     "reviewReason" TEXT,
ADD COLUMN     "reviewState" "IndicatorReportReviewState" NOT NULL DEFAULT 'PENDING',
ADD COLUMN     "reviewedAt" TIMESTAMP(3),
ADD COLUMN     "reviewedById" INTEGER;

-- AddForeignKey
ALTER TABLE "IndicatorReport" ADD CONSTRAINT "IndicatorReport_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

