import type { Reason } from "../errors.ts";
import { isWithinSubtree } from "../organization-tree.ts";
import type { RegistrationActor, RegistrationOwnerDepartment } from "../places/registration.ts";
import {
  isLiveRegistrationState,
  type RegistrationState,
  registrationStateLabels,
} from "../places/registration-state.ts";
import { type ApprovalRegistrant, approvalAuthorityReasons } from "./approval-authority.ts";
import {
  type ApprovalChain,
  type ApprovalLevel,
  approvalLevelLabels,
  approvalLevelOfState,
  approvalLevels,
  approvalLevelsFor,
  approvalPendingState,
} from "./approval-chain.ts";

/**
 * One decision on a registration in the approval chain, with the facts to audit. At the level it
 * waits at, an entitled reviewer:
 * - approves (同意): on to the next level, or 已通过 after the last;
 * - returns it (退回) with a reason saying what to fix: 已退回; the registrant (the worker, or a unit
 *   admin above their unit for enrolments and nominations) fixes it and resubmits, and it starts
 *   again at the first level, every earlier approval void, because what they approved has changed;
 * - rejects it (未通过) with a reason: final.
 * Nobody approves two levels of the same pass: a chain of three approvals by one person would be a
 * chain of one. Returning and rejecting make the chain stricter and are not limited that way.
 * Once the chain has said yes, or while the registrant has not resubmitted, the organizer of the
 * owning department may still reject it with a reason (found ineligible when promoted from the
 * waiting list, a return never fixed); the freed place is then settled by the places module.
 */

/** An approval given in the current pass (since the last submission). */
export interface ApprovalStepRecord {
  level: ApprovalLevel;
  userId: number;
}

export interface ReviewedRegistration extends ApprovalRegistrant {
  id: number;
  state: RegistrationState;
  /** 退回原因 of the last return; cleared on resubmission. */
  returnReason: string | null;
  /** Why it did not pass (未通过). */
  rejectionReason: string | null;
  /** Approvals since the last submission, in chain order. */
  approvals: readonly ApprovalStepRecord[];
}

export type RegistrationReviewCommand =
  | { kind: "APPROVE"; comment?: string | null }
  | { kind: "RETURN"; reason: string }
  | { kind: "REJECT"; reason: string }
  | { kind: "RESUBMIT"; note?: string | null };

export type RegistrationReviewAction = RegistrationReviewCommand["kind"];

export const registrationReviewActionLabels: Record<RegistrationReviewAction, string> = {
  APPROVE: "同意",
  RETURN: "退回",
  REJECT: "不通过",
  RESUBMIT: "修改后重新提交",
};

export interface RegistrationReviewContext {
  chain: ApprovalChain;
  ownerDepartment: RegistrationOwnerDepartment;
  /** False once the activity has moved on to judging: review results no longer change. */
  reviewOpen: boolean;
}

/** What is logged for every decision: who, at which level, from which state to which, and why. */
export interface RegistrationReviewAudit {
  registrationId: number;
  action: RegistrationReviewAction;
  /** The level decided at; null for a resubmission. */
  level: ApprovalLevel | null;
  actorUserId: number;
  actorRole: RegistrationActor["role"];
  before: RegistrationState;
  after: RegistrationState;
  /** 退回原因, the reason for 未通过, an approver's comment or the resubmission note. */
  reason: string | null;
}

export type RegistrationReviewDecision =
  | { ok: true; registration: ReviewedRegistration; audit: RegistrationReviewAudit }
  | { ok: false; reasons: Reason[] };

export const registrationReviewReasonMaxLength = 500;

