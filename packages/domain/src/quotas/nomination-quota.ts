import type { FieldError, Reason, Validated } from "../errors.ts";
import { type NominationOverrideGrant, nominationOverrideGrantErrors } from "./nomination-override.ts";
import { isQuotaCount } from "./quota-rule.ts";

/**
 * Extra places for one unit beyond its allocation (追加名额), granted with a reason. The published
 * allocation is left as it was computed; the extra places are listed beside it, so the public sees
 * both the rule and the exception.
 */
export interface QuotaOverride extends NominationOverrideGrant {
  organizationCode: string;
  /** Whole places added, at least 1. */
  extraPlaces: number;
}

export function validateQuotaOverride(override: QuotaOverride): Validated<QuotaOverride> {
  const errors: FieldError[] = nominationOverrideGrantErrors(override);
  if (override.organizationCode.trim() === "") {
    errors.push({ field: "organizationCode", code: "REQUIRED", message: "请选择增加名额的单位" });
  }
  if (!isQuotaCount(override.extraPlaces) || override.extraPlaces < 1) {
    errors.push({ field: "extraPlaces", code: "QUOTA_EXTRA_PLACES_INVALID", message: "增加的名额应为正整数" });
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: { ...override, organizationCode: override.organizationCode.trim(), reason: override.reason.trim() },
  };
}

export interface NominationQuotaCheckInput {
  organizationCode: string;
  organizationName: string;
  /** Places from the allocation. */
  allocatedPlaces: number;
  /** Nominations the unit has made so far (withdrawn ones excluded). */
  nominatedCount: number;
  /** Validated overrides; those for other organizations are ignored. */
  overrides?: readonly QuotaOverride[];
}

export interface NominationQuotaStatus {
  allocatedPlaces: number;
  /** Places added by the overrides that apply. */
  extraPlaces: number;
  /** allocatedPlaces + extraPlaces. */
  allowedPlaces: number;
  nominatedCount: number;
  /** Places still free, never below 0. */
  remainingPlaces: number;
  /** Nominations beyond the allowed places, never below 0. */
  excess: number;
  withinQuota: boolean;
  overridesApplied: QuotaOverride[];
  /** Why the current nominations are refused (empty when within the quota). */
  reasons: Reason[];
  /** Why one more nomination would be refused (empty when a place is free). */
  nextNominationReasons: Reason[];
}

/**
 * A unit may not nominate more candidates than its places. Extra places need an override with a
 * reason from the federation or the organizer (realistic: 劳模 places are sometimes added for a
 * unit with an outstanding record, by the federation's decision); without one the excess is refused.
 */
export function checkNominationQuota(input: NominationQuotaCheckInput): NominationQuotaStatus {
  if (!isQuotaCount(input.allocatedPlaces) || !isQuotaCount(input.nominatedCount)) {
    throw new RangeError("allocatedPlaces and nominatedCount must be whole numbers ≥ 0");
  }
  const code = input.organizationCode.trim();
  const overridesApplied = (input.overrides ?? []).filter((override) => override.organizationCode.trim() === code);
  const extraPlaces = overridesApplied.reduce((sum, override) => sum + override.extraPlaces, 0);
  const allowedPlaces = input.allocatedPlaces + extraPlaces;
  const excess = Math.max(0, input.nominatedCount - allowedPlaces);
  const placesText =
    extraPlaces > 0
      ? `分配名额 ${input.allocatedPlaces} 名，经批准增加 ${extraPlaces} 名，共 ${allowedPlaces} 名`
      : `分配名额 ${allowedPlaces} 名`;
  const reasons: Reason[] =
    excess > 0
      ? [
          {
            code: "QUOTA_EXCEEDED",
            message: `${input.organizationName}${placesText}，已推荐 ${input.nominatedCount} 名，超出 ${excess} 名；请撤下 ${excess} 名，或申请增加名额并说明理由`,
          },
        ]
      : [];
  const nextNominationReasons: Reason[] =
    input.nominatedCount + 1 > allowedPlaces
      ? [
          {
            code: "QUOTA_FULL",
            message: `${input.organizationName}${placesText}，已推荐 ${input.nominatedCount} 名，名额已满，不能再推荐`,
          },
        ]
      : [];
  return {
    allocatedPlaces: input.allocatedPlaces,
    extraPlaces,
    allowedPlaces,
    nominatedCount: input.nominatedCount,
    remainingPlaces: Math.max(0, allowedPlaces - input.nominatedCount),
    excess,
    withinQuota: excess === 0,
    overridesApplied,
    reasons,
    nextNominationReasons,
  };
}
