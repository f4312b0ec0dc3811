import type { Reason } from "../errors.ts";
import { Fraction } from "../exact/fraction.ts";
import type { JudgeProfile } from "./conflict-of-interest.ts";

/**
 * Judgement marks in the WorldSkills style: each judge of a small panel (three by default) gives
 * every aspect a whole mark from 0 to 3. When the judges' marks for an aspect lie more than one
 * apart, the judges must talk it over and change their marks before the marks can be locked.
 * The aspect's result is the mean of the marks.
 */

export interface JudgementAspect {
  key: string;
  name: string;
}

export interface JudgementMarksRule {
  aspects: readonly JudgementAspect[];
  /** Judges who mark each entry; 3 when absent. */
  judgeCount?: number;
  /** Largest allowed difference between the highest and lowest mark of an aspect; 1 when absent. */
  maxSpread?: number;
}

export const judgementMarkMaximum = 3;
export const defaultJudgementJudgeCount = 3;
export const defaultJudgementMaxSpread = 1;

export interface JudgementMark {
  judgeId: number;
  aspectKey: string;
  mark: number;
}

export interface JudgementAspectResult {
  aspectKey: string;
  name: string;
  /** The valid marks given, by judge id. */
  marks: { judgeId: number; mark: number }[];
  /** Highest minus lowest mark; null until every judge has given a valid mark. */
  spread: number | null;
  /** True when the spread is above the allowed one: the judges must resolve it before locking. */
  needsResolution: boolean;
  /** Mean of the marks; null until every judge has given a valid mark. */
  result: Fraction | null;
}

export interface JudgementMarksEvaluation {
  aspects: JudgementAspectResult[];
  /** Everything that stops the marks from being locked; empty when they may be. */
  lockBlockers: Reason[];
}

export function validateJudgementMarksRule(rule: JudgementMarksRule): Reason[] {
  const reasons: Reason[] = [];
  if (rule.aspects.length === 0) reasons.push({ code: "ASPECTS_EMPTY", message: "评价分至少要有一个评价要点" });
  const seen = new Set<string>();
  rule.aspects.forEach((aspect, index) => {
    const key = aspect.key.trim();
    if (key === "") reasons.push({ code: "ASPECT_KEY_EMPTY", message: `第 ${index + 1} 个评价要点缺少代码` });
    else if (seen.has(key)) reasons.push({ code: "ASPECT_KEY_DUPLICATE", message: `评价要点代码「${key}」重复` });
    seen.add(key);
    if (aspect.name.trim() === "") {
      reasons.push({ code: "ASPECT_NAME_EMPTY", message: `第 ${index + 1} 个评价要点缺少名称` });
    }
  });
  const { judgeCount = defaultJudgementJudgeCount, maxSpread = defaultJudgementMaxSpread } = rule;
  if (!Number.isInteger(judgeCount) || judgeCount < 2) {
    reasons.push({ code: "JUDGEMENT_JUDGE_COUNT_INVALID", message: "评价分的评委人数应为不少于 2 的整数" });
  }
  if (!Number.isInteger(maxSpread) || maxSpread < 0 || maxSpread > judgementMarkMaximum) {
    reasons.push({
      code: "JUDGEMENT_MAX_SPREAD_INVALID",
      message: `评委打分允许的最大差值应为 0 到 ${judgementMarkMaximum} 之间的整数`,
    });
  }
  return reasons;
}

/**
 * Evaluates one entry's marks from its panel: each aspect's marks, spread and mean, and every
 * reason the marks cannot be locked yet (missing, invalid or duplicate marks, a panel of the wrong
 * size, marks from judges not on the panel, spreads to resolve).
 */
export function evaluateJudgementMarks(input: {
  rule: JudgementMarksRule;
  judges: readonly Pick<JudgeProfile, "judgeId" | "name">[];
  marks: readonly JudgementMark[];
}): JudgementMarksEvaluation {
  const { rule, marks } = input;
  const judges = [...input.judges].sort((a, b) => a.judgeId - b.judgeId);
  const judgeCount = rule.judgeCount ?? defaultJudgementJudgeCount;
  const maxSpread = rule.maxSpread ?? defaultJudgementMaxSpread;
  const nameOf = new Map(judges.map((judge) => [judge.judgeId, judge.name]));
  const blockers: Reason[] = [];

  if (judges.length !== judgeCount) {
    blockers.push({
      code: "JUDGEMENT_PANEL_SIZE",
      message: `评价分需要 ${judgeCount} 名评委，现在分配了 ${judges.length} 名`,
    });
  }
  const aspectKeys = new Set(rule.aspects.map((aspect) => aspect.key));
  for (const mark of marks) {
    if (!nameOf.has(mark.judgeId)) {
      blockers.push({
        code: "JUDGEMENT_MARK_FROM_UNASSIGNED_JUDGE",
        message: `有一条打分来自未分配的评委（编号 ${mark.judgeId}）`,
      });
    }
    if (!aspectKeys.has(mark.aspectKey)) {
      blockers.push({
        code: "JUDGEMENT_MARK_UNKNOWN_ASPECT",
        message: `评价要点「${mark.aspectKey}」不在本轮的评价要点中`,
      });
    }
  }

  const aspects = rule.aspects.map((aspect): JudgementAspectResult => {
    const valid: { judgeId: number; mark: number }[] = [];
    for (const judge of judges) {
      const given = marks.filter((mark) => mark.judgeId === judge.judgeId && mark.aspectKey === aspect.key);
      const first = given[0];
      if (first === undefined) {
        blockers.push({ code: "JUDGEMENT_MARK_MISSING", message: `评委${judge.name}尚未给「${aspect.name}」打分` });
      } else if (given.length > 1) {
        blockers.push({
          code: "JUDGEMENT_MARK_DUPLICATE",
          message: `评委${judge.name}给「${aspect.name}」打了不止一次分`,
        });
      } else if (!Number.isInteger(first.mark) || first.mark < 0 || first.mark > judgementMarkMaximum) {
        blockers.push({
          code: "JUDGEMENT_MARK_INVALID",
          message: `评委${judge.name}给「${aspect.name}」的 ${first.mark} 分无效，应为 0、1、2、3 中的一个整数`,
        });
      } else {
        valid.push({ judgeId: judge.judgeId, mark: first.mark });
      }
    }
    if (valid.length !== judges.length || valid.length === 0) {
      return {
        aspectKey: aspect.key,
        name: aspect.name,
        marks: valid,
        spread: null,
        needsResolution: false,
        result: null,
      };
    }
    const values = valid.map((entry) => entry.mark);
    const spread = Math.max(...values) - Math.min(...values);
    const needsResolution = spread > maxSpread;
    if (needsResolution) {
      const listed = valid.map((entry) => `${nameOf.get(entry.judgeId)} ${entry.mark} 分`).join("、");
      blockers.push({
        code: "JUDGEMENT_SPREAD_TOO_WIDE",
        message: `「${aspect.name}」评委打分相差 ${spread} 分（${listed}），超过 ${maxSpread} 分，须由评委协商一致后才能锁定`,
      });
    }
    const result = Fraction.of(
      values.reduce((sum, value) => sum + value, 0),
      values.length,
    );
    return { aspectKey: aspect.key, name: aspect.name, marks: valid, spread, needsResolution, result };
  });
  return { aspects, lockBlockers: blockers };
}
