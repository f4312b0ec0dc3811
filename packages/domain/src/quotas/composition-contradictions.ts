import { Fraction } from "../exact/fraction.ts";
import { everyCompositionCandidateFacts } from "./composition-candidate.ts";
import type { CompositionLimit } from "./composition-limit.ts";
import { compositionLimitName, compositionLimitShare } from "./composition-limit.ts";
import { compositionPredicateMatches } from "./composition-predicate.ts";

export interface CompositionLimitContradiction {
  code: "LIMIT_UNSATISFIABLE" | "LIMITS_CONTRADICT";
  /** The limits involved, by key. */
  limitKeys: string[];
  message: string;
}

let factCombinations: ReturnType<typeof everyCompositionCandidateFacts> | null = null;

interface CountedSet {
  limit: CompositionLimit;
  name: string;
  share: Fraction;
  members: boolean[];
  empty: boolean;
  full: boolean;
}

function countedSet(limit: CompositionLimit): CountedSet {
  factCombinations ??= everyCompositionCandidateFacts();
  const members = factCombinations.map((facts) => compositionPredicateMatches(limit.counts, facts));
  return {
    limit,
    name: compositionLimitName(limit),
    share: compositionLimitShare(limit),
    members,
    empty: members.every((member) => !member),
    full: members.every((member) => member),
  };
}

function isSubset(inner: CountedSet, outer: CountedSet): boolean {
  return inner.members.every((member, index) => !member || outer.members[index]);
}

function areDisjoint(a: CountedSet, b: CountedSet): boolean {
  return a.members.every((member, index) => !(member && b.members[index]));
}

function coverEveryone(a: CountedSet, b: CountedSet): boolean {
  return a.members.every((member, index) => member || b.members[index]);
}

/**
 * Limits that no non-empty list can satisfy together. Sets are compared exactly over every
 * combination of candidate facts, so "一线职工" is known to lie inside "一线职工或专业技术人员"
 * whatever words the limits use. Found:
 *
 * - one limit alone: at least p% > 0 of a set nobody can belong to; at most p% < 100 of a set
 *   everybody belongs to;
 * - two limits: at least a% of A and at most b% of B where A lies inside B and a > b; at least a%
 *   and at least b% of two sets nobody belongs to both of, with a + b > 100; at most a% and at
 *   most b% of two sets everybody belongs to one of, with a + b < 100.
 *
 * Not found: three or more limits that conflict only together, and limits that only a list of
 * some sizes cannot meet (at least 60% and at most 60% of the same set fit only lists of 5, 10 …):
 * the check of the actual list still reports those as breaches.
 */
export function compositionLimitContradictions(limits: readonly CompositionLimit[]): CompositionLimitContradiction[] {
  const sets = limits.map(countedSet);
  const found: CompositionLimitContradiction[] = [];
  const one = Fraction.of(1);
  for (const set of sets) {
    const { limit, name } = set;
    if (set.empty && limit.bound === "AT_LEAST" && set.share.compare(Fraction.zero) > 0) {
      found.push({
        code: "LIMIT_UNSATISFIABLE",
        limitKeys: [limit.key],
        message: `没有候选人可能属于「${name}」，「${name}」不低于 ${limit.percent}% 无法满足`,
      });
    }
    if (set.full && limit.bound === "AT_MOST" && set.share.compare(one) < 0) {
      found.push({
        code: "LIMIT_UNSATISFIABLE",
        limitKeys: [limit.key],
        message: `所有候选人都属于「${name}」，「${name}」不超过 ${limit.percent}% 无法满足`,
      });
    }
  }
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      const a = sets[i] as CountedSet;
      const b = sets[j] as CountedSet;
      const keys = [a.limit.key, b.limit.key];
      for (const [low, high] of [
        [a, b],
        [b, a],
      ] as const) {
        if (
          low.limit.bound === "AT_LEAST" &&
          high.limit.bound === "AT_MOST" &&
          low.share.compare(high.share) > 0 &&
          isSubset(low, high)
        ) {
          found.push({
            code: "LIMITS_CONTRADICT",
            limitKeys: keys,
            message: `「${low.name}」都属于「${high.name}」，「${low.name}」不低于 ${low.limit.percent}% 与「${high.name}」不超过 ${high.limit.percent}% 不能同时满足`,
          });
        }
      }
      if (
        a.limit.bound === "AT_LEAST" &&
        b.limit.bound === "AT_LEAST" &&
        a.share.plus(b.share).compare(one) > 0 &&
        areDisjoint(a, b)
      ) {
        found.push({
          code: "LIMITS_CONTRADICT",
          limitKeys: keys,
          message: `没有候选人同时属于「${a.name}」和「${b.name}」，两者分别不低于 ${a.limit.percent}% 和 ${b.limit.percent}%，合计超过 100%`,
        });
      }
      if (
        a.limit.bound === "AT_MOST" &&
        b.limit.bound === "AT_MOST" &&
        a.share.plus(b.share).compare(one) < 0 &&
        coverEveryone(a, b)
      ) {
        found.push({
          code: "LIMITS_CONTRADICT",
          limitKeys: keys,
          message: `每名候选人至少属于「${a.name}」「${b.name}」之一，两者分别不超过 ${a.limit.percent}% 和 ${b.limit.percent}%，合计不足 100%`,
        });
      }
    }
  }
  return found;
}
