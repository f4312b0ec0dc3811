import type { Reason } from "../errors.ts";
import { Fraction } from "../exact/fraction.ts";
import type { CompositionCandidate } from "./composition-candidate.ts";
import {
  type CompositionLimit,
  compositionBoundLabels,
  compositionLimitName,
  compositionLimitShare,
} from "./composition-limit.ts";
import { type CompositionOverride, compositionOverrideCovers } from "./composition-override.ts";
import { compositionPredicateMatches } from "./composition-predicate.ts";
import { ceilingOfFraction, floorOfFraction, sharePercentText } from "./quota-arithmetic.ts";
import { isQuotaCount } from "./quota-rule.ts";

/** A broken limit, as a refusal reason that also says which limit. */
export interface CompositionBreachReason extends Reason {
  limitKey: string;
}

/**
 * The smallest changes that would each, on their own, make one broken limit hold. "Counting"
 * candidates are those the limit counts; "others" are the rest. Each number ignores the other
 * limits: one swap can mend several at once, or break another.
 */
export interface CompositionRemedies {
  /** At least: counting candidates to add; at most: others to add. Null when adding cannot help. */
  add: number | null;
  /** At least: others to swap for counting candidates; at most: counting candidates to swap for others. */
  replace: number;
  /** At least: others to withdraw; at most: counting candidates to withdraw. Null when only an empty list would do. */
  remove: number | null;
  /** The same in a sentence for the nomination page. */
  text: string;
}

export interface CompositionBreach {
  reason: CompositionBreachReason;
  remedies: CompositionRemedies;
  /** The override that excuses the breach, or null when the list cannot be submitted as it is. */
  coveredBy: CompositionOverride | null;
}

export interface CompositionLimitStatus {
  limit: CompositionLimit;
  name: string;
  listSize: number;
  /** Candidates the limit counts. */
  count: number;
  /** count ÷ listSize exactly; null for an empty list. */
  share: Fraction | null;
  /** "50.00%", or "—" for an empty list. */
  shareText: string;
  /** For this list size: the fewest counting candidates (at least) or the most (at most) allowed. */
  requiredCount: number;
  /** True for an empty list: with nobody nominated there is nothing to break. */
  holds: boolean;
  countingCandidateIds: (string | number)[];
  breach: CompositionBreach | null;
}

export interface CompositionEvaluation {
  listSize: number;
  /** One per limit, in the order the limits are given. */
  statuses: CompositionLimitStatus[];
  allHold: boolean;
  /** Breaches no override covers: the list cannot be submitted while there are any. */
  uncoveredBreaches: CompositionBreachReason[];
  acceptable: boolean;
}

/**
 * How far a list with `count` counting candidates out of `listSize` is from meeting the limit;
 * null when it already holds. With P the limit as a share and c of n counting:
 * - at least P: add ⌈(Pn − c) ÷ (1 − P)⌉ counting (impossible when P = 1), replace ⌈Pn − c⌉, remove
 *   ⌈n − c ÷ P⌉ others (impossible when c = 0);
 * - at most P: add ⌈c ÷ P − n⌉ others (impossible when P = 0), replace ⌈c − Pn⌉, remove
 *   ⌈(c − Pn) ÷ (1 − P)⌉ counting (impossible when that would empty the list).
 */
export function compositionRemedies(
  limit: CompositionLimit,
  count: number,
  listSize: number,
): CompositionRemedies | null {
  if (!isQuotaCount(count) || !isQuotaCount(listSize) || count > listSize) {
    throw new RangeError("count and listSize must be whole numbers with 0 ≤ count ≤ listSize");
  }
  if (listSize === 0) return null;
  const share = compositionLimitShare(limit);
  const one = Fraction.of(1);
  const c = Fraction.of(count);
  const n = Fraction.of(listSize);
  const pn = share.times(n);
  const name = compositionLimitName(limit);
  if (limit.bound === "AT_LEAST") {
    if (c.compare(pn) >= 0) return null;
    const add = share.equals(one) ? null : Number(ceilingOfFraction(pn.minus(c).dividedBy(one.minus(share))));
    const replace = Number(ceilingOfFraction(pn.minus(c)));
    const remove = count === 0 ? null : Number(ceilingOfFraction(n.minus(c.dividedBy(share))));
    const options = [
      add === null ? null : `再推荐 ${add} 名${name}`,
      `把 ${replace} 名其他候选人换成${name}`,
      remove === null ? null : `撤下 ${remove} 名其他候选人`,
    ];
    return { add, replace, remove, text: remedySentence(options) };
  }
  if (c.compare(pn) <= 0) return null;
  const add = share.equals(Fraction.zero) ? null : Number(ceilingOfFraction(c.dividedBy(share).minus(n)));
  const replace = Number(ceilingOfFraction(c.minus(pn)));
  const removeCount = Number(ceilingOfFraction(c.minus(pn).dividedBy(one.minus(share))));
  const remove = removeCount >= listSize ? null : removeCount;
  const options = [
    add === null ? null : `再推荐 ${add} 名${name}以外的候选人`,
    `把 ${replace} 名${name}换成其他候选人`,
    remove === null ? null : `撤下 ${remove} 名${name}`,
  ];
  return { add, replace, remove, text: remedySentence(options) };
}

