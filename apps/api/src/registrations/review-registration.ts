import type { Prisma } from "@jinzhou/db";
import {
  type ActivityConfiguration,
  type ApprovalStepRecord,
  DomainError,
  decideRegistrationReview,
  idsOnPath,
  missingAttachmentsReason,
  type RegistrationActor,
  type RegistrationReviewCommand,
  type RegistrationReviewDecision,
  type RegistrationState,
  type ReviewedRegistration,
} from "@jinzhou/domain";
import { activityPerformerOf } from "../activities/activity-access.ts";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { notifyReviewDecision } from "../notifications/registration-notifications.ts";
import { requireActor } from "../organizations/organization-scope.ts";
import { lockCategory, placingTransactionOptions, settleCategory } from "./place-category.ts";
import { registrantWorkerIdOf } from "./registrant.ts";
import { findVisibleRegistration } from "./registration-scope.ts";
import { staleRegistrationMessage } from "./withdraw-registration.ts";

export type ReviewAction = "APPROVE" | "RETURN" | "REJECT";

/** The states that hold or wait for a place: leaving one of them frees a place to settle. */
const placedStates: RegistrationState[] = ["APPROVED", "WAITLISTED", "CONFIRMED"];

/** Review results stop changing once the activity has moved on to judging. */
const reviewOpenStates = ["REGISTRATION_OPEN", "REGISTRATION_CLOSED"];

const auditActions = {
  APPROVE: "REGISTRATION_APPROVE",
  RETURN: "REGISTRATION_RETURN",
  REJECT: "REGISTRATION_REJECT",
  RESUBMIT: "REGISTRATION_RESUBMIT",
} as const;

/**
 * A reviewer approves, returns or rejects a registration at the level it waits at (the domain
 * decides who may); the registrant resubmits a returned one. Everything is written in one
 * transaction: the registration (with `version` guarding against a concurrent decision), the
 * Approval row and the audit entry. When the last level approves, the registration is placed
 * (已确认 or 候补) under the category's lock, taken first as in every placing transaction; when a
 * placed registration is rejected the freed place goes to the waiting list the same way.
 */
export async function reviewRegistration(
  context: Context,
  id: number,
  action: ReviewAction,
  reason: string | null,
  version: number | null,
): Promise<{ id: number }> {
  const command: RegistrationReviewCommand =
    action === "APPROVE" ? { kind: "APPROVE", comment: reason } : { kind: action, reason: reason ?? "" };
  return decideAndWrite(context, id, command, version);
}

/** The registrant (or a unit admin above them) sends a returned registration back to the chain's first level. */
export async function resubmitRegistration(
  context: Context,
  id: number,
  note: string | null,
  version: number | null,
): Promise<{ id: number }> {
  return decideAndWrite(context, id, { kind: "RESUBMIT", note }, version);
}

