import { Fraction } from "../exact/fraction.ts";
import type { CompositionCandidate } from "./composition-candidate.ts";
import type { CompositionBreachReason } from "./composition-evaluation.ts";
import { type CompositionLimit, compositionLimitShare } from "./composition-limit.ts";
import { type CompositionOverride, compositionOverrideCovers } from "./composition-override.ts";
import { type CompositionWhatIf, compositionIfNominated } from "./composition-what-if.ts";
import { isQuotaCount } from "./quota-rule.ts";

export interface NominationCompositionCheck {
  whatIf: CompositionWhatIf;
  /**
   * Limits the list would break with no override covering them and no way left to mend them
   * within the places still free: the nomination is refused for these (an override lets it through).
   */
  refusals: CompositionBreachReason[];
  /** Limits the list would break that later nominations can still mend: shown, not refused. */
  warnings: CompositionBreachReason[];
}

/**
 * May this candidate join the nominated list, as far as the composition limits go? A list is
 * built one candidate at a time, so a limit broken along the way is only a warning while the
 * places still free (`placesLeftAfter`, after this nomination) could mend it: at least P needs
 * enough counting candidates added, at most P enough others. When they could not, the nomination
 * breaks the limit for good and is refused, unless an override covers the list as it would be, or
 * the candidate moves the share towards the limit (a list already broken can always be mended).
 */
export function checkNominationComposition(
  limits: readonly CompositionLimit[],
  candidates: readonly CompositionCandidate[],
  newcomer: CompositionCandidate,
  placesLeftAfter: number,
  overrides: readonly CompositionOverride[] = [],
): NominationCompositionCheck {
  if (!isQuotaCount(placesLeftAfter)) throw new RangeError("placesLeftAfter must be a whole number ≥ 0");
  const whatIf = compositionIfNominated(limits, candidates, newcomer, overrides);
  const refusals: CompositionBreachReason[] = [];
  const warnings: CompositionBreachReason[] = [];
  whatIf.changes.forEach((change, index) => {
    const breach = change.after.breach;
    if (breach === null || breach.coveredBy !== null) return;
    const limit = limits[index] as CompositionLimit;
    const helps = limit.bound === "AT_LEAST" ? change.counts : !change.counts;
    if (helps || mendable(limit, change.after.count, change.after.listSize, placesLeftAfter, overrides)) {
      warnings.push(breach.reason);
    } else {
      refusals.push({
        ...breach.reason,
        message: `${breach.reason.message}剩余名额 ${placesLeftAfter} 名已不足以调整到符合要求。`,
      });
    }
  });
  return { whatIf, refusals, warnings };
}

/** Can adding up to `places` candidates of the helpful kind make the limit hold or be covered? */
function mendable(
  limit: CompositionLimit,
  count: number,
  listSize: number,
  places: number,
  overrides: readonly CompositionOverride[],
): boolean {
  const share = compositionLimitShare(limit);
  for (let added = 1; added <= places; added++) {
    const size = listSize + added;
    const counted = limit.bound === "AT_LEAST" ? count + added : count;
    const current = Fraction.of(counted, size);
    const holds = limit.bound === "AT_LEAST" ? current.compare(share) >= 0 : current.compare(share) <= 0;
    if (holds || overrides.some((override) => compositionOverrideCovers(override, limit, counted, size))) return true;
  }
  return false;
}