function remedySentence(options: (string | null)[]): string {
  return `可以${options.filter((option) => option !== null).join("，或")}。`;
}

/**
 * How many more candidates of the limit's kind must be added for an at-least limit to hold (0 when
 * it holds, null when adding cannot help); for an at-most limit, how many others.
 */
export function compositionCandidatesNeeded(limit: CompositionLimit, count: number, listSize: number): number | null {
  const remedies = compositionRemedies(limit, count, listSize);
  return remedies === null ? 0 : remedies.add;
}

/** One limit on the current list, with its exact share, what breaks it and how to mend it. */
export function compositionLimitStatus(
  limit: CompositionLimit,
  candidates: readonly CompositionCandidate[],
  overrides: readonly CompositionOverride[] = [],
): CompositionLimitStatus {
  const name = compositionLimitName(limit);
  const listSize = candidates.length;
  const countingCandidateIds = candidates
    .filter((candidate) => compositionPredicateMatches(limit.counts, candidate.facts))
    .map((candidate) => candidate.id);
  const count = countingCandidateIds.length;
  const share = listSize === 0 ? null : Fraction.of(count, listSize);
  const shareText = share === null ? "—" : sharePercentText(share);
  const pn = compositionLimitShare(limit).times(Fraction.of(listSize));
  const requiredCount = Number(limit.bound === "AT_LEAST" ? ceilingOfFraction(pn) : floorOfFraction(pn));
  const remedies = compositionRemedies(limit, count, listSize);
  const base = { limit, name, listSize, count, share, shareText, requiredCount, countingCandidateIds };
  if (remedies === null) return { ...base, holds: true, breach: null };
  const atLeast = limit.bound === "AT_LEAST";
  const reason: CompositionBreachReason = {
    code: atLeast ? "COMPOSITION_SHARE_TOO_LOW" : "COMPOSITION_SHARE_TOO_HIGH",
    limitKey: limit.key,
    message:
      `「${name}」应${compositionBoundLabels[limit.bound]} ${limit.percent}%：现有候选人 ${listSize} 名，` +
      `其中${name} ${count} 名，占 ${shareText}；按 ${listSize} 名计算${atLeast ? "至少需要" : "最多"} ${requiredCount} 名。`,
  };
  const coveredBy = overrides.find((override) => compositionOverrideCovers(override, limit, count, listSize)) ?? null;
  return { ...base, holds: false, breach: { reason, remedies, coveredBy } };
}

/**
 * Checks a whole nominated list against every limit. Shown while nominating; when the list is
 * submitted, every breach must be covered by an override (`acceptable`). Candidate ids must be
 * unique: one person on a list twice is a mistake the caller refuses before asking this.
 */
export function evaluateComposition(
  limits: readonly CompositionLimit[],
  candidates: readonly CompositionCandidate[],
  overrides: readonly CompositionOverride[] = [],
): CompositionEvaluation {
  if (new Set(candidates.map((candidate) => candidate.id)).size !== candidates.length) {
    throw new RangeError("a candidate appears on the list more than once");
  }
  const statuses = limits.map((limit) => compositionLimitStatus(limit, candidates, overrides));
  const uncoveredBreaches = statuses.flatMap((status) =>
    status.breach !== null && status.breach.coveredBy === null ? [status.breach.reason] : [],
  );
  return {
    listSize: candidates.length,
    statuses,
    allHold: statuses.every((status) => status.holds),
    uncoveredBreaches,
    acceptable: uncoveredBreaches.length === 0,
  };
}
