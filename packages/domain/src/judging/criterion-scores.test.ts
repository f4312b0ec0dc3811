import { describe, expect, it } from "vitest";
import { Fraction } from "../exact/fraction.ts";
import { choirCriteria } from "./criteria-scoring-rule.ts";
import { validateCriterionScores } from "./criterion-scores.ts";

describe("a judge's criterion scores", () => {
  it("adds the criterion scores into the judge's score for the entry", () => {
    const result = validateCriterionScores(
      { criteria: choirCriteria },
      { pitch: "45.5", stage: "17.0", appearance: "13.5", entrance: "9", song: 4.5 },
    );
    // 45.5 + 17.0 + 13.5 + 9.0 + 4.5 = 89.5
    expect(result.ok && result.value.total.equals(Fraction.fromDecimal("89.5"))).toBe(true);
    expect(result.ok && result.value.scores.map((score) => score.key)).toEqual([
      "pitch",
      "stage",
      "appearance",
      "entrance",
      "song",
    ]);
  });

  it("accepts full marks and zero, the bounds of the range", () => {
    const full = validateCriterionScores(
      { criteria: choirCriteria },
      { pitch: "50", stage: "20", appearance: "15", entrance: "10", song: "5" },
    );
    expect(full.ok && full.value.total.toFixed(1)).toBe("100.0");
    const zero = validateCriterionScores(
      { criteria: choirCriteria },
      { pitch: "0", stage: "0.0", appearance: "0", entrance: "0", song: "0" },
    );
    expect(zero.ok && zero.value.total.toFixed(1)).toBe("0.0");
  });

  it("reports every problem, per criterion", () => {
    const result = validateCriterionScores(
      { criteria: choirCriteria },
      { pitch: "50.05", stage: "二十", appearance: "-0.5", entrance: "  ", costume: "3" },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => [error.field, error.code])).toEqual([
      ["pitch", "SCORE_ABOVE_MAX"],
      ["pitch", "SCORE_OFF_STEP"],
      ["stage", "SCORE_NOT_A_NUMBER"],
      ["appearance", "SCORE_BELOW_ZERO"],
      ["entrance", "SCORE_MISSING"],
      ["song", "SCORE_MISSING"],
      ["costume", "SCORE_UNKNOWN_CRITERION"],
    ]);
    expect(result.errors.map((error) => error.message)).toEqual([
      "「音准、节奏与和声」的分数不能高于满分 50",
      "「音准、节奏与和声」的分数须以 0.1 分为单位",
      "「舞台表现」的分数「二十」不是有效的数字",
      "「服装形象」的分数不能低于 0",
      "请为「上下场」打分",
      "请为「选曲」打分",
      "评分表中没有「costume」这一项",
    ]);
  });

  it("uses the rule's step when it is not 0.1", () => {
    const rule = { criteria: [{ key: "content", name: "演讲内容", max: "40" }], step: "0.5" };
    expect(validateCriterionScores(rule, { content: "35.5" }).ok).toBe(true);
    const offStep = validateCriterionScores(rule, { content: "35.3" });
    expect(!offStep.ok && offStep.errors.map((error) => error.message)).toEqual([
      "「演讲内容」的分数须以 0.5 分为单位",
    ]);
    expect(validateCriterionScores(rule, { content: Number.NaN }).ok).toBe(false);
    expect(validateCriterionScores(rule, { content: null }).ok).toBe(false);
  });

  it("refuses criteria that were never validated", () => {
    expect(() => validateCriterionScores({ criteria: [{ key: "x", name: "x", max: "" }] }, { x: "1" })).toThrow(
      RangeError,
    );
  });
});
