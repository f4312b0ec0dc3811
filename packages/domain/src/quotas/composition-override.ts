import type { FieldError, Validated } from "../errors.ts";
import { Fraction } from "../exact/fraction.ts";
import type { CompositionLimitStatus } from "./composition-evaluation.ts";
import { type CompositionLimit, compositionLimitShare } from "./composition-limit.ts";
import { type NominationOverrideGrant, nominationOverrideGrantErrors } from "./nomination-override.ts";
import { isQuotaCount } from "./quota-rule.ts";

/**
 * Permission for a list to break one composition limit, with who granted it and why. It records
 * the breach it accepted (e.g. 2 enterprise heads among 10 = 20%) and covers the list while the
 * share is no further from the limit than that: adding a third head later needs a new decision,
 * while adding a front-line worker (2 of 11, closer to 10%) stays covered.
 */
export interface CompositionOverride extends NominationOverrideGrant {
  limitKey: string;
  acceptedCount: number;
  acceptedListSize: number;
}

/** Does the override excuse `count` of `listSize` for this limit? */
export function compositionOverrideCovers(
  override: CompositionOverride,
  limit: CompositionLimit,
  count: number,
  listSize: number,
): boolean {
  if (override.limitKey !== limit.key || listSize === 0 || override.acceptedListSize === 0) return false;
  const current = Fraction.of(count, listSize);
  const accepted = Fraction.of(override.acceptedCount, override.acceptedListSize);
  const comparison = current.compare(accepted);
  return limit.bound === "AT_LEAST" ? comparison >= 0 : comparison <= 0;
}

/** An override accepting a limit's current breach, as the organizer grants it on the nomination page. */
export function compositionOverrideFor(
  status: CompositionLimitStatus,
  grant: NominationOverrideGrant,
): CompositionOverride {
  if (status.holds) throw new RangeError(`limit ${status.limit.key} holds; there is nothing to override`);
  return {
    grantedBy: grant.grantedBy,
    reason: grant.reason.trim(),
    limitKey: status.limit.key,
    acceptedCount: status.count,
    acceptedListSize: status.listSize,
  };
}

/** Checks an override against the activity's limits and reports every problem at once. */
export function validateCompositionOverride(
  override: CompositionOverride,
  limits: readonly CompositionLimit[],
): Validated<CompositionOverride> {
  const errors: FieldError[] = nominationOverrideGrantErrors(override);
  const limit = limits.find((candidate) => candidate.key === override.limitKey);
  if (limit === undefined) {
    errors.push({ field: "limitKey", code: "LIMIT_UNKNOWN", message: "本活动没有这项比例要求" });
  }
  const sizeOk = isQuotaCount(override.acceptedListSize) && override.acceptedListSize >= 1;
  if (!sizeOk) {
    errors.push({
      field: "acceptedListSize",
      code: "OVERRIDE_LIST_SIZE_INVALID",
      message: "破例时的候选人总数应为正整数",
    });
  }
  const countOk =
    isQuotaCount(override.acceptedCount) && (!sizeOk || override.acceptedCount <= override.acceptedListSize);
  if (!countOk) {
    errors.push({
      field: "acceptedCount",
      code: "OVERRIDE_COUNT_INVALID",
      message: "破例时符合条件的人数应为不小于 0 的整数，且不超过候选人总数",
    });
  }
  if (limit !== undefined && sizeOk && countOk) {
    const share = Fraction.of(override.acceptedCount, override.acceptedListSize);
    const bound = compositionLimitShare(limit);
    const breaks = limit.bound === "AT_LEAST" ? share.compare(bound) < 0 : share.compare(bound) > 0;
    if (!breaks) {
      errors.push({
        field: "acceptedCount",
        code: "OVERRIDE_NOT_NEEDED",
        message: "按破例时的人数，这项比例要求并未突破，无需破例",
      });
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { ...override, reason: override.reason.trim() } };
}
