import type { Reason } from "../errors.ts";
import { Fraction } from "../exact/fraction.ts";
import { parseScoreDecimal } from "../judging/score-decimal.ts";

/** How a round produces its result for an entry. */
export type RoundKind = "CRITERIA_SCORING" | "EXAM" | "COMMITTEE_VOTE" | "PUBLIC_VOTE" | "MATCHES";

export const roundKinds: readonly RoundKind[] = [
  "CRITERIA_SCORING",
  "EXAM",
  "COMMITTEE_VOTE",
  "PUBLIC_VOTE",
  "MATCHES",
];

export const roundKindLabels: Record<RoundKind, string> = {
  CRITERIA_SCORING: "评委评分",
  EXAM: "考试成绩",
  COMMITTEE_VOTE: "评审委员会投票",
  PUBLIC_VOTE: "公众投票",
  MATCHES: "比赛对阵",
};

/**
 * One round of evaluation as an activity configures it. Weight and maximum are decimal text, as
 * an organizer types them and as they are stored, so that "33.5" stays exactly 33.5.
 */
export interface RoundDefinition {
  key: string;
  /** Short name people read, e.g. "理论", "实操"; results are called "理论成绩", "实操成绩". */
  name: string;
  kind: RoundKind;
  /** Percentage of the total, e.g. "30" for 30%. The weights of an activity's rounds sum to 100. */
  weight: string;
  /** The round's maximum possible result: "100" for an exam, the sum of criterion maxima for judging. */
  maxResult: string;
}

/** 职业技能大赛 default: theory exam 30% + practical judging 70%, both out of 100. */
export const skillsContestDefaultRounds: readonly RoundDefinition[] = [
  { key: "theory", name: "理论", kind: "EXAM", weight: "30", maxResult: "100" },
  { key: "practical", name: "实操", kind: "CRITERIA_SCORING", weight: "70", maxResult: "100" },
];

/** What people call a round's result: "实操" → "实操成绩"; a name already ending in 成绩 is kept. */
export function roundResultLabel(round: Pick<RoundDefinition, "name">): string {
  return round.name.endsWith("成绩") ? round.name : `${round.name}成绩`;
}

function trimmedText(value: unknown): string {
  return typeof value === "string" ? value.trim() : "";
}

/**
 * Checks an activity's rounds: at least one, keys present and unique, names present, a known
 * kind, every weight and maximum a positive decimal, and weights summing to exactly 100.
 * Returns every problem found.
 */
export function validateRoundDefinitions(rounds: readonly RoundDefinition[]): Reason[] {
  if (rounds.length === 0) return [{ code: "ROUNDS_EMPTY", message: "请至少设置一个评审轮次" }];
  const reasons: Reason[] = [];
  const seenKeys = new Set<string>();
  const weights: Fraction[] = [];
  let everyWeightReadable = true;
  rounds.forEach((round, index) => {
    const name = trimmedText(round.name);
    // Configuration arrives as JSON: name the round the way the organizer will recognise it.
    const title = name === "" ? `（第 ${index + 1} 个）` : `“${name}”`;
    const key = trimmedText(round.key);
    if (key === "") reasons.push({ code: "ROUND_KEY_REQUIRED", message: `轮次${title}缺少代码` });
    else if (seenKeys.has(key)) reasons.push({ code: "ROUND_KEY_DUPLICATE", message: `轮次代码“${key}”重复` });
    seenKeys.add(key);
    if (name === "") reasons.push({ code: "ROUND_NAME_REQUIRED", message: `轮次${title}缺少名称` });
    if (!(roundKinds as readonly string[]).includes(round.kind)) {
      reasons.push({ code: "ROUND_KIND_UNKNOWN", message: `轮次${title}的评审方式无法识别` });
    }
    const weight = parseScoreDecimal(round.weight);
    if (weight === null) {
      everyWeightReadable = false;
      reasons.push({ code: "ROUND_WEIGHT_FORMAT", message: `轮次${title}的权重应为数字（百分比），如 30` });
    } else {
      weights.push(weight);
      if (weight.compare(Fraction.zero) <= 0) {
        reasons.push({ code: "ROUND_WEIGHT_NOT_POSITIVE", message: `轮次${title}的权重应大于 0` });
      }
    }
    const maxResult = parseScoreDecimal(round.maxResult);
    if (maxResult === null) {
      reasons.push({ code: "ROUND_MAX_RESULT_FORMAT", message: `轮次${title}的满分应为数字，如 100` });
    } else if (maxResult.compare(Fraction.zero) <= 0) {
      reasons.push({ code: "ROUND_MAX_RESULT_NOT_POSITIVE", message: `轮次${title}的满分应大于 0` });
    }
  });
  const hundred = Fraction.of(100);
  const sum = Fraction.sum(weights);
  // A weight that cannot be read would make any sum meaningless; its own reason says enough.
  if (everyWeightReadable && !sum.equals(hundred)) {
    reasons.push({
      code: "ROUND_WEIGHTS_NOT_100",
      message: `各轮次权重之和应为 100%，现为 ${formatPercent(sum)}%`,
    });
  }
  return reasons;
}

/** "95", "99.5", "33.33": enough decimals to show why a sum is not 100. */
function formatPercent(value: Fraction): string {
  return value.toFixed(2).replace(/\.?0+$/, "");
}
