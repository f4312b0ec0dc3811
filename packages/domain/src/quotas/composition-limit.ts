import { Fraction } from "../exact/fraction.ts";
import { type CompositionPredicate, describeCompositionPredicate } from "./composition-predicate.ts";

export type CompositionBound = "AT_LEAST" | "AT_MOST";

export const compositionBoundLabels: Record<CompositionBound, string> = {
  AT_LEAST: "不低于",
  AT_MOST: "不超过",
};

/**
 * A limit on the make-up of a whole nominated list (候选人名单): the candidates `counts` matches
 * must be at least / at most `percent` of the list. Plain JSON, kept in the activity's settings.
 */
export interface CompositionLimit {
  /** Stable within the activity; overrides name the limit by it. */
  key: string;
  /** What users read; when absent, the predicate's description. */
  name?: string;
  counts: CompositionPredicate;
  bound: CompositionBound;
  /** 0–100 as exact decimal text: "60", "12.5". */
  percent: string;
}

/**
 * 劳模选树 defaults, from the usual provincial and city notices: front-line workers and technical
 * staff at least 60% of the list, enterprise heads at most 10%, women at least 20%.
 */
export const modelWorkerCompositionLimits: readonly CompositionLimit[] = [
  {
    key: "FRONT_LINE_AND_TECHNICAL",
    name: "一线职工和专业技术人员",
    counts: { kind: "POSITION_CATEGORY", in: ["FRONT_LINE", "TECHNICAL"] },
    bound: "AT_LEAST",
    percent: "60",
  },
  {
    key: "ENTERPRISE_HEADS",
    name: "企业负责人",
    counts: { kind: "POSITION_CATEGORY", in: ["ENTERPRISE_HEAD"] },
    bound: "AT_MOST",
    percent: "10",
  },
  {
    key: "WOMEN",
    name: "女职工",
    counts: { kind: "GENDER", is: "FEMALE" },
    bound: "AT_LEAST",
    percent: "20",
  },
];

export function compositionLimitName(limit: CompositionLimit): string {
  return limit.name?.trim() || describeCompositionPredicate(limit.counts);
}

/** The bound as a share of the list: "60" → 3/5. */
export function compositionLimitShare(limit: CompositionLimit): Fraction {
  return Fraction.fromDecimal(limit.percent).dividedBy(Fraction.of(100));
}

/** "一线职工和专业技术人员不低于 60%". */
export function describeCompositionLimit(limit: CompositionLimit): string {
  return `${compositionLimitName(limit)}${compositionBoundLabels[limit.bound]} ${limit.percent}%`;
}