async function decideAndWrite(
  context: Context,
  id: number,
  command: RegistrationReviewCommand,
  version: number | null,
): Promise<{ id: number }> {
  const actor = requireActor(context);
  const visible = await findVisibleRegistration(context, id);
  if (version !== null && version !== visible.version) throw stale();
  const { departmentCode } = await activityPerformerOf(context);
  const reviewer: RegistrationActor = { ...actor, departmentCode };
  const activity = visible.activity;
  const configuration = activity.configuration as unknown as ActivityConfiguration;
  const countyOrIndustryPath = await countyOrIndustryPathOf(context, visible.organization.path);
  const reviewContext = {
    chain: configuration.approvalChain,
    ownerDepartment: { code: activity.department.code, name: activity.department.name },
    reviewOpen: reviewOpenStates.includes(activity.state),
  };
  const decide = (registration: ReviewedRegistration) =>
    refusedUnlessOk(decideRegistrationReview(registration, command, reviewer, reviewContext), command);

  // Decided once on what was read, to know whether the category's lock is needed; decided again
  // inside the transaction on what is there now.
  const preview = decide(await reviewed(context.prisma, visible, countyOrIndustryPath));
  if (command.kind === "APPROVE") {
    // A declaration that must carry documents (an innovation project's report) is approved only with them.
    const attached = await context.prisma.attachment.count({ where: { registrationId: id } });
    const missing = missingAttachmentsReason(configuration.attachments ?? null, attached);
    if (missing) {
      throw new DomainError(
        "REVIEW_REFUSED",
        [{ field: "attachments", code: missing.code, message: missing.message }],
        `不能审核通过：${missing.message}`,
      );
    }
  }
  const places = (state: RegistrationState) => placedStates.includes(state);
  const placing = places(preview.audit.after) || places(preview.audit.before);

  return context.prisma.$transaction(async (tx) => {
    const category = placing ? await lockCategory(tx, visible.categoryId) : null;
    const current = await tx.registration.findUnique({
      where: { id },
      include: {
        members: { select: { workerId: true, isLeader: true }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] },
      },
    });
    if (!current || current.version !== visible.version) throw stale();
    const decision = decide(
      await reviewed(tx, { ...current, organization: visible.organization }, countyOrIndustryPath),
    );
    const { audit, registration: after } = decision;
    if ((places(audit.after) || places(audit.before)) && !category) throw stale();

    const now = new Date();
    const resubmitted = command.kind === "RESUBMIT";
    const submission = resubmitted ? current.submission + 1 : current.submission;
    const { count } = await tx.registration.updateMany({
      where: { id, version: current.version, state: audit.before },
      data: {
        state: audit.after,
        stateChangedAt: now,
        submission,
        returnReason: after.returnReason,
        rejectionReason: after.rejectionReason,
        ...(audit.after === "REJECTED" ? { liveKey: null } : {}),
        version: { increment: 1 },
      },
    });
    if (count === 0) throw stale();
    if (audit.after === "REJECTED") {
      // The worker may register again.
      await tx.registrationMember.updateMany({ where: { registrationId: id }, data: { liveKey: null } });
    }
    await tx.approval.create({
      data: {
        registrationId: id,
        submission,
        level: audit.level,
        action: audit.action,
        actorUserId: actor.userId,
        actorRole: actor.role,
        fromState: audit.before,
        toState: audit.after,
        reason: audit.reason,
      },
    });
    let final = audit.after;
    if (category) {
      const changes = await settleCategory(tx, context, category, id);
      final = changes.find((change) => change.registrationId === id)?.after ?? final;
    }
    await recordAuditEntry(tx, context.actor, {
      action: auditActions[audit.action],
      entityType: "Registration",
      entityId: id,
      activityId: activity.id,
      before: { state: audit.before, submission: current.submission },
      after: { state: final, submission, ...(audit.level ? { level: audit.level } : {}) },
      reason: audit.reason,
    });
    await notifyReviewDecision(tx, {
      registrationId: id,
      action: audit.action,
      state: final,
      reason: audit.reason,
      actorUserId: actor.userId,
    });
    return { id };
  }, placingTransactionOptions);
}

/** The registration as the domain reviews it, with the approvals given in its current submission. */
async function reviewed(
  db: Pick<Prisma.TransactionClient, "approval">,
  registration: {
    id: number;
    state: RegistrationState;
    submission: number;
    returnReason: string | null;
    rejectionReason: string | null;
    organization: { path: string };
    members: { workerId: number; isLeader: boolean }[];
  },
  countyOrIndustryPath: string | null,
): Promise<ReviewedRegistration> {
  const approvals = await db.approval.findMany({
    where: { registrationId: registration.id, submission: registration.submission, action: "APPROVE" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { level: true, actorUserId: true },
  });
  return {
    id: registration.id,
    state: registration.state,
    workerId: registrantWorkerIdOf(registration.members),
    unitPath: registration.organization.path,
    countyOrIndustryPath,
    returnReason: registration.returnReason,
    rejectionReason: registration.rejectionReason,
    approvals: approvals.flatMap((row): ApprovalStepRecord[] =>
      row.level === null ? [] : [{ level: row.level, userId: row.actorUserId }],
    ),
  };
}

/** The nearest county federation or industry union above the unit, or null under the city federation directly. */
async function countyOrIndustryPathOf(context: Context, unitPath: string): Promise<string | null> {
  const above = await context.prisma.organization.findMany({
    where: { id: { in: idsOnPath(unitPath) }, kind: { in: ["COUNTY_FEDERATION", "INDUSTRY_UNION"] } },
    select: { path: true },
  });
  return above.map((row) => row.path).sort((a, b) => b.length - a.length)[0] ?? null;
}

function refusedUnlessOk(decision: RegistrationReviewDecision, command: RegistrationReviewCommand) {
  if (decision.ok) return decision;
  const field = command.kind === "RESUBMIT" ? "note" : "reason";
  const what = command.kind === "RESUBMIT" ? "不能重新提交这份报名" : "不能审核这份报名";
  throw new DomainError(
    "REVIEW_REFUSED",
    decision.reasons.map(({ code, message }) => ({ field, code, message })),
    `${what}：${decision.reasons.map((refusal) => refusal.message).join("；")}`,
  );
}

function stale(): DomainError {
  return new DomainError("STALE_VERSION", [], staleRegistrationMessage);
}