export function decideRegistrationReview(
  registration: ReviewedRegistration,
  command: RegistrationReviewCommand,
  actor: RegistrationActor,
  context: RegistrationReviewContext,
): RegistrationReviewDecision {
  const reasons: Reason[] = [];
  if (!context.reviewOpen) {
    reasons.push({ code: "REVIEW_CLOSED", message: "报名审核已结束，审核结果不能再更改" });
  }
  const text = (
    command.kind === "APPROVE" ? command.comment : command.kind === "RESUBMIT" ? command.note : command.reason
  )?.trim();
  const reason = text ? text : null;
  if (reason !== null && reason.length > registrationReviewReasonMaxLength) {
    reasons.push({ code: "TOO_LONG", message: `填写的原因或意见不能超过 ${registrationReviewReasonMaxLength} 个字` });
  }
  if (command.kind === "RETURN" && reason === null) {
    reasons.push({ code: "RETURN_REASON_REQUIRED", message: "退回须填写退回原因，写明需要修改或补充什么" });
  }
  if (command.kind === "REJECT" && reason === null) {
    reasons.push({ code: "REJECTION_REASON_REQUIRED", message: "不通过须填写原因" });
  }

  if (command.kind === "RESUBMIT") {
    reasons.push(...resubmissionReasons(registration, actor));
    if (reasons.length > 0) return { ok: false, reasons };
    const state = approvalPendingState(approvalLevelsFor(context.chain, registration)[0] as ApprovalLevel);
    const after = { ...registration, state, returnReason: null, approvals: [] };
    return { ok: true, registration: after, audit: audit(registration, after, command, null, actor, reason) };
  }

  const pendingLevel = approvalLevelOfState(registration.state);
  const organizerAfterChain =
    pendingLevel === null && command.kind === "REJECT" && isLiveRegistrationState(registration.state);
  const level: ApprovalLevel | null = organizerAfterChain ? "ORGANIZER" : pendingLevel;
  if (level === null) {
    reasons.push({
      code: "REGISTRATION_NOT_AWAITING_REVIEW",
      message: `这份报名当前为“${registrationStateLabels[registration.state]}”，不在审核中`,
    });
    return { ok: false, reasons };
  }
  reasons.push(...approvalAuthorityReasons(actor, level, registration, context.ownerDepartment));
  const earlier = registration.approvals.find((approval) => approval.userId === actor.userId);
  if (command.kind === "APPROVE" && earlier !== undefined) {
    reasons.push({
      code: "SAME_REVIEWER_TWO_LEVELS",
      message: `您已在${approvalLevelLabels[earlier.level]}中同意了这份报名，同一人不能审核通过两级，请由其他人员进行${approvalLevelLabels[level]}`,
    });
  }
  if (reasons.length > 0) return { ok: false, reasons };

  let after: ReviewedRegistration;
  if (command.kind === "APPROVE") {
    const levels = approvalLevelsFor(context.chain, registration);
    const next = levels.find((candidate) => approvalLevels.indexOf(candidate) > approvalLevels.indexOf(level));
    after = {
      ...registration,
      state: next === undefined ? "APPROVED" : approvalPendingState(next),
      approvals: [...registration.approvals, { level, userId: actor.userId }],
    };
  } else if (command.kind === "RETURN") {
    after = { ...registration, state: "RETURNED", returnReason: reason, approvals: [] };
  } else {
    after = { ...registration, state: "REJECTED", rejectionReason: reason };
  }
  return { ok: true, registration: after, audit: audit(registration, after, command, level, actor, reason) };
}

function resubmissionReasons(registration: ReviewedRegistration, actor: RegistrationActor): Reason[] {
  const reasons: Reason[] = [];
  if (registration.state !== "RETURNED") {
    reasons.push({
      code: "REGISTRATION_NOT_RETURNED",
      message: `只有已退回的报名可以修改后重新提交，这份报名当前为“${registrationStateLabels[registration.state]}”`,
    });
  }
  const registrant = actor.role === "WORKER" && actor.workerId !== null && actor.workerId === registration.workerId;
  const unitAdmin = actor.role === "UNIT_ADMIN" && isWithinSubtree(registration.unitPath, actor.scopePath);
  if (!registrant && !unitAdmin) {
    reasons.push({
      code: "RESUBMISSION_NOT_ALLOWED",
      message: "只有报名人本人或其所在单位的单位管理员可以修改后重新提交",
    });
  }
  return reasons;
}

function audit(
  before: ReviewedRegistration,
  after: ReviewedRegistration,
  command: RegistrationReviewCommand,
  level: ApprovalLevel | null,
  actor: RegistrationActor,
  reason: string | null,
): RegistrationReviewAudit {
  return {
    registrationId: before.id,
    action: command.kind,
    level,
    actorUserId: actor.userId,
    actorRole: actor.role,
    before: before.state,
    after: after.state,
    reason,
  };
}
