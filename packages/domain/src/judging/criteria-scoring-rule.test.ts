import { describe, expect, it } from "vitest";
import { Fraction } from "../exact/fraction.ts";
import {
  type CriteriaScoringRule,
  choirCriteria,
  criteriaScoringMaximum,
  defaultTrim,
  scoreStepOf,
  scoreTrimFor,
  validateCriteriaScoringRule,
} from "./criteria-scoring-rule.ts";

const codes = (reasons: { code: string }[]) => reasons.map((reason) => reason.code);

describe("criteria scoring rule", () => {
  it("accepts the choir criteria of DOMAIN.md, whose maxima add up to 100", () => {
    const rule: CriteriaScoringRule = { criteria: choirCriteria, aggregation: { method: "TRIMMED_MEAN" } };
    expect(validateCriteriaScoringRule(rule, { judgesPerEntry: 7 })).toEqual([]);
    // 50 + 20 + 15 + 10 + 5 = 100
    expect(criteriaScoringMaximum(choirCriteria).equals(Fraction.of(100))).toBe(true);
    expect(scoreStepOf(rule).equals(Fraction.of(1, 10))).toBe(true);
  });

  it("trims one score at each end from five judges up, none below", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 9].map(defaultTrim)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1]);
    expect(scoreTrimFor({ method: "TRIMMED_MEAN" }, 7)).toBe(1);
    expect(scoreTrimFor({ method: "TRIMMED_MEAN", trim: 2 }, 7)).toBe(2);
    expect(scoreTrimFor({ method: "MEAN" }, 7)).toBe(0);
    expect(scoreTrimFor({ method: "MEDIAN" }, 7)).toBe(0);
  });

  it("reports every problem of the criteria at once", () => {
    const rule: CriteriaScoringRule = {
      criteria: [
        { key: "a", name: "", max: "abc" },
        { key: "a", name: "台风", max: "0" },
        { key: " ", name: "形象", max: "10.05" },
      ],
      aggregation: { method: "TRIMMED_MEAN", trim: 2 },
    };
    const reasons = validateCriteriaScoringRule(rule, { judgesPerEntry: 4 });
    expect(codes(reasons)).toEqual([
      "CRITERION_NAME_EMPTY",
      "CRITERION_MAX_INVALID",
      "CRITERION_KEY_DUPLICATE",
      "CRITERION_MAX_NOT_POSITIVE",
      "CRITERION_KEY_EMPTY",
      "CRITERION_MAX_OFF_STEP",
      "TRIM_TOO_LARGE",
    ]);
    expect(reasons[1]?.message).toBe("第 1 项评分标准的满分「abc」不是有效的数字");
    expect(reasons[5]?.message).toBe("「形象」的满分 10.05 不是评分步长 0.1 的整数倍");
    // 2 × 2 = 4 ≥ 4 judges: nothing would be left to average.
    expect(reasons[6]?.message).toBe("只有 4 名评委的分数，去掉最高分和最低分各 2 个后没有剩余分数");
  });

  it("checks the step, which is configurable", () => {
    const withStep = (step: string, max: string): CriteriaScoringRule => ({
      criteria: [{ key: "x", name: "演讲内容", max }],
      step,
      aggregation: { method: "MEAN" },
    });
    expect(validateCriteriaScoringRule(withStep("0.5", "2.5"))).toEqual([]);
    expect(codes(validateCriteriaScoringRule(withStep("0.5", "2.3")))).toEqual(["CRITERION_MAX_OFF_STEP"]);
    expect(codes(validateCriteriaScoringRule(withStep("0", "10")))).toEqual(["SCORE_STEP_INVALID"]);
    expect(codes(validateCriteriaScoringRule(withStep("-1", "10")))).toEqual(["SCORE_STEP_INVALID"]);
    expect(validateCriteriaScoringRule(withStep("一", "10"))[0]?.message).toBe("评分步长「一」应为大于 0 的数字");
    expect(() => scoreStepOf({ step: "0" })).toThrow(RangeError);
  });

  it("needs at least one criterion, a known aggregation and a feasible trim", () => {
    expect(codes(validateCriteriaScoringRule({ criteria: [], aggregation: { method: "MEDIAN" } }))).toEqual([
      "CRITERIA_EMPTY",
    ]);
    const unknown = { criteria: choirCriteria, aggregation: { method: "MODE" } } as unknown as CriteriaScoringRule;
    expect(codes(validateCriteriaScoringRule(unknown))).toEqual(["AGGREGATION_UNKNOWN"]);
    const trimmed = (trim: number | undefined): CriteriaScoringRule => ({
      criteria: choirCriteria,
      aggregation: trim === undefined ? { method: "TRIMMED_MEAN" } : { method: "TRIMMED_MEAN", trim },
    });
    expect(codes(validateCriteriaScoringRule(trimmed(1.5)))).toEqual(["TRIM_INVALID"]);
    expect(codes(validateCriteriaScoringRule(trimmed(-1), { judgesPerEntry: 7 }))).toEqual(["TRIM_INVALID"]);
    // k = 2 with 5 judges: 4 < 5 leaves one; with 4 judges nothing is left.
    expect(validateCriteriaScoringRule(trimmed(2), { judgesPerEntry: 5 })).toEqual([]);
    expect(codes(validateCriteriaScoringRule(trimmed(2), { judgesPerEntry: 4 }))).toEqual(["TRIM_TOO_LARGE"]);
    // The default trim is feasible for every panel: k = 0 below 5, and 2 < n from 5 up.
    for (const judgesPerEntry of [1, 2, 3, 4, 5, 6]) {
      expect(validateCriteriaScoringRule(trimmed(undefined), { judgesPerEntry })).toEqual([]);
    }
    expect(codes(validateCriteriaScoringRule(trimmed(1.5), { judgesPerEntry: 0 }))).toEqual([
      "JUDGES_PER_ENTRY_INVALID",
      "TRIM_INVALID",
    ]);
  });

  it("refuses to compute a maximum from criteria that were not validated", () => {
    expect(() => criteriaScoringMaximum([{ key: "x", name: "x", max: "五十" }])).toThrow(RangeError);
  });
});
