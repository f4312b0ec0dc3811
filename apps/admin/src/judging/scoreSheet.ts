import {
  criteriaScoringMaximum,
  defaultScoreStep,
  scoreDecimalText,
  validateCriterionScores,
  validateJudgementMarksInput,
} from "@jinzhou/domain";
import type { RoundCriterion } from "./judgingApi.ts";

/** What the judge typed into each criterion's box, by criterion key. */
export type SheetValues = Record<string, string>;

export interface SheetCheck {
  /** The message per criterion key (the domain's, the same words the API answers with). */
  errors: Record<string, string>;
  /** The judge's score for the entry (the sum), exact decimal text, when every box is valid. */
  total: string | null;
}

/**
 * Checks a score sheet before it is sent, with the domain's own validator: every criterion given,
 * 0 to its maximum, in whole steps. Several problems of one criterion are joined.
 */
export function checkSheet(criteria: readonly RoundCriterion[], step: string | null, values: SheetValues): SheetCheck {
  const input: Record<string, string> = {};
  for (const criterion of criteria) input[criterion.key] = values[criterion.key] ?? "";
  const result = validateCriterionScores({ criteria, step: step ?? defaultScoreStep }, input);
  if (result.ok) return { errors: {}, total: scoreDecimalText(result.value.total) };
  const errors: Record<string, string> = {};
  for (const error of result.errors) {
    errors[error.field] = errors[error.field] ? `${errors[error.field]}；${error.message}` : error.message;
  }
  return { errors, total: null };
}

/** The scores to send, in the sheet's order, as the decimal text typed (trimmed). */
export function sheetScores(criteria: readonly RoundCriterion[], values: SheetValues) {
  return criteria.map((criterion) => ({ criterionKey: criterion.key, score: (values[criterion.key] ?? "").trim() }));
}

/** A sheet's boxes filled from what was submitted before (a locked or unlocked sheet). */
export function valuesFromScores(scores: readonly { criterionKey: string; score: string }[] | undefined): SheetValues {
  const values: SheetValues = {};
  for (const score of scores ?? []) values[score.criterionKey] = score.score;
  return values;
}

/**
 * Where Enter moves the focus on the sheet: the next box, or the submit button after the last
 * (index `count`). Shift+Enter goes back; never before the first box.
 */
export function nextFocusIndex(index: number, count: number, backwards: boolean): number {
  if (backwards) return Math.max(0, index - 1);
  return Math.min(count, index + 1);
}

/** The first criterion key with a problem, in the sheet's order (where the focus goes). */
export function firstErrorKey(criteria: readonly RoundCriterion[], errors: Record<string, string>): string | null {
  return criteria.find((criterion) => errors[criterion.key] !== undefined)?.key ?? null;
}

/** The sheet's full marks (sum of the maxima), for "满分 100". */
export function sheetMaximum(criteria: readonly RoundCriterion[]): string {
  return scoreDecimalText(criteriaScoringMaximum(criteria));
}

/**
 * Checks a 评价分表 (judgement marks) with the domain's rule: every aspect (the round's criteria)
 * a whole mark 0, 1, 2 or 3. The total is the sum of the marks.
 */
export function checkMarks(aspects: readonly RoundCriterion[], values: SheetValues): SheetCheck {
  const input: Record<string, string> = {};
  for (const aspect of aspects) input[aspect.key] = values[aspect.key] ?? "";
  const result = validateJudgementMarksInput({ aspects }, input);
  if (result.ok) return { errors: {}, total: scoreDecimalText(result.value.total) };
  const errors: Record<string, string> = {};
  for (const error of result.errors) errors[error.field] = error.message;
  return { errors, total: null };
}

/** A marks sheet's boxes filled from the judge's own marks. */
export function valuesFromMarks(
  aspects: readonly { aspectKey: string; ownMark: number | null }[] | undefined,
): SheetValues {
  const values: SheetValues = {};
  for (const aspect of aspects ?? []) if (aspect.ownMark !== null) values[aspect.aspectKey] = String(aspect.ownMark);
  return values;
}
