import type { Reason } from "../errors.ts";
import { Fraction } from "../exact/fraction.ts";
import { parseScoreDecimal } from "./score-decimal.ts";

/**
 * How a judge panel scores a round by criteria. Activities compose this into their configuration;
 * the defaults are those of DOMAIN.md ("Scores and rounds") and an organizer may change them.
 */

/** One line of the 评分表. Its maximum is also its weight: a choir's pitch counts 50, its choice of song 5. */
export interface Criterion {
  /** Stable code of the criterion within the rule, e.g. "pitch". */
  key: string;
  /** What judges and the public read, e.g. "音准、节奏与和声". */
  name: string;
  /** Full marks as decimal text, e.g. "50". */
  max: string;
}

/**
 * How the judges' scores for one entry become the entry's result. Each judge's total is used
 * (never criterion by criterion). A trimmed mean without `trim` uses `defaultTrim(n)` for the n
 * scores actually aggregated, so an entry whose judge was excused may be trimmed differently.
 */
export type ScoreAggregation = { method: "MEAN" } | { method: "MEDIAN" } | { method: "TRIMMED_MEAN"; trim?: number };

export type ScoreAggregationMethod = ScoreAggregation["method"];

export interface CriteriaScoringRule {
  criteria: readonly Criterion[];
  /** Smallest score increment as decimal text; `defaultScoreStep` when absent. */
  step?: string;
  aggregation: ScoreAggregation;
  /** Per-judge z-score normalization before aggregating; off by default. */
  perJudgeNormalization?: boolean;
}

export const defaultScoreStep = "0.1";

export const scoreAggregationLabels: Record<ScoreAggregationMethod, string> = {
  MEAN: "平均分",
  MEDIAN: "中位数",
  TRIMMED_MEAN: "去掉最高分和最低分后的平均分",
};

/** The choir criteria of DOMAIN.md; their maxima add up to 100. */
export const choirCriteria: readonly Criterion[] = [
  { key: "pitch", name: "音准、节奏与和声", max: "50" },
  { key: "stage", name: "舞台表现", max: "20" },
  { key: "appearance", name: "服装形象", max: "15" },
  { key: "entrance", name: "上下场", max: "10" },
  { key: "song", name: "选曲", max: "5" },
];

/** Scores dropped at each end by default: one highest and one lowest from five judges up, none below. */
export function defaultTrim(judgeCount: number): number {
  return judgeCount >= 5 ? 1 : 0;
}

/** The trim a rule applies to n scores: its own k, the default for n, or 0 for mean and median. */
export function scoreTrimFor(aggregation: ScoreAggregation, judgeCount: number): number {
  if (aggregation.method !== "TRIMMED_MEAN") return 0;
  return aggregation.trim ?? defaultTrim(judgeCount);
}

/**
 * Why a trim cannot be applied to n scores: k must be a whole number, and dropping k highest and
 * k lowest must leave at least one score (2k < n).
 */
export function scoreTrimReasons(aggregation: ScoreAggregation, judgeCount: number | null): Reason[] {
  if (aggregation.method !== "TRIMMED_MEAN") return [];
  const { trim } = aggregation;
  if (trim !== undefined && (!Number.isInteger(trim) || trim < 0)) {
    return [{ code: "TRIM_INVALID", message: "去掉最高分和最低分的个数应为不小于 0 的整数" }];
  }
  if (judgeCount === null) return [];
  const k = scoreTrimFor(aggregation, judgeCount);
  if (2 * k < judgeCount) return [];
  return [
    {
      code: "TRIM_TOO_LARGE",
      message: `只有 ${judgeCount} 名评委的分数，去掉最高分和最低分各 ${k} 个后没有剩余分数`,
    },
  ];
}

