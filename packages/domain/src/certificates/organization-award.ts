import type { ActivityState } from "../activities/activity-state.ts";
import type { Reason } from "../errors.ts";
import type { RegistrationState } from "../places/registration-state.ts";

/**
 * 优秀组织奖: an award the organizer makes to a unit (a grassroots union, or a county or industry
 * union for its whole subtree) for how it organized its people's part in an activity, e.g. the
 * line-dance show's. Only activities whose configuration offers it (`organizationAward`) make it;
 * it is decided while judging or during the public notice, so that it is known when the results
 * become final and certificates are issued, and may be revoked until then.
 */
export const organizationAwardDefaultName = "优秀组织奖";

/** Longest award name accepted (it is printed on the certificate). */
export const organizationAwardNameMaxLength = 20;
/** Longest grounds accepted. */
export const organizationAwardReasonMaxLength = 500;

/** States in which organization awards are granted or revoked: 评审中 and 结果公示. */
export const organizationAwardStates: readonly ActivityState[] = ["JUDGING", "PUBLIC_NOTICE"];

/** An entry that takes part (已通过 or 已确认) counts for its unit and every unit above it. */
export function entryCountsForOrganizationAward(state: RegistrationState): boolean {
  return state === "APPROVED" || state === "CONFIRMED";
}

/** The name as printed: trimmed, "优秀组织奖" when left blank. */
export function organizationAwardName(name: string | null | undefined): string {
  const trimmed = name?.trim() ?? "";
  return trimmed === "" ? organizationAwardDefaultName : trimmed;
}

export interface OrganizationAwardGrantFacts {
  activityState: ActivityState;
  /** The activity configuration's `organizationAward`. */
  offered: boolean;
  /** Entries taking part from the unit or any unit below it (entryCountsForOrganizationAward). */
  entriesInSubtree: number;
  /** The name as printed (organizationAwardName). */
  name: string;
  reason: string;
  /** The unit already holds an award of this name in this activity. */
  alreadyGranted: boolean;
}

/** Every reason the award cannot be granted; empty when it can. */
export function organizationAwardGrantProblems(facts: OrganizationAwardGrantFacts): Reason[] {
  const reasons: Reason[] = [];
  if (!facts.offered) {
    reasons.push({ code: "ORGANIZATION_AWARD_NOT_OFFERED", message: "该活动的设置不设优秀组织奖" });
  }
  if (!organizationAwardStates.includes(facts.activityState)) {
    reasons.push({
      code: "ORGANIZATION_AWARD_NOT_NOW",
      message: "只能在评审中或结果公示期间授予优秀组织奖",
    });
  }
  if (facts.entriesInSubtree < 1) {
    reasons.push({
      code: "ORGANIZATION_AWARD_NO_ENTRIES",
      message: "该单位及其下级单位在本活动中没有参赛的报名，不能授予优秀组织奖",
    });
  }
  if (facts.name.length > organizationAwardNameMaxLength) {
    reasons.push({
      code: "ORGANIZATION_AWARD_NAME_TOO_LONG",
      message: `奖项名称不能超过 ${organizationAwardNameMaxLength} 个字`,
    });
  }
  reasons.push(...reasonProblems(facts.reason, "授奖理由"));
  if (facts.alreadyGranted) {
    reasons.push({
      code: "ORGANIZATION_AWARD_ALREADY_GRANTED",
      message: `该单位已获本活动的“${facts.name}”，不能重复授予`,
    });
  }
  return reasons;
}

/** Every reason a granted award cannot be revoked now; empty when it can. */
export function organizationAwardRevokeProblems(facts: { activityState: ActivityState; reason: string }): Reason[] {
  const reasons: Reason[] = [];
  if (facts.activityState === "FINAL") {
    reasons.push({
      code: "ORGANIZATION_AWARD_FINAL",
      message: "结果已正式发布，不能再撤销优秀组织奖",
    });
  }
  reasons.push(...reasonProblems(facts.reason, "撤销理由"));
  return reasons;
}

function reasonProblems(reason: string, label: string): Reason[] {
  const trimmed = reason.trim();
  if (trimmed === "") return [{ code: "ORGANIZATION_AWARD_REASON_REQUIRED", message: `请填写${label}` }];
  if (trimmed.length > organizationAwardReasonMaxLength) {
    return [
      {
        code: "ORGANIZATION_AWARD_REASON_TOO_LONG",
        message: `${label}不能超过 ${organizationAwardReasonMaxLength} 个字`,
      },
    ];
  }
  return [];
}
