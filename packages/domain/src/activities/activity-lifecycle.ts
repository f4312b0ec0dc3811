import { type CalendarDate, chinaDateOf, formatChineseDate, isCalendarDate } from "../china-time.ts";
import type { FieldError, Reason } from "../errors.ts";
import { finalizationBlockers, type PublicNoticeObjection, type PublicNoticePeriod } from "../public-notice/index.ts";
import type { Role } from "../roles.ts";
import { type ActivitySchedule, validateActivitySchedule } from "./activity-schedule.ts";
import { type ActivityState, activityStateLabels } from "./activity-state.ts";
import { type ActivityTransition, activityTransitionDefinitions } from "./activity-transitions.ts";

/**
 * Whether an activity may take a step, decided over a snapshot of facts the API gathers in one
 * read. A refusal lists every reason at once, so the organizer fixes everything in one pass; an
 * allowed step returns the audit record to store with it.
 *
 * Preconditions per step (besides who may act and the state it starts from):
 * - 开放报名: the configuration is valid; all four dates are set and in order; the registration
 *   deadline has not passed. Opening before the planned opening date is allowed: the date is a plan.
 * - 截止报名: after the deadline day; on or before it (closing early) only with a reason.
 * - 撤回为草稿: a reason, and no registration received.
 * - 开始评审: the configuration is (still) valid; no registration awaits review; at least one accepted.
 * - 重新开放报名: a reason, and the registration deadline has not passed (extend it first otherwise).
 * - 发布结果公示: at least one round, every round closed; no tie left that must be separated; the
 *   notice period can be computed (the holiday arrangement of its years is entered).
 * - 正式发布结果: the public notice's finalization blockers (period over, every objection resolved,
 *   re-reviews done); no tie left that must be separated (an upheld objection may have made one).
 * - 撤回公示、重新评审: a reason.
 */

/** Progress of one round of evaluation. */
export interface ActivityRoundProgress {
  /** The round's name as organizers see it, e.g. "实操". */
  name: string;
  closed: boolean;
  /**
   * While open, what keeps the round from closing: for a judged round, judging's
   * roundClosingBlockers (a judge who has neither submitted nor been excused with a reason …).
   */
  closingBlockers: readonly Reason[];
}

/**
 * A tie that must be separated before awards are final (results' findBlockingTies: "no shared
 * awards" and the tie straddles the end of an award range) and that the organizer has not separated.
 */
export interface ActivityUnseparatedTie {
  /** The ranking it is in, as people read it: category and award track, e.g. "钳工（市级）". */
  rankingName: string;
  /** The blocking tie's reason, e.g. BlockingTie.reason. */
  reason: Reason;
}

export interface ActivityLifecycleFacts {
  state: ActivityState;
  ownerDepartment: { code: string; name: string };
  /** The result of validateActivityConfiguration on the activity's current configuration. */
  configurationProblems: readonly FieldError[];
  schedule: ActivitySchedule;
  registrations: {
    /** Every registration or nomination received, in any state. */
    received: number;
    /** Still waiting at a step of the approval chain (places' isRegistrationAwaitingReview). */
    awaitingReview: number;
    /** Accepted and not withdrawn (已通过, 已确认). */
    accepted: number;
  };
  rounds: readonly ActivityRoundProgress[];
  unseparatedTies: readonly ActivityUnseparatedTie[];
  publicNotice: {
    /** The period computed when results were published for notice; null before. */
    period: PublicNoticePeriod | null;
    /** Every objection filed against the current notice. */
    objections: readonly PublicNoticeObjection[];
    /**
     * Why the period could not be computed if results were published now (computePublicNoticePeriod's
     * reasons, e.g. the year's holiday arrangement not entered); empty when it can.
     */
    periodProblems: readonly Reason[];
  };
}

/** Who asks; `departmentCode` is the department an organizer belongs to. */
export interface ActivityTransitionPerformer {
  userId: number;
  role: Role;
  departmentCode: string | null;
}