/** The highest score a judge can give: the sum of the maxima (100 for the choir criteria). */
export function criteriaScoringMaximum(criteria: readonly Criterion[]): Fraction {
  return Fraction.sum(
    criteria.map((criterion) => {
      const max = parseScoreDecimal(criterion.max);
      if (max === null) throw new RangeError(`criterion ${criterion.key} has no valid maximum`);
      return max;
    }),
  );
}

/** The step of a rule as a fraction; the rule must have been validated. */
export function scoreStepOf(rule: Pick<CriteriaScoringRule, "step">): Fraction {
  const step = parseScoreDecimal(rule.step ?? defaultScoreStep);
  if (step === null || step.compare(Fraction.zero) <= 0) throw new RangeError(`invalid score step ${rule.step}`);
  return step;
}

const aggregationMethods: readonly string[] = ["MEAN", "MEDIAN", "TRIMMED_MEAN"];

/**
 * Every problem with a rule as an organizer configured it. With `judgesPerEntry` the trim is
 * also checked against the panel size (2k < n).
 */
export function validateCriteriaScoringRule(
  rule: CriteriaScoringRule,
  context: { judgesPerEntry?: number } = {},
): Reason[] {
  const reasons: Reason[] = [];
  const stepText = rule.step ?? defaultScoreStep;
  const parsedStep = parseScoreDecimal(stepText);
  const step = parsedStep !== null && parsedStep.compare(Fraction.zero) > 0 ? parsedStep : null;
  if (step === null) {
    reasons.push({ code: "SCORE_STEP_INVALID", message: `评分步长「${stepText}」应为大于 0 的数字` });
  }

  if (rule.criteria.length === 0) reasons.push({ code: "CRITERIA_EMPTY", message: "评分标准至少要有一项" });
  const seenKeys = new Set<string>();
  rule.criteria.forEach((criterion, index) => {
    const label = criterion.name.trim() === "" ? `第 ${index + 1} 项评分标准` : `「${criterion.name}」`;
    const key = criterion.key.trim();
    if (key === "") {
      reasons.push({ code: "CRITERION_KEY_EMPTY", message: `第 ${index + 1} 项评分标准缺少代码` });
    } else if (seenKeys.has(key)) {
      reasons.push({ code: "CRITERION_KEY_DUPLICATE", message: `评分标准代码「${key}」重复，每项的代码应各不相同` });
    }
    seenKeys.add(key);
    if (criterion.name.trim() === "") {
      reasons.push({ code: "CRITERION_NAME_EMPTY", message: `第 ${index + 1} 项评分标准缺少名称` });
    }
    const max = parseScoreDecimal(criterion.max);
    if (max === null) {
      reasons.push({ code: "CRITERION_MAX_INVALID", message: `${label}的满分「${criterion.max}」不是有效的数字` });
    } else if (max.compare(Fraction.zero) <= 0) {
      reasons.push({ code: "CRITERION_MAX_NOT_POSITIVE", message: `${label}的满分应大于 0` });
    } else if (step !== null && !max.isMultipleOf(step)) {
      reasons.push({
        code: "CRITERION_MAX_OFF_STEP",
        message: `${label}的满分 ${criterion.max} 不是评分步长 ${stepText} 的整数倍`,
      });
    }
  });

  if (!aggregationMethods.includes(rule.aggregation.method)) {
    reasons.push({
      code: "AGGREGATION_UNKNOWN",
      message: "请选择汇总方式：平均分、中位数或去掉最高分和最低分后的平均分",
    });
  }
  const { judgesPerEntry } = context;
  if (judgesPerEntry !== undefined && (!Number.isInteger(judgesPerEntry) || judgesPerEntry < 1)) {
    reasons.push({ code: "JUDGES_PER_ENTRY_INVALID", message: "每个参赛对象的评委人数应为正整数" });
    reasons.push(...scoreTrimReasons(rule.aggregation, null));
  } else {
    reasons.push(...scoreTrimReasons(rule.aggregation, judgesPerEntry ?? null));
  }
  return reasons;
}
