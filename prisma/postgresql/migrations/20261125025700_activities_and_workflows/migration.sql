-- CreateEnum
CREATE TYPE "ActivityKind" AS ENUM ('SKILLS_CONTEST', 'LABOR_COMPETITION', 'PERFORMANCE_CONTEST', 'EXHIBITION', 'TOURNAMENT', 'MODEL_WORKER_SELECTION', 'MOST_BEAUTIFUL_WORKER', 'INNOVATION_AWARD');

-- CreateEnum
CREATE TYPE "ActivityState" AS ENUM ('DRAFT', 'REGISTRATION_OPEN', 'REGISTRATION_CLOSED', 'JUDGING', 'PUBLIC_NOTICE', 'FINAL');

-- CreateEnum
CREATE TYPE "EntrantType" AS ENUM ('INDIVIDUAL', 'TEAM', 'UNIT', 'PROJECT');

-- CreateEnum
CREATE TYPE "EntryChannel" AS ENUM ('SELF_REGISTRATION', 'UNIT_NOMINATION', 'PUBLIC_RECOMMENDATION');

-- CreateEnum
CREATE TYPE "RoundKind" AS ENUM ('CRITERIA_SCORING', 'EXAM', 'COMMITTEE_VOTE', 'PUBLIC_VOTE', 'MATCHES');

