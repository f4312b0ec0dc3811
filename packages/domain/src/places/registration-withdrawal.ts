import { type CalendarDate, formatChineseDate, isCalendarDate } from "../china-time.ts";
import type { Reason } from "../errors.ts";
import { isWithinSubtree } from "../organization-tree.ts";
import type { Role } from "../roles.ts";
import { type CategoryPlaces, type CategoryPlacesOptions, settleCategoryPlaces } from "./category-places.ts";
import {
  compareRegistrationOrder,
  type Registration,
  type RegistrationActor,
  type RegistrationOwnerDepartment,
} from "./registration.ts";
import { isLiveRegistrationState, type RegistrationState } from "./registration-state.ts";

/**
 * Withdrawing a registration (已撤销). Through the registration deadline day the registrant's side
 * withdraws without giving a reason: the worker themselves, or a unit admin above the registrant's
 * unit (units enrol and nominate their workers). After the deadline the list is what the contest is
 * being prepared with, so only the owning department's organizer withdraws, with a reason (an
 * entrant who cannot attend, an upheld objection). The place freed goes to the waiting list at
 * once. The federation admin sets the system up and does not act on registrations.
 */

export const registrationWithdrawalReasonMaxLength = 500;

export interface RegistrationWithdrawalRequest {
  registrationId: number;
  actor: RegistrationActor;
  reason?: string | null;
  /** Today in China time. */
  today: CalendarDate;
}

export interface RegistrationWithdrawalContext {
  /** 报名截止日期, inclusive; null when not set (registration is then still open). */
  registrationClosesOn: CalendarDate | null;
  ownerDepartment: RegistrationOwnerDepartment;
  /**
   * The category's places, or null when the activity does not count places (nominations): then
   * nothing is settled and approved registrations stay 已通过.
   */
  places: ({ capacity: number | null } & CategoryPlacesOptions) | null;
}

export interface RegistrationWithdrawalAudit {
  registrationId: number;
  action: "WITHDRAW";
  actorUserId: number;
  actorRole: Role;
  before: RegistrationState;
  after: "WITHDRAWN";
  reason: string | null;
  afterDeadline: boolean;
}

export type RegistrationWithdrawal<R extends Registration> =
  | {
      ok: true;
      audit: RegistrationWithdrawalAudit;
      /** The category's registrations after the withdrawal (and any promotion), in registration order. */
      registrations: R[];
      /** The promotions the freed place caused; the withdrawal itself is in `audit`. */
      placeChanges: CategoryPlaces<R>["changes"];
      places: CategoryPlaces<R> | null;
    }
  | { ok: false; reasons: Reason[] };

export function withdrawRegistration<R extends Registration>(
  categoryRegistrations: readonly R[],
  request: RegistrationWithdrawalRequest,
  context: RegistrationWithdrawalContext,
): RegistrationWithdrawal<R> {
  if (!isCalendarDate(request.today)) throw new RangeError(`today is not a calendar date: ${request.today}`);
  const registration = categoryRegistrations.find((candidate) => candidate.id === request.registrationId);
  if (registration === undefined) throw new RangeError(`registration ${request.registrationId} is not in the list`);

  const { actor } = request;
  const reasons: Reason[] = [];
  const deadline = context.registrationClosesOn;
  const afterDeadline = deadline !== null && request.today > deadline;
  const organizer = actor.role === "ORGANIZER" && actor.departmentCode === context.ownerDepartment.code;
  const registrantSide =
    (actor.role === "WORKER" && actor.workerId !== null && actor.workerId === registration.workerId) ||
    (actor.role === "UNIT_ADMIN" && isWithinSubtree(registration.unitPath, actor.scopePath));
  const reason = request.reason?.trim() || null;

  if (registration.state === "WITHDRAWN") {
    reasons.push({ code: "REGISTRATION_ALREADY_WITHDRAWN", message: "这份报名已经撤销" });
  } else if (!isLiveRegistrationState(registration.state)) {
    reasons.push({ code: "REGISTRATION_NOT_WITHDRAWABLE", message: "这份报名未通过审核，无需撤销" });
  }
  if (organizer) {
    if (reason === null) {
      reasons.push({ code: "WITHDRAWAL_REASON_REQUIRED", message: "主办部门撤销报名须填写撤销原因" });
    }
  } else if (!registrantSide) {
    reasons.push({
      code: "WITHDRAWAL_NOT_ALLOWED",
      message: `只有报名人本人、其所在单位的单位管理员或主办部门（${context.ownerDepartment.name}）可以撤销这份报名`,
    });
  } else if (afterDeadline && deadline !== null) {
    reasons.push({
      code: "WITHDRAWAL_DEADLINE_PASSED",
      message: `报名截止日期（${formatChineseDate(deadline)}）已过，不能自行撤销报名；如需退出，请联系主办部门（${context.ownerDepartment.name}）`,
    });
  }
  if (reason !== null && reason.length > registrationWithdrawalReasonMaxLength) {
    reasons.push({
      code: "TOO_LONG",
      message: `撤销原因不能超过 ${registrationWithdrawalReasonMaxLength} 个字`,
    });
  }
  if (reasons.length > 0) return { ok: false, reasons };

  const withdrawn = categoryRegistrations.map((candidate) =>
    candidate.id === registration.id ? { ...candidate, state: "WITHDRAWN" as const } : candidate,
  );
  const audit: RegistrationWithdrawalAudit = {
    registrationId: registration.id,
    action: "WITHDRAW",
    actorUserId: actor.userId,
    actorRole: actor.role,
    before: registration.state,
    after: "WITHDRAWN",
    reason,
    afterDeadline,
  };
  if (context.places === null) {
    return { ok: true, audit, registrations: withdrawn.sort(compareRegistrationOrder), placeChanges: [], places: null };
  }
  const places = settleCategoryPlaces(withdrawn, context.places.capacity, context.places);
  return { ok: true, audit, registrations: places.registrations, placeChanges: places.changes, places };
}