export interface ActivityTransitionRequest {
  transition: ActivityTransition;
  performer: ActivityTransitionPerformer;
  now: Date;
  reason?: string | null;
}

/** What is logged for every step taken: who, when, from, to, and the reason written. */
export interface ActivityTransitionAudit {
  transition: ActivityTransition;
  from: ActivityState;
  to: ActivityState;
  performedBy: number;
  performedAt: Date;
  reason: string | null;
}

export type ActivityTransitionDecision =
  | { allowed: true; audit: ActivityTransitionAudit }
  | { allowed: false; reasons: Reason[] };

/** The federation's admin, and the organizers of the department that owns the activity. */
export function mayPerformActivityTransition(
  performer: ActivityTransitionPerformer,
  ownerDepartmentCode: string,
): boolean {
  if (performer.role === "ADMIN") return true;
  return performer.role === "ORGANIZER" && performer.departmentCode === ownerDepartmentCode;
}

export function decideActivityTransition(
  request: ActivityTransitionRequest,
  facts: ActivityLifecycleFacts,
): ActivityTransitionDecision {
  const definition = activityTransitionDefinitions[request.transition];
  const reasons: Reason[] = [];
  if (!mayPerformActivityTransition(request.performer, facts.ownerDepartment.code)) {
    reasons.push({
      code: "ACTIVITY_NOT_OWNER",
      message: `只有承办部门（${facts.ownerDepartment.name}）的工作人员或系统管理员可以${definition.label}`,
    });
  }
  const writtenReason = request.reason?.trim() || null;
  if (facts.state !== definition.from) {
    // The other preconditions describe the step from its own starting state; checked from another
    // state they would only add noise, so the wrong state is reported alone (with the permission).
    reasons.push({
      code: "ACTIVITY_STATE_MISMATCH",
      message: `活动当前为“${activityStateLabels[facts.state]}”，不能${definition.label}（仅在“${activityStateLabels[definition.from]}”时可以）`,
    });
  } else {
    if (definition.reasonRequired === "ALWAYS" && writtenReason === null) {
      reasons.push({ code: "TRANSITION_REASON_REQUIRED", message: `${definition.label}须填写原因` });
    }
    reasons.push(...preconditionReasons(request.transition, facts, chinaDateOf(request.now), writtenReason));
  }
  if (reasons.length > 0) return { allowed: false, reasons };
  return {
    allowed: true,
    audit: {
      transition: request.transition,
      from: definition.from,
      to: definition.to,
      performedBy: request.performer.userId,
      performedAt: request.now,
      reason: writtenReason,
    },
  };
}

function preconditionReasons(
  transition: ActivityTransition,
  facts: ActivityLifecycleFacts,
  today: CalendarDate,
  writtenReason: string | null,
): Reason[] {
  switch (transition) {
    case "OPEN_REGISTRATION":
      return [
        ...configurationReasons(facts),
        ...validateActivitySchedule(facts.schedule, true).map(({ code, message }) => ({ code, message })),
        // A missing or malformed deadline is already reported by the schedule check.
        ...deadlinePassedReasons(facts.schedule, today, "请先调整报名截止日期", false),
      ];
    case "CLOSE_REGISTRATION":
      return closeRegistrationReasons(facts.schedule, today, writtenReason);
    case "WITHDRAW_TO_DRAFT":
      return facts.registrations.received > 0
        ? [
            {
              code: "REGISTRATIONS_RECEIVED",
              message: `已收到 ${facts.registrations.received} 份报名，不能撤回为草稿`,
            },
          ]
        : [];
    case "START_JUDGING":
      return [...configurationReasons(facts), ...registrationReviewReasons(facts)];
    case "REOPEN_REGISTRATION":
      return deadlinePassedReasons(facts.schedule, today, "如需重新开放报名，请先延长报名截止日期", true);
    case "PUBLISH_FOR_NOTICE":
      return [
        ...roundReasons(facts.rounds),
        ...tieReasons(facts.unseparatedTies),
        ...facts.publicNotice.periodProblems,
      ];
    case "PUBLISH_FINAL":
      // An upheld objection may have changed the ranking, so the ties are looked at again.
      return [
        ...finalizationBlockers({
          period: facts.publicNotice.period,
          today,
          objections: facts.publicNotice.objections,
        }),
        ...tieReasons(facts.unseparatedTies),
      ];
    case "WITHDRAW_NOTICE":
      return [];
  }
}

