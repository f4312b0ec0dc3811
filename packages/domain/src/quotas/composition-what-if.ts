import type { CompositionCandidate } from "./composition-candidate.ts";
import {
  type CompositionBreachReason,
  type CompositionEvaluation,
  type CompositionLimitStatus,
  evaluateComposition,
} from "./composition-evaluation.ts";
import type { CompositionLimit } from "./composition-limit.ts";
import type { CompositionOverride } from "./composition-override.ts";
import { compositionPredicateMatches } from "./composition-predicate.ts";

/** What one more nomination does to a limit. */
export type CompositionNominationEffect = "HOLDS" | "BREAKS" | "REPAIRS" | "STAYS_BREACHED";

export interface CompositionLimitChange {
  limitKey: string;
  name: string;
  /** Whether the limit counts the new candidate. */
  counts: boolean;
  before: CompositionLimitStatus;
  after: CompositionLimitStatus;
  effect: CompositionNominationEffect;
}

export interface CompositionWhatIf {
  after: CompositionEvaluation;
  /** One per limit, in the order the limits are given. */
  changes: CompositionLimitChange[];
  /** Limits this nomination would break that no override covers, as warnings for the page. */
  breaks: CompositionBreachReason[];
}

/**
 * "What if we add this candidate?", asked on the nomination page before saving. It warns; it does
 * not refuse: a list is built one candidate at a time and an at-least limit is often unmet until
 * the list is complete. The list as submitted is what must meet the limits or carry overrides.
 */
export function compositionIfNominated(
  limits: readonly CompositionLimit[],
  candidates: readonly CompositionCandidate[],
  newcomer: CompositionCandidate,
  overrides: readonly CompositionOverride[] = [],
): CompositionWhatIf {
  const before = evaluateComposition(limits, candidates, overrides);
  const after = evaluateComposition(limits, [...candidates, newcomer], overrides);
  const changes = limits.map((limit, index): CompositionLimitChange => {
    const statusBefore = before.statuses[index] as CompositionLimitStatus;
    const statusAfter = after.statuses[index] as CompositionLimitStatus;
    const effect: CompositionNominationEffect = statusBefore.holds
      ? statusAfter.holds
        ? "HOLDS"
        : "BREAKS"
      : statusAfter.holds
        ? "REPAIRS"
        : "STAYS_BREACHED";
    return {
      limitKey: limit.key,
      name: statusAfter.name,
      counts: compositionPredicateMatches(limit.counts, newcomer.facts),
      before: statusBefore,
      after: statusAfter,
      effect,
    };
  });
  const breaks = changes.flatMap((change) =>
    change.effect === "BREAKS" && change.after.breach?.coveredBy === null ? [change.after.breach.reason] : [],
  );
  return { after, changes, breaks };
}
