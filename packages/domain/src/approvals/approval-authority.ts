import type { Reason } from "../errors.ts";
import { isWithinSubtree } from "../organization-tree.ts";
import type { RegistrationActor, RegistrationOwnerDepartment } from "../places/registration.ts";
import type { ApprovalLevel } from "./approval-chain.ts";

/**
 * Who may decide at each level, by role and materialized path:
 * - 单位审核: a unit admin whose subtree contains the registrant's grassroots union. That is the
 *   union's own admin, or an admin of a union above it standing in for a small unit with no account
 *   of its own (many D-class micro enterprises have none);
 * - 县区审核: a unit admin whose subtree contains the county federation or industry union above the
 *   registrant's unit (the grassroots union's own admin is below it and cannot);
 * - 主办审核: an organizer of the department that owns the activity.
 * The federation admin (系统管理员) sets the system up and decides nothing in the chain: if it could
 * approve anywhere, one account could carry a registration through every level. Judges and workers
 * never review. Standing in is safe because nobody may approve two levels of the same pass
 * (registration-review.ts), so a stand-in at the unit level needs a colleague for the county level.
 */

/** The registrant's place in the tree, as the approval levels need it. */
export interface ApprovalRegistrant {
  /** The worker registered, or null for a team's, unit's or project's entry. */
  workerId: number | null;
  /** The registrant's grassroots union (基层工会). */
  unitPath: string;
  /** The nearest county federation or industry union above the unit; null when it hangs directly under the city federation. */
  countyOrIndustryPath: string | null;
}

export function approvalAuthorityReasons(
  actor: RegistrationActor,
  level: ApprovalLevel,
  registrant: ApprovalRegistrant,
  ownerDepartment: RegistrationOwnerDepartment,
): Reason[] {
  const reasons: Reason[] = [];
  if (actor.role === "ADMIN") {
    reasons.push({
      code: "APPROVAL_NOT_ENTITLED",
      message: "系统管理员不参与报名审核：单位审核、县区审核由相应工会的单位管理员进行，主办审核由主办部门进行",
    });
  } else if (!mayDecideAtApprovalLevel(actor, level, registrant, ownerDepartment)) {
    reasons.push({ code: "APPROVAL_NOT_ENTITLED", message: notEntitledMessage(level, ownerDepartment) });
  }
  if (actor.workerId !== null && actor.workerId === registrant.workerId) {
    reasons.push({ code: "SELF_REVIEW", message: "不能审核本人的报名，请由其他人员审核" });
  }
  return reasons;
}

/** The role and subtree test alone (no self-review check): for showing who a registration waits for. */
export function mayDecideAtApprovalLevel(
  actor: RegistrationActor,
  level: ApprovalLevel,
  registrant: ApprovalRegistrant,
  ownerDepartment: RegistrationOwnerDepartment,
): boolean {
  switch (level) {
    case "UNIT":
      return actor.role === "UNIT_ADMIN" && isWithinSubtree(registrant.unitPath, actor.scopePath);
    case "COUNTY_OR_INDUSTRY":
      return (
        actor.role === "UNIT_ADMIN" &&
        registrant.countyOrIndustryPath !== null &&
        isWithinSubtree(registrant.countyOrIndustryPath, actor.scopePath)
      );
    case "ORGANIZER":
      return actor.role === "ORGANIZER" && actor.departmentCode === ownerDepartment.code;
  }
}

function notEntitledMessage(level: ApprovalLevel, ownerDepartment: RegistrationOwnerDepartment): string {
  switch (level) {
    case "UNIT":
      return "单位审核须由报名人所在基层工会（或其上级工会）的单位管理员进行";
    case "COUNTY_OR_INDUSTRY":
      return "县区审核须由报名人所在单位所属的县(市)区总工会或产业工会的单位管理员进行";
    case "ORGANIZER":
      return `主办审核须由主办部门（${ownerDepartment.name}）的工作人员进行`;
  }
}
