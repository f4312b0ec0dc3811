-- CreateTable
CREATE TABLE "WorkerHonour" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "workerId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "awardedYear" INTEGER,
    "activityId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "WorkerHonour_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "Worker" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "WorkerHonour_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SafetyAccident" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "organizationId" INTEGER NOT NULL,
    "occurredOn" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SafetyAccident_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'DRAFT',
    "departmentId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "configuration" JSONB NOT NULL,
    "registrationOpensOn" TEXT,
    "registrationClosesOn" TEXT,
    "judgingEndsOn" TEXT,
    "completedBy" TEXT,
    "deadlinePhrase" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "stateChangedAt" DATETIME,
    "createdById" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Activity_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Activity_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Category" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "activityId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "entrantType" TEXT NOT NULL,
    "capacity" INTEGER,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Category_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Round" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "activityId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "weight" TEXT NOT NULL,
    "maxResult" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "opensAt" DATETIME,
    "closesAt" DATETIME,
    "closedAt" DATETIME,
    "closedById" INTEGER,
    CONSTRAINT "Round_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Round_closedById_fkey" FOREIGN KEY ("closedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Criterion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "roundId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "max" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Criterion_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RoundJudge" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "roundId" INTEGER NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "judgeUserId" INTEGER NOT NULL,
    CONSTRAINT "RoundJudge_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RoundJudge_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RoundJudge_judgeUserId_fkey" FOREIGN KEY ("judgeUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Registration" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "activityId" INTEGER NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "entrantType" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "name" TEXT,
    "organizationId" INTEGER NOT NULL,
    "quotaId" INTEGER,
    "registeredAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
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
    "stateChangedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Registration_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Registration_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Registration_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Registration_quotaId_fkey" FOREIGN KEY ("quotaId") REFERENCES "Quota" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Registration_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RegistrationMember" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "registrationId" INTEGER NOT NULL,
    "workerId" INTEGER NOT NULL,
    "isLeader" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "liveKey" TEXT,
    CONSTRAINT "RegistrationMember_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RegistrationMember_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "Worker" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Approval" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "registrationId" INTEGER NOT NULL,
    "submission" INTEGER NOT NULL,
    "level" TEXT,
    "action" TEXT NOT NULL,
    "actorUserId" INTEGER NOT NULL,
    "actorRole" TEXT NOT NULL,
    "fromState" TEXT NOT NULL,
    "toState" TEXT NOT NULL,
    "reason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Approval_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Approval_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Quota" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "activityId" INTEGER NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "weight" TEXT NOT NULL,
    "minimumPlaces" INTEGER NOT NULL DEFAULT 0,
    "allocatedPlaces" INTEGER NOT NULL,
    "extraPlaces" INTEGER NOT NULL DEFAULT 0,
    "overrideReason" TEXT,
    "overrideById" INTEGER,
    "overrideAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Quota_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Quota_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Quota_overrideById_fkey" FOREIGN KEY ("overrideById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CompositionOverride" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "activityId" INTEGER NOT NULL,
    "organizationId" INTEGER,
    "limitKey" TEXT NOT NULL,
    "acceptedCount" INTEGER NOT NULL,
    "acceptedListSize" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "grantedById" INTEGER NOT NULL,
    "grantedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CompositionOverride_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CompositionOverride_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CompositionOverride_grantedById_fkey" FOREIGN KEY ("grantedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "JudgeAssignment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "roundId" INTEGER NOT NULL,
    "registrationId" INTEGER NOT NULL,
    "judgeUserId" INTEGER NOT NULL,
    "assignedById" INTEGER NOT NULL,
    "assignedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "excusedAt" DATETIME,
    "excuseReason" TEXT,
    "excusedById" INTEGER,
    CONSTRAINT "JudgeAssignment_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "JudgeAssignment_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "JudgeAssignment_judgeUserId_fkey" FOREIGN KEY ("judgeUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "JudgeAssignment_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "JudgeAssignment_excusedById_fkey" FOREIGN KEY ("excusedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "JudgeRecusal" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "registrationId" INTEGER NOT NULL,
    "judgeUserId" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "declaredAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "JudgeRecusal_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "JudgeRecusal_judgeUserId_fkey" FOREIGN KEY ("judgeUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Score" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "assignmentId" INTEGER NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'DRAFT',
    "criterionScores" JSONB NOT NULL,
    "total" TEXT,
    "submittedAt" DATETIME,
    "lockedAt" DATETIME,
    "idempotencyKey" TEXT,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Score_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "JudgeAssignment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RoundResult" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "roundId" INTEGER NOT NULL,
    "registrationId" INTEGER NOT NULL,
    "result" TEXT NOT NULL,
    "untrimmedMean" TEXT,
    "details" JSONB,
    "recordedById" INTEGER NOT NULL,
    "recordedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RoundResult_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "RoundResult_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "RoundResult_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TournamentDraw" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "roundId" INTEGER NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "draw" JSONB NOT NULL,
    "drawnById" INTEGER NOT NULL,
    "drawnAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TournamentDraw_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TournamentDraw_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TournamentDraw_drawnById_fkey" FOREIGN KEY ("drawnById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Match" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "roundId" INTEGER NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "stage" TEXT NOT NULL,
    "slot" TEXT NOT NULL,
    "entrantAId" INTEGER,
    "entrantBId" INTEGER,
    "games" JSONB,
    "winnerId" INTEGER,
    "recordedById" INTEGER,
    "recordedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Match_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Match_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Match_entrantAId_fkey" FOREIGN KEY ("entrantAId") REFERENCES "Registration" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Match_entrantBId_fkey" FOREIGN KEY ("entrantBId") REFERENCES "Registration" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Match_winnerId_fkey" FOREIGN KEY ("winnerId") REFERENCES "Registration" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Match_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Result" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
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
    "computedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Result_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Result_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Result_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TieSeparation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "activityId" INTEGER NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "trackKey" TEXT NOT NULL,
    "place" INTEGER NOT NULL,
    "orderedEntryIds" JSONB NOT NULL,
    "reason" TEXT NOT NULL,
    "decidedById" INTEGER NOT NULL,
    "decidedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TieSeparation_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TieSeparation_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TieSeparation_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PublicNotice" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "activityId" INTEGER NOT NULL,
    "currentForActivityId" INTEGER,
    "publishedAt" DATETIME NOT NULL,
    "publishedOn" TEXT NOT NULL,
    "workingDays" INTEGER NOT NULL,
    "firstDay" TEXT NOT NULL,
    "endDate" TEXT NOT NULL,
    "workingDates" JSONB NOT NULL,
    "publishedById" INTEGER NOT NULL,
    "withdrawnAt" DATETIME,
    "withdrawalReason" TEXT,
    "withdrawnById" INTEGER,
    CONSTRAINT "PublicNotice_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PublicNotice_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PublicNotice_withdrawnById_fkey" FOREIGN KEY ("withdrawnById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Objection" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "publicNoticeId" INTEGER NOT NULL,
    "activityId" INTEGER NOT NULL,
    "registrationId" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "contactName" TEXT NOT NULL,
    "contactPhone" TEXT,
    "otherContact" TEXT,
    "filedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "filedOn" TEXT NOT NULL,
    "late" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "upheldAction" TEXT,
    "resolution" TEXT,
    "resolvedById" INTEGER,
    "resolvedAt" DATETIME,
    "reReviewCompletedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Objection_publicNoticeId_fkey" FOREIGN KEY ("publicNoticeId") REFERENCES "PublicNotice" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Objection_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Objection_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Objection_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Ballot" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "roundId" INTEGER NOT NULL,
    "voterKey" TEXT NOT NULL,
    "ipAddress" TEXT NOT NULL,
    "castAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "votingDay" TEXT NOT NULL,
    "voterSequence" INTEGER NOT NULL,
    "ipSequence" INTEGER NOT NULL,
    "idempotencyKey" TEXT,
    CONSTRAINT "Ballot_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Vote" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ballotId" INTEGER NOT NULL,
    "roundId" INTEGER NOT NULL,
    "registrationId" INTEGER NOT NULL,
    "voidedAt" DATETIME,
    "voidReason" TEXT,
    "voidedById" INTEGER,
    CONSTRAINT "Vote_ballotId_fkey" FOREIGN KEY ("ballotId") REFERENCES "Ballot" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Vote_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Vote_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Vote_voidedById_fkey" FOREIGN KEY ("voidedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "VotingPenalty" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "roundId" INTEGER NOT NULL,
    "registrationId" INTEGER NOT NULL,
    "fromLevel" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "voidedVoteIds" JSONB,
    "decidedById" INTEGER NOT NULL,
    "decidedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "VotingPenalty_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "VotingPenalty_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "VotingPenalty_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Certificate" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "activityId" INTEGER NOT NULL,
    "registrationId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "levelKey" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "data" JSONB NOT NULL,
    "issuedOn" TEXT NOT NULL,
    "issuedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "issuedById" INTEGER NOT NULL,
    CONSTRAINT "Certificate_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Certificate_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Certificate_issuedById_fkey" FOREIGN KEY ("issuedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Holiday" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "date" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "registrationId" INTEGER,
    "objectionId" INTEGER,
    "indicatorReportId" INTEGER,
    "uploadedById" INTEGER,
    "uploadedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Attachment_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Attachment_objectionId_fkey" FOREIGN KEY ("objectionId") REFERENCES "Objection" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Attachment_indicatorReportId_fkey" FOREIGN KEY ("indicatorReportId") REFERENCES "IndicatorReport" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Attachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "recipientUserId" INTEGER,
    "recipientWorkerId" INTEGER,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "activityId" INTEGER,
    "registrationId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" DATETIME,
    "smsSentAt" DATETIME,
    CONSTRAINT "Notification_recipientUserId_fkey" FOREIGN KEY ("recipientUserId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Notification_recipientWorkerId_fkey" FOREIGN KEY ("recipientWorkerId") REFERENCES "Worker" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Notification_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Notification_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IndicatorReport" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "activityId" INTEGER NOT NULL,
    "registrationId" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "values" JSONB NOT NULL,
    "filedById" INTEGER NOT NULL,
    "filedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "IndicatorReport_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "IndicatorReport_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "IndicatorReport_filedById_fkey" FOREIGN KEY ("filedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorUserId" INTEGER,
    "actorRole" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" INTEGER,
    "activityId" INTEGER,
    "before" JSONB,
    "after" JSONB,
    "reason" TEXT,
    CONSTRAINT "AuditEntry_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
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

