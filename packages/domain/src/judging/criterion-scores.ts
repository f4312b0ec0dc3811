import type { FieldError, Validated } from "../errors.ts";
import { Fraction } from "../exact/fraction.ts";
import { type CriteriaScoringRule, defaultScoreStep, scoreStepOf } from "./criteria-scoring-rule.ts";
import { parseScoreDecimal } from "./score-decimal.ts";

/** What a judge entered on the 评分表: criterion key → score as typed. */
export type CriterionScoreInput = Readonly<Record<string, string | number | null | undefined>>;

/** A complete, valid 评分表: each criterion's score, and the judge's score for the entry (their sum). */
export interface CriterionScoreTotal {
  scores: { key: string; score: Fraction }[];
  total: Fraction;
}

/**
 * Checks a judge's scores against the criteria: every criterion scored, each from 0 to its maximum
 * in whole steps. Problems are reported per criterion (`field` is the criterion key), all of them,
 * e.g. a score both above the maximum and off the step gets both.
 */
export function validateCriterionScores(
  rule: Pick<CriteriaScoringRule, "criteria" | "step">,
  input: CriterionScoreInput,
): Validated<CriterionScoreTotal> {
  const step = scoreStepOf(rule);
  const stepText = rule.step ?? defaultScoreStep;
  const errors: FieldError[] = [];
  const scores: { key: string; score: Fraction }[] = [];
  for (const criterion of rule.criteria) {
    const raw = input[criterion.key];
    const field = criterion.key;
    if (raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "")) {
      errors.push({ field, code: "SCORE_MISSING", message: `请为「${criterion.name}」打分` });
      continue;
    }
    const score = parseScoreDecimal(raw);
    if (score === null) {
      errors.push({
        field,
        code: "SCORE_NOT_A_NUMBER",
        message: `「${criterion.name}」的分数「${raw}」不是有效的数字`,
      });
      continue;
    }
    const max = parseScoreDecimal(criterion.max);
    if (max === null) throw new RangeError(`criterion ${criterion.key} has no valid maximum`);
    const before = errors.length;
    if (score.compare(Fraction.zero) < 0) {
      errors.push({ field, code: "SCORE_BELOW_ZERO", message: `「${criterion.name}」的分数不能低于 0` });
    }
    if (score.compare(max) > 0) {
      errors.push({
        field,
        code: "SCORE_ABOVE_MAX",
        message: `「${criterion.name}」的分数不能高于满分 ${criterion.max}`,
      });
    }
    if (!score.isMultipleOf(step)) {
      errors.push({ field, code: "SCORE_OFF_STEP", message: `「${criterion.name}」的分数须以 ${stepText} 分为单位` });
    }
    if (errors.length === before) scores.push({ key: criterion.key, score });
  }
  const known = new Set(rule.criteria.map((criterion) => criterion.key));
  for (const key of Object.keys(input)) {
    if (!known.has(key)) {
      errors.push({ field: key, code: "SCORE_UNKNOWN_CRITERION", message: `评分表中没有「${key}」这一项` });
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { scores, total: Fraction.sum(scores.map((entry) => entry.score)) } };
}
