import type { FieldError } from "../errors.ts";
import type { RegistrationState } from "../places/registration-state.ts";

/**
 * The approval chain: the registrant's unit (基层工会), then the county federation or industry
 * union above it (县(市)区总工会/产业工会), then the owning department (主办部门). Each activity
 * chooses which levels apply (a badminton self-registration may need only the unit; model-worker
 * nominations need all three); the order never changes.
 */
export type ApprovalLevel = "UNIT" | "COUNTY_OR_INDUSTRY" | "ORGANIZER";

/** In the order a registration passes them. */
export const approvalLevels: readonly ApprovalLevel[] = ["UNIT", "COUNTY_OR_INDUSTRY", "ORGANIZER"];

export const approvalLevelLabels: Record<ApprovalLevel, string> = {
  UNIT: "单位审核",
  COUNTY_OR_INDUSTRY: "县区审核",
  ORGANIZER: "主办审核",
};

const pendingStates: Record<ApprovalLevel, RegistrationState> = {
  UNIT: "PENDING_UNIT",
  COUNTY_OR_INDUSTRY: "PENDING_COUNTY",
  ORGANIZER: "PENDING_ORGANIZER",
};

export interface ApprovalChain {
  /** The levels that apply, in chain order, each at most once. */
  levels: readonly ApprovalLevel[];
}

/** Self-registration where the unit only confirms its own worker (e.g. the badminton tournament). */
export const unitOnlyApprovalChain: ApprovalChain = { levels: ["UNIT"] };

/** Nominations every level vouches for (e.g. model workers 劳模). */
export const fullApprovalChain: ApprovalChain = { levels: approvalLevels };

/**
 * A chain needs at least one level, so that someone looks at every registration; and it cannot
 * consist of the county level alone, because a grassroots union directly under the city federation
 * has no county or industry union and its registrations would reach nobody.
 */
export function validateApprovalChain(chain: ApprovalChain): FieldError[] {
  const errors: FieldError[] = [];
  const known = chain.levels.filter((level) => approvalLevels.includes(level));
  if (known.length < chain.levels.length) {
    errors.push({ field: "approvalChain", code: "APPROVAL_LEVEL_UNKNOWN", message: "审核流程中有无法识别的审核级别" });
  }
  if (chain.levels.length === 0) {
    errors.push({ field: "approvalChain", code: "APPROVAL_CHAIN_EMPTY", message: "请至少选择一级审核" });
  } else if (known.length > 0 && known.every((level) => level === "COUNTY_OR_INDUSTRY")) {
    errors.push({
      field: "approvalChain",
      code: "APPROVAL_CHAIN_COUNTY_ONLY",
      message: "审核流程不能只有县区审核：直属市总工会的基层工会没有县区或产业工会，须同时选择单位审核或主办审核",
    });
  }
  const orders = known.map((level) => approvalLevels.indexOf(level));
  if (orders.some((order, index) => index > 0 && order <= (orders[index - 1] ?? -1))) {
    errors.push({
      field: "approvalChain",
      code: "APPROVAL_CHAIN_ORDER",
      message: "审核级别须按单位审核、县区审核、主办审核的顺序排列，每级只出现一次",
    });
  }
  return errors;
}

/**
 * The levels a registration passes: the chain's, less the county level when the registrant's unit
 * hangs directly under the city federation (there is nobody at that level to ask).
 */
export function approvalLevelsFor(
  chain: ApprovalChain,
  registrant: { countyOrIndustryPath: string | null },
): ApprovalLevel[] {
  const levels = approvalLevels.filter(
    (level) =>
      chain.levels.includes(level) && (level !== "COUNTY_OR_INDUSTRY" || registrant.countyOrIndustryPath !== null),
  );
  if (levels.length === 0) throw new RangeError("the approval chain leaves this registration with no level");
  return levels;
}

export function approvalPendingState(level: ApprovalLevel): RegistrationState {
  return pendingStates[level];
}

/** The level a registration waits at, or null when it is not waiting for a reviewer. */
export function approvalLevelOfState(state: RegistrationState): ApprovalLevel | null {
  return approvalLevels.find((level) => pendingStates[level] === state) ?? null;
}

/** Where a registration goes when it is submitted, or resubmitted after a return. */
export function firstApprovalState(
  chain: ApprovalChain,
  registrant: { countyOrIndustryPath: string | null },
): RegistrationState {
  return approvalPendingState(approvalLevelsFor(chain, registrant)[0] as ApprovalLevel);
}