function configurationReasons(facts: ActivityLifecycleFacts): Reason[] {
  const problems = facts.configurationProblems;
  if (problems.length === 0) return [];
  return [
    {
      code: "ACTIVITY_CONFIGURATION_INVALID",
      message: `活动设置有 ${problems.length} 处问题，请先修改：${problems.map((problem) => problem.message).join("；")}`,
    },
  ];
}

/** The registration deadline when it is set to a real date. */
function registrationDeadline(schedule: ActivitySchedule): CalendarDate | null {
  const deadline = schedule.registrationClosesOn;
  return deadline !== null && isCalendarDate(deadline) ? deadline : null;
}

function deadlinePassedReasons(
  schedule: ActivitySchedule,
  today: CalendarDate,
  advice: string,
  reportMissing: boolean,
): Reason[] {
  const deadline = registrationDeadline(schedule);
  if (deadline === null) {
    return reportMissing
      ? [{ code: "REGISTRATION_DEADLINE_MISSING", message: "未设置有效的报名截止日期，请先设置报名截止日期" }]
      : [];
  }
  return today > deadline
    ? [
        {
          code: "REGISTRATION_DEADLINE_PASSED",
          message: `报名截止日期（${formatChineseDate(deadline)}）已过，${advice}`,
        },
      ]
    : [];
}

function closeRegistrationReasons(
  schedule: ActivitySchedule,
  today: CalendarDate,
  writtenReason: string | null,
): Reason[] {
  const deadline = registrationDeadline(schedule);
  // Registrations are accepted through the deadline day, so closing on that day is still early.
  const early = deadline === null || today <= deadline;
  if (!early || writtenReason !== null) return [];
  return [
    {
      code: "EARLY_CLOSE_REASON_REQUIRED",
      message:
        deadline === null
          ? "未设置报名截止日期，截止报名须填写原因"
          : `报名截止日期（${formatChineseDate(deadline)}）尚未过，提前截止报名须填写原因`,
    },
  ];
}

function registrationReviewReasons(facts: ActivityLifecycleFacts): Reason[] {
  const reasons: Reason[] = [];
  const { awaitingReview, accepted } = facts.registrations;
  if (awaitingReview > 0) {
    reasons.push({
      code: "REGISTRATIONS_AWAITING_REVIEW",
      message: `还有 ${awaitingReview} 份报名尚未审核完毕，须全部审核后才能开始评审`,
    });
  }
  if (accepted === 0) {
    reasons.push({ code: "NO_ACCEPTED_REGISTRATIONS", message: "没有审核通过的报名，无法开始评审" });
  }
  return reasons;
}

function roundReasons(rounds: readonly ActivityRoundProgress[]): Reason[] {
  if (rounds.length === 0) return [{ code: "NO_ROUNDS", message: "活动没有设置评审轮次" }];
  return rounds.flatMap((round, index) => {
    if (round.closed) return [];
    const blockers = round.closingBlockers;
    const detail =
      blockers.length > 0 ? `：${blockers.map((blocker) => blocker.message).join("；")}` : "，请先结束该轮评审";
    return [{ code: "ROUND_NOT_CLOSED", message: `第 ${index + 1} 轮“${round.name}”尚未结束${detail}` }];
  });
}

function tieReasons(ties: readonly ActivityUnseparatedTie[]): Reason[] {
  return ties.map((tie) => ({ code: tie.reason.code, message: `“${tie.rankingName}”：${tie.reason.message}` }));
}