-- CreateEnum
CREATE TYPE "RegistrationState" AS ENUM ('PENDING_UNIT', 'PENDING_COUNTY', 'PENDING_ORGANIZER', 'APPROVED', 'RETURNED', 'REJECTED', 'WAITLISTED', 'CONFIRMED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ApprovalLevel" AS ENUM ('UNIT', 'COUNTY_OR_INDUSTRY', 'ORGANIZER');

-- CreateEnum
CREATE TYPE "ApprovalAction" AS ENUM ('APPROVE', 'RETURN', 'REJECT', 'RESUBMIT');

-- CreateEnum
CREATE TYPE "ScoreSheetState" AS ENUM ('DRAFT', 'LOCKED', 'UNLOCKED');

-- CreateEnum
CREATE TYPE "MatchStage" AS ENUM ('GROUP', 'KNOCKOUT');

-- CreateEnum
CREATE TYPE "ObjectionStatus" AS ENUM ('OPEN', 'UPHELD', 'DISMISSED');

-- CreateEnum
CREATE TYPE "UpheldObjectionAction" AS ENUM ('RE_REVIEW', 'WITHDRAW');

-- CreateEnum
CREATE TYPE "VotingPenaltyLevel" AS ENUM ('NONE', 'WARNING', 'VOTES_VOIDED', 'DISQUALIFIED');

-- CreateEnum
CREATE TYPE "CertificateKind" AS ENUM ('AWARD', 'PARTICIPATION');

-- CreateEnum
CREATE TYPE "HolidayKind" AS ENUM ('HOLIDAY', 'ADJUSTED_WORKING_DAY');

-- CreateEnum
CREATE TYPE "AttachmentKind" AS ENUM ('PHOTO', 'STORY', 'PROJECT_DOCUMENT', 'EVIDENCE', 'OTHER');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('REGISTRATION_APPROVED', 'REGISTRATION_RETURNED', 'REGISTRATION_REJECTED', 'WAITLIST_PROMOTED', 'RESULTS_PUBLISHED', 'OTHER');

-- CreateTable
CREATE TABLE "WorkerHonour" (
    "id" SERIAL NOT NULL,
    "workerId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "awardedYear" INTEGER,
    "activityId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkerHonour_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SafetyAccident" (
    "id" SERIAL NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "occurredOn" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SafetyAccident_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ActivityKind" NOT NULL,
    "state" "ActivityState" NOT NULL DEFAULT 'DRAFT',
    "departmentId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "configuration" JSONB NOT NULL,
    "registrationOpensOn" TEXT,
    "registrationClosesOn" TEXT,
    "judgingEndsOn" TEXT,
    "completedBy" TEXT,
    "deadlinePhrase" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "stateChangedAt" TIMESTAMP(3),
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Category" (
    "id" SERIAL NOT NULL,
    "activityId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "entrantType" "EntrantType" NOT NULL,
    "capacity" INTEGER,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Round" (
    "id" SERIAL NOT NULL,
    "activityId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "RoundKind" NOT NULL,
    "weight" TEXT NOT NULL,
    "maxResult" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "opensAt" TIMESTAMP(3),
    "closesAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "closedById" INTEGER,

    CONSTRAINT "Round_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Criterion" (
    "id" SERIAL NOT NULL,
    "roundId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "max" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Criterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoundJudge" (
    "id" SERIAL NOT NULL,
    "roundId" INTEGER NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "judgeUserId" INTEGER NOT NULL,

    CONSTRAINT "RoundJudge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Registration" (
    "id" SERIAL NOT NULL,
    "activityId" INTEGER NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "entrantType" "EntrantType" NOT NULL,
    "channel" "EntryChannel" NOT NULL,
    "state" "RegistrationState" NOT NULL,
    "name" TEXT,
    "organizationId" INTEGER NOT NULL,
    "quotaId" INTEGER,
    "registeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submission" INTEGER NOT NULL DEFAULT 1,
    "returnReason" TEXT,
    "rejectionReason" TEXT,
    "withdrawalReason" TEXT,
    "details" JSONB,
    "recommenderName" TEXT,
    "recommenderPhone" TEXT,
    "liveKey" TEXT,
    "idempotencyKey" TEXT,
    "submittedById" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 0,
    "stateChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Registration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegistrationMember" (
    "id" SERIAL NOT NULL,
    "registrationId" INTEGER NOT NULL,
    "workerId" INTEGER NOT NULL,
    "isLeader" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "liveKey" TEXT,

    CONSTRAINT "RegistrationMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Approval" (
    "id" SERIAL NOT NULL,
    "registrationId" INTEGER NOT NULL,
    "submission" INTEGER NOT NULL,
    "level" "ApprovalLevel",
    "action" "ApprovalAction" NOT NULL,
    "actorUserId" INTEGER NOT NULL,
    "actorRole" "Role" NOT NULL,
    "fromState" "RegistrationState" NOT NULL,
    "toState" "RegistrationState" NOT NULL,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Approval_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Quota" (
    "id" SERIAL NOT NULL,
    "activityId" INTEGER NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "weight" TEXT NOT NULL,
    "minimumPlaces" INTEGER NOT NULL DEFAULT 0,
    "allocatedPlaces" INTEGER NOT NULL,
    "extraPlaces" INTEGER NOT NULL DEFAULT 0,
    "overrideReason" TEXT,
    "overrideById" INTEGER,
    "overrideAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Quota_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompositionOverride" (
    "id" SERIAL NOT NULL,
    "activityId" INTEGER NOT NULL,
    "organizationId" INTEGER,
    "limitKey" TEXT NOT NULL,
    "acceptedCount" INTEGER NOT NULL,
    "acceptedListSize" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "grantedById" INTEGER NOT NULL,
    "grantedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CompositionOverride_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JudgeAssignment" (
    "id" SERIAL NOT NULL,
    "roundId" INTEGER NOT NULL,
    "registrationId" INTEGER NOT NULL,
    "judgeUserId" INTEGER NOT NULL,
    "assignedById" INTEGER NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "excusedAt" TIMESTAMP(3),
    "excuseReason" TEXT,
    "excusedById" INTEGER,

    CONSTRAINT "JudgeAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JudgeRecusal" (
    "id" SERIAL NOT NULL,
    "registrationId" INTEGER NOT NULL,
    "judgeUserId" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "declaredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JudgeRecusal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Score" (
    "id" SERIAL NOT NULL,
    "assignmentId" INTEGER NOT NULL,
    "state" "ScoreSheetState" NOT NULL DEFAULT 'DRAFT',
    "criterionScores" JSONB NOT NULL,
    "total" TEXT,
    "submittedAt" TIMESTAMP(3),
    "lockedAt" TIMESTAMP(3),
    "idempotencyKey" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Score_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoundResult" (
    "id" SERIAL NOT NULL,
    "roundId" INTEGER NOT NULL,
    "registrationId" INTEGER NOT NULL,
    "result" TEXT NOT NULL,
    "untrimmedMean" TEXT,
    "details" JSONB,
    "recordedById" INTEGER NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoundResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TournamentDraw" (
    "id" SERIAL NOT NULL,
    "roundId" INTEGER NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "draw" JSONB NOT NULL,
    "drawnById" INTEGER NOT NULL,
    "drawnAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TournamentDraw_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Match" (
    "id" SERIAL NOT NULL,
    "roundId" INTEGER NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "stage" "MatchStage" NOT NULL,
    "slot" TEXT NOT NULL,
    "entrantAId" INTEGER,
    "entrantBId" INTEGER,
    "games" JSONB,
    "winnerId" INTEGER,
    "recordedById" INTEGER,
    "recordedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Match_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Result" (
    "id" SERIAL NOT NULL,
    "activityId" INTEGER NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "registrationId" INTEGER NOT NULL,
    "trackKey" TEXT NOT NULL,
    "trackName" TEXT NOT NULL,
    "total" TEXT,
    "totalText" TEXT,
    "place" INTEGER,
    "sharedPlace" BOOLEAN NOT NULL DEFAULT false,
    "explanation" TEXT NOT NULL,
    "awardTierKey" TEXT,
    "awardTierName" TEXT,
    "titles" JSONB NOT NULL,
    "advancesToProvincial" BOOLEAN NOT NULL DEFAULT false,
    "details" JSONB,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Result_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TieSeparation" (
    "id" SERIAL NOT NULL,
    "activityId" INTEGER NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "trackKey" TEXT NOT NULL,
    "place" INTEGER NOT NULL,
    "orderedEntryIds" JSONB NOT NULL,
    "reason" TEXT NOT NULL,
    "decidedById" INTEGER NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TieSeparation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicNotice" (
    "id" SERIAL NOT NULL,
    "activityId" INTEGER NOT NULL,
    "currentForActivityId" INTEGER,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "publishedOn" TEXT NOT NULL,
    "workingDays" INTEGER NOT NULL,
    "firstDay" TEXT NOT NULL,
    "endDate" TEXT NOT NULL,
    "workingDates" JSONB NOT NULL,
    "publishedById" INTEGER NOT NULL,
    "withdrawnAt" TIMESTAMP(3),
    "withdrawalReason" TEXT,
    "withdrawnById" INTEGER,

    CONSTRAINT "PublicNotice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Objection" (
    "id" SERIAL NOT NULL,
    "publicNoticeId" INTEGER NOT NULL,
    "activityId" INTEGER NOT NULL,
    "registrationId" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "contactName" TEXT NOT NULL,
    "contactPhone" TEXT,
    "otherContact" TEXT,
    "filedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "filedOn" TEXT NOT NULL,
    "late" BOOLEAN NOT NULL DEFAULT false,
    "status" "ObjectionStatus" NOT NULL DEFAULT 'OPEN',
    "upheldAction" "UpheldObjectionAction",
    "resolution" TEXT,
    "resolvedById" INTEGER,
    "resolvedAt" TIMESTAMP(3),
    "reReviewCompletedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Objection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ballot" (
    "id" SERIAL NOT NULL,
    "roundId" INTEGER NOT NULL,
    "voterKey" TEXT NOT NULL,
    "ipAddress" TEXT NOT NULL,
    "castAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "votingDay" TEXT NOT NULL,
    "voterSequence" INTEGER NOT NULL,
    "ipSequence" INTEGER NOT NULL,
    "idempotencyKey" TEXT,

    CONSTRAINT "Ballot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Vote" (
    "id" SERIAL NOT NULL,
    "ballotId" INTEGER NOT NULL,
    "roundId" INTEGER NOT NULL,
    "registrationId" INTEGER NOT NULL,
    "voidedAt" TIMESTAMP(3),
    "voidReason" TEXT,
    "voidedById" INTEGER,

    CONSTRAINT "Vote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VotingPenalty" (
    "id" SERIAL NOT NULL,
    "roundId" INTEGER NOT NULL,
    "registrationId" INTEGER NOT NULL,
    "fromLevel" "VotingPenaltyLevel" NOT NULL,
    "level" "VotingPenaltyLevel" NOT NULL,
    "reason" TEXT NOT NULL,
    "voidedVoteIds" JSONB,
    "decidedById" INTEGER NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VotingPenalty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Certificate" (
    "id" SERIAL NOT NULL,
    "activityId" INTEGER NOT NULL,
    "registrationId" INTEGER NOT NULL,
    "kind" "CertificateKind" NOT NULL,
    "levelKey" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "data" JSONB NOT NULL,
    "issuedOn" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "issuedById" INTEGER NOT NULL,

    CONSTRAINT "Certificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Holiday" (
    "id" SERIAL NOT NULL,
    "date" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "HolidayKind" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Holiday_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" SERIAL NOT NULL,
    "kind" "AttachmentKind" NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "registrationId" INTEGER,
    "objectionId" INTEGER,
    "indicatorReportId" INTEGER,
    "uploadedById" INTEGER,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" SERIAL NOT NULL,
    "recipientUserId" INTEGER,
    "recipientWorkerId" INTEGER,
    "kind" "NotificationKind" NOT NULL,
    "text" TEXT NOT NULL,
    "activityId" INTEGER,
    "registrationId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),
    "smsSentAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorReport" (
    "id" SERIAL NOT NULL,
    "activityId" INTEGER NOT NULL,
    "registrationId" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "values" JSONB NOT NULL,
    "filedById" INTEGER NOT NULL,
    "filedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "IndicatorReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorUserId" INTEGER,
    "actorRole" "Role",
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" INTEGER,
    "activityId" INTEGER,
    "before" JSONB,
    "after" JSONB,
    "reason" TEXT,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WorkerHonour_workerId_idx" ON "WorkerHonour"("workerId");

-- CreateIndex
CREATE INDEX "WorkerHonour_activityId_idx" ON "WorkerHonour"("activityId");

-- CreateIndex
CREATE INDEX "SafetyAccident_organizationId_occurredOn_idx" ON "SafetyAccident"("organizationId", "occurredOn");

-- CreateIndex
CREATE UNIQUE INDEX "Activity_code_key" ON "Activity"("code");

-- CreateIndex
CREATE INDEX "Activity_state_idx" ON "Activity"("state");

-- CreateIndex
CREATE INDEX "Activity_departmentId_state_idx" ON "Activity"("departmentId", "state");

-- CreateIndex
CREATE INDEX "Activity_year_idx" ON "Activity"("year");

-- CreateIndex
CREATE UNIQUE INDEX "Category_activityId_key_key" ON "Category"("activityId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Round_activityId_key_key" ON "Round"("activityId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Criterion_roundId_key_key" ON "Criterion"("roundId", "key");

-- CreateIndex
CREATE INDEX "RoundJudge_judgeUserId_idx" ON "RoundJudge"("judgeUserId");

-- CreateIndex
CREATE UNIQUE INDEX "RoundJudge_roundId_categoryId_judgeUserId_key" ON "RoundJudge"("roundId", "categoryId", "judgeUserId");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_liveKey_key" ON "Registration"("liveKey");

-- CreateIndex
CREATE INDEX "Registration_activityId_state_idx" ON "Registration"("activityId", "state");

-- CreateIndex
CREATE INDEX "Registration_categoryId_state_registeredAt_idx" ON "Registration"("categoryId", "state", "registeredAt");

-- CreateIndex
CREATE INDEX "Registration_organizationId_idx" ON "Registration"("organizationId");

-- CreateIndex
CREATE INDEX "Registration_quotaId_state_idx" ON "Registration"("quotaId", "state");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_activityId_idempotencyKey_key" ON "Registration"("activityId", "idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "RegistrationMember_liveKey_key" ON "RegistrationMember"("liveKey");

-- CreateIndex
CREATE INDEX "RegistrationMember_workerId_idx" ON "RegistrationMember"("workerId");

-- CreateIndex
CREATE UNIQUE INDEX "RegistrationMember_registrationId_workerId_key" ON "RegistrationMember"("registrationId", "workerId");

-- CreateIndex
CREATE INDEX "Approval_registrationId_createdAt_idx" ON "Approval"("registrationId", "createdAt");

-- CreateIndex
CREATE INDEX "Approval_actorUserId_idx" ON "Approval"("actorUserId");

-- CreateIndex
CREATE INDEX "Quota_organizationId_idx" ON "Quota"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Quota_activityId_organizationId_key" ON "Quota"("activityId", "organizationId");

-- CreateIndex
CREATE INDEX "CompositionOverride_activityId_limitKey_idx" ON "CompositionOverride"("activityId", "limitKey");

-- CreateIndex
CREATE INDEX "JudgeAssignment_judgeUserId_roundId_idx" ON "JudgeAssignment"("judgeUserId", "roundId");

-- CreateIndex
CREATE INDEX "JudgeAssignment_registrationId_idx" ON "JudgeAssignment"("registrationId");

-- CreateIndex
CREATE UNIQUE INDEX "JudgeAssignment_roundId_registrationId_judgeUserId_key" ON "JudgeAssignment"("roundId", "registrationId", "judgeUserId");

-- CreateIndex
CREATE INDEX "JudgeRecusal_judgeUserId_idx" ON "JudgeRecusal"("judgeUserId");

-- CreateIndex
CREATE UNIQUE INDEX "JudgeRecusal_registrationId_judgeUserId_key" ON "JudgeRecusal"("registrationId", "judgeUserId");

-- CreateIndex
CREATE UNIQUE INDEX "Score_assignmentId_key" ON "Score"("assignmentId");

-- CreateIndex
CREATE INDEX "RoundResult_registrationId_idx" ON "RoundResult"("registrationId");

-- CreateIndex
CREATE UNIQUE INDEX "RoundResult_roundId_registrationId_key" ON "RoundResult"("roundId", "registrationId");

-- CreateIndex
CREATE UNIQUE INDEX "TournamentDraw_roundId_categoryId_key" ON "TournamentDraw"("roundId", "categoryId");

-- CreateIndex
CREATE UNIQUE INDEX "Match_roundId_categoryId_slot_key" ON "Match"("roundId", "categoryId", "slot");

-- CreateIndex
CREATE INDEX "Result_activityId_categoryId_trackKey_place_idx" ON "Result"("activityId", "categoryId", "trackKey", "place");

-- CreateIndex
CREATE UNIQUE INDEX "Result_registrationId_trackKey_key" ON "Result"("registrationId", "trackKey");

-- CreateIndex
CREATE INDEX "TieSeparation_activityId_idx" ON "TieSeparation"("activityId");

-- CreateIndex
CREATE UNIQUE INDEX "TieSeparation_categoryId_trackKey_place_key" ON "TieSeparation"("categoryId", "trackKey", "place");

-- CreateIndex
CREATE UNIQUE INDEX "PublicNotice_currentForActivityId_key" ON "PublicNotice"("currentForActivityId");

-- CreateIndex
CREATE INDEX "PublicNotice_activityId_publishedAt_idx" ON "PublicNotice"("activityId", "publishedAt");

-- CreateIndex
CREATE INDEX "Objection_publicNoticeId_status_idx" ON "Objection"("publicNoticeId", "status");

-- CreateIndex
CREATE INDEX "Objection_activityId_status_idx" ON "Objection"("activityId", "status");

-- CreateIndex
CREATE INDEX "Objection_registrationId_idx" ON "Objection"("registrationId");

-- CreateIndex
CREATE UNIQUE INDEX "Ballot_roundId_voterKey_votingDay_voterSequence_key" ON "Ballot"("roundId", "voterKey", "votingDay", "voterSequence");

-- CreateIndex
CREATE UNIQUE INDEX "Ballot_roundId_ipAddress_votingDay_ipSequence_key" ON "Ballot"("roundId", "ipAddress", "votingDay", "ipSequence");

-- CreateIndex
CREATE UNIQUE INDEX "Ballot_roundId_voterKey_idempotencyKey_key" ON "Ballot"("roundId", "voterKey", "idempotencyKey");

-- CreateIndex
CREATE INDEX "Vote_roundId_registrationId_idx" ON "Vote"("roundId", "registrationId");

-- CreateIndex
CREATE INDEX "Vote_registrationId_idx" ON "Vote"("registrationId");

-- CreateIndex
CREATE UNIQUE INDEX "Vote_ballotId_registrationId_key" ON "Vote"("ballotId", "registrationId");

-- CreateIndex
CREATE UNIQUE INDEX "VotingPenalty_roundId_registrationId_level_key" ON "VotingPenalty"("roundId", "registrationId", "level");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_activityId_number_key" ON "Certificate"("activityId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_activityId_sequence_key" ON "Certificate"("activityId", "sequence");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_registrationId_levelKey_key" ON "Certificate"("registrationId", "levelKey");

-- CreateIndex
CREATE UNIQUE INDEX "Holiday_date_key" ON "Holiday"("date");

-- CreateIndex
CREATE INDEX "Holiday_year_idx" ON "Holiday"("year");

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_storageKey_key" ON "Attachment"("storageKey");

-- CreateIndex
CREATE INDEX "Attachment_registrationId_idx" ON "Attachment"("registrationId");

-- CreateIndex
CREATE INDEX "Attachment_objectionId_idx" ON "Attachment"("objectionId");

-- CreateIndex
CREATE INDEX "Attachment_indicatorReportId_idx" ON "Attachment"("indicatorReportId");

-- CreateIndex
CREATE INDEX "Notification_recipientUserId_readAt_idx" ON "Notification"("recipientUserId", "readAt");

-- CreateIndex
CREATE INDEX "Notification_recipientWorkerId_createdAt_idx" ON "Notification"("recipientWorkerId", "createdAt");

-- CreateIndex
CREATE INDEX "IndicatorReport_activityId_period_idx" ON "IndicatorReport"("activityId", "period");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorReport_registrationId_period_key" ON "IndicatorReport"("registrationId", "period");

-- CreateIndex
CREATE INDEX "AuditEntry_entityType_entityId_at_idx" ON "AuditEntry"("entityType", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_activityId_at_idx" ON "AuditEntry"("activityId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_actorUserId_at_idx" ON "AuditEntry"("actorUserId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_at_idx" ON "AuditEntry"("at");

-- AddForeignKey
ALTER TABLE "WorkerHonour" ADD CONSTRAINT "WorkerHonour_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "Worker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkerHonour" ADD CONSTRAINT "WorkerHonour_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafetyAccident" ADD CONSTRAINT "SafetyAccident_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Category" ADD CONSTRAINT "Category_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Round" ADD CONSTRAINT "Round_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Round" ADD CONSTRAINT "Round_closedById_fkey" FOREIGN KEY ("closedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Criterion" ADD CONSTRAINT "Criterion_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundJudge" ADD CONSTRAINT "RoundJudge_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundJudge" ADD CONSTRAINT "RoundJudge_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundJudge" ADD CONSTRAINT "RoundJudge_judgeUserId_fkey" FOREIGN KEY ("judgeUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_quotaId_fkey" FOREIGN KEY ("quotaId") REFERENCES "Quota"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationMember" ADD CONSTRAINT "RegistrationMember_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationMember" ADD CONSTRAINT "RegistrationMember_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "Worker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Approval" ADD CONSTRAINT "Approval_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Approval" ADD CONSTRAINT "Approval_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quota" ADD CONSTRAINT "Quota_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quota" ADD CONSTRAINT "Quota_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quota" ADD CONSTRAINT "Quota_overrideById_fkey" FOREIGN KEY ("overrideById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompositionOverride" ADD CONSTRAINT "CompositionOverride_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompositionOverride" ADD CONSTRAINT "CompositionOverride_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompositionOverride" ADD CONSTRAINT "CompositionOverride_grantedById_fkey" FOREIGN KEY ("grantedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JudgeAssignment" ADD CONSTRAINT "JudgeAssignment_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JudgeAssignment" ADD CONSTRAINT "JudgeAssignment_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JudgeAssignment" ADD CONSTRAINT "JudgeAssignment_judgeUserId_fkey" FOREIGN KEY ("judgeUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JudgeAssignment" ADD CONSTRAINT "JudgeAssignment_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JudgeAssignment" ADD CONSTRAINT "JudgeAssignment_excusedById_fkey" FOREIGN KEY ("excusedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JudgeRecusal" ADD CONSTRAINT "JudgeRecusal_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JudgeRecusal" ADD CONSTRAINT "JudgeRecusal_judgeUserId_fkey" FOREIGN KEY ("judgeUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Score" ADD CONSTRAINT "Score_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "JudgeAssignment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundResult" ADD CONSTRAINT "RoundResult_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundResult" ADD CONSTRAINT "RoundResult_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundResult" ADD CONSTRAINT "RoundResult_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TournamentDraw" ADD CONSTRAINT "TournamentDraw_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TournamentDraw" ADD CONSTRAINT "TournamentDraw_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TournamentDraw" ADD CONSTRAINT "TournamentDraw_drawnById_fkey" FOREIGN KEY ("drawnById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Match" ADD CONSTRAINT "Match_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Match" ADD CONSTRAINT "Match_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Match" ADD CONSTRAINT "Match_entrantAId_fkey" FOREIGN KEY ("entrantAId") REFERENCES "Registration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Match" ADD CONSTRAINT "Match_entrantBId_fkey" FOREIGN KEY ("entrantBId") REFERENCES "Registration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Match" ADD CONSTRAINT "Match_winnerId_fkey" FOREIGN KEY ("winnerId") REFERENCES "Registration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Match" ADD CONSTRAINT "Match_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Result" ADD CONSTRAINT "Result_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Result" ADD CONSTRAINT "Result_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Result" ADD CONSTRAINT "Result_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TieSeparation" ADD CONSTRAINT "TieSeparation_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TieSeparation" ADD CONSTRAINT "TieSeparation_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TieSeparation" ADD CONSTRAINT "TieSeparation_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicNotice" ADD CONSTRAINT "PublicNotice_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicNotice" ADD CONSTRAINT "PublicNotice_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicNotice" ADD CONSTRAINT "PublicNotice_withdrawnById_fkey" FOREIGN KEY ("withdrawnById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objection" ADD CONSTRAINT "Objection_publicNoticeId_fkey" FOREIGN KEY ("publicNoticeId") REFERENCES "PublicNotice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objection" ADD CONSTRAINT "Objection_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objection" ADD CONSTRAINT "Objection_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objection" ADD CONSTRAINT "Objection_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ballot" ADD CONSTRAINT "Ballot_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_ballotId_fkey" FOREIGN KEY ("ballotId") REFERENCES "Ballot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_voidedById_fkey" FOREIGN KEY ("voidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VotingPenalty" ADD CONSTRAINT "VotingPenalty_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VotingPenalty" ADD CONSTRAINT "VotingPenalty_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VotingPenalty" ADD CONSTRAINT "VotingPenalty_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_issuedById_fkey" FOREIGN KEY ("issuedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_objectionId_fkey" FOREIGN KEY ("objectionId") REFERENCES "Objection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_indicatorReportId_fkey" FOREIGN KEY ("indicatorReportId") REFERENCES "IndicatorReport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_recipientUserId_fkey" FOREIGN KEY ("recipientUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_recipientWorkerId_fkey" FOREIGN KEY ("recipientWorkerId") REFERENCES "Worker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorReport" ADD CONSTRAINT "IndicatorReport_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorReport" ADD CONSTRAINT "IndicatorReport_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorReport" ADD CONSTRAINT "IndicatorReport_filedById_fkey" FOREIGN KEY ("filedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

