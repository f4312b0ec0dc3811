import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Fraction } from "../exact/fraction.ts";
import { choirCriteria, type ScoreAggregation } from "./criteria-scoring-rule.ts";
import { validateCriterionScores } from "./criterion-scores.ts";
import { aggregateJudgeScores, type JudgeTotal } from "./judge-score-aggregation.ts";

const d = (text: string) => Fraction.fromDecimal(text);
const totals = (...scores: string[]): JudgeTotal[] =>
  scores.map((score, index) => ({ judgeId: index + 1, score: d(score) }));
const judgeIds = (list: JudgeTotal[]) => list.map((total) => total.judgeId);
const mustAggregate = (scores: readonly JudgeTotal[], aggregation: ScoreAggregation) => {
  const result = aggregateJudgeScores(scores, aggregation);
  if (!result.ok) throw new Error(result.reasons.map((reason) => reason.message).join("；"));
  return result.value;
};

// A choir before seven judges, scored on the choir criteria of DOMAIN.md
// (音准、节奏与和声 50, 舞台表现 20, 服装形象 15, 上下场 10, 选曲 5).
const choirSheets = [
  // judge 1: 45.5 + 17.0 + 13.5 + 9.0 + 4.5 = 89.5
  { pitch: "45.5", stage: "17.0", appearance: "13.5", entrance: "9.0", song: "4.5" },
  // judge 2: 46.0 + 18.0 + 13.0 + 8.5 + 4.5 = 90.0
  { pitch: "46.0", stage: "18.0", appearance: "13.0", entrance: "8.5", song: "4.5" },
  // judge 3: 43.2 + 16.5 + 12.8 + 8.0 + 4.0 = 84.5 (lowest)
  { pitch: "43.2", stage: "16.5", appearance: "12.8", entrance: "8.0", song: "4.0" },
  // judge 4: 47.8 + 18.6 + 14.2 + 9.3 + 4.8 = 94.7 (highest)
  { pitch: "47.8", stage: "18.6", appearance: "14.2", entrance: "9.3", song: "4.8" },
  // judge 5: 44.9 + 17.3 + 13.1 + 8.7 + 4.2 = 88.2
  { pitch: "44.9", stage: "17.3", appearance: "13.1", entrance: "8.7", song: "4.2" },
  // judge 6: 45.0 + 17.5 + 13.6 + 9.1 + 4.6 = 89.8
  { pitch: "45.0", stage: "17.5", appearance: "13.6", entrance: "9.1", song: "4.6" },
  // judge 7: 46.4 + 17.8 + 13.3 + 8.8 + 4.4 = 90.7
  { pitch: "46.4", stage: "17.8", appearance: "13.3", entrance: "8.8", song: "4.4" },
];

function choirTotals(): JudgeTotal[] {
  return choirSheets.map((sheet, index) => {
    const result = validateCriterionScores({ criteria: choirCriteria }, sheet);
    if (!result.ok) throw new Error("invalid example sheet");
    return { judgeId: index + 1, score: result.value.total };
  });
}

describe("aggregating the judges' scores for an entry", () => {
  it("drops the highest and lowest of seven choir judges and averages the other five", () => {
    const scores = choirTotals();
    expect(scores.map((score) => score.score.toFixed(1))).toEqual([
      "89.5",
      "90.0",
      "84.5",
      "94.7",
      "88.2",
      "89.8",
      "90.7",
    ]);
    const aggregate = mustAggregate(scores, { method: "TRIMMED_MEAN" });
    // n = 7 ≥ 5, so k = 1: 去掉最高分 94.7 (judge 4) 和最低分 84.5 (judge 3).
    expect(aggregate.trim).toBe(1);
    expect(judgeIds(aggregate.droppedLowest)).toEqual([3]);
    expect(judgeIds(aggregate.droppedHighest)).toEqual([4]);
    expect(judgeIds(aggregate.kept)).toEqual([5, 1, 6, 2, 7]);
    // (88.2 + 89.5 + 89.8 + 90.0 + 90.7) / 5 = 448.2 / 5 = 89.64
    expect(aggregate.result.equals(d("89.64"))).toBe(true);
    expect(aggregate.result.toFixed(2)).toBe("89.64");
    // untrimmed: (448.2 + 84.5 + 94.7) / 7 = 627.4 / 7 = 3137/35 = 89.628571… → "89.63"
    expect(aggregate.untrimmedMean.equals(Fraction.of(3137, 35))).toBe(true);
    expect(aggregate.untrimmedMean.toFixed(2)).toBe("89.63");
    expect(aggregate.judgeCount).toBe(7);
    expect(aggregate.method).toBe("TRIMMED_MEAN");
  });

  it("drops two at each end when the contest sets k = 2", () => {
    const aggregate = mustAggregate(choirTotals(), { method: "TRIMMED_MEAN", trim: 2 });
    // ascending: 84.5 (3), 88.2 (5), 89.5 (1), 89.8 (6), 90.0 (2), 90.7 (7), 94.7 (4)
    expect(judgeIds(aggregate.droppedLowest)).toEqual([3, 5]);
    expect(judgeIds(aggregate.droppedHighest)).toEqual([7, 4]);
    // (89.5 + 89.8 + 90.0) / 3 = 269.3 / 3 = 2693/30 = 89.7666… → "89.77"
    expect(aggregate.result.equals(Fraction.of(2693, 30))).toBe(true);
    expect(aggregate.result.toFixed(2)).toBe("89.77");
    expect(aggregate.untrimmedMean.equals(Fraction.of(3137, 35))).toBe(true);
  });

  it("takes the plain mean or the median of the same seven scores", () => {
    const mean = mustAggregate(choirTotals(), { method: "MEAN" });
    // 627.4 / 7 = 3137/35
    expect(mean.result.equals(Fraction.of(3137, 35))).toBe(true);
    expect(mean.trim).toBe(0);
    expect(mean.droppedLowest).toEqual([]);
    // the 4th of 7 ascending scores: 89.8
    expect(mustAggregate(choirTotals(), { method: "MEDIAN" }).result.equals(d("89.8"))).toBe(true);
  });

  it("takes the mean of the two middle scores as the median of an even number of judges", () => {
    const aggregate = mustAggregate(totals("82.5", "88.0", "85.3", "90.1", "79.9", "86.7"), { method: "MEDIAN" });
    // ascending: 79.9, 82.5, 85.3, 86.7, 88.0, 90.1 → (85.3 + 86.7) / 2 = 172.0 / 2 = 86
    expect(aggregate.result.equals(Fraction.of(86))).toBe(true);
    // untrimmed: 512.5 / 6 = 1025/12 = 85.41666… → "85.42"
    expect(aggregate.untrimmedMean.equals(Fraction.of(1025, 12))).toBe(true);
    expect(aggregate.untrimmedMean.toFixed(2)).toBe("85.42");
  });

  it("ties two choirs exactly on the trimmed mean where doubles would split them, and reports the untrimmed mean that breaks the tie", () => {
    const choirA = totals("83.0", "85.5", "89.0", "87.4", "92.9", "92.4", "94.0");
    const choirB = totals("84.0", "91.0", "88.6", "91.0", "90.3", "86.3", "93.5");
    const a = mustAggregate(choirA, { method: "TRIMMED_MEAN" });
    const b = mustAggregate(choirB, { method: "TRIMMED_MEAN" });
    // A drops 83.0 and 94.0: 85.5 + 89.0 + 87.4 + 92.9 + 92.4 = 447.2; 447.2 / 5 = 89.44
    // B drops 84.0 and 93.5: 91.0 + 88.6 + 91.0 + 90.3 + 86.3 = 447.2; 447.2 / 5 = 89.44
    expect(a.result.equals(d("89.44"))).toBe(true);
    expect(b.result.equals(d("89.44"))).toBe(true);
    expect(a.result.compare(b.result)).toBe(0);
    // The same sums in binary floating point come out 89.43999999999998 and 89.44000000000001.
    const floatMean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(floatMean([85.5, 89.0, 87.4, 92.9, 92.4])).not.toBe(floatMean([91.0, 88.6, 91.0, 90.3, 86.3]));
    // Untrimmed: A 624.2 / 7 = 3121/35 = 89.171…; B 624.7 / 7 = 6247/70 = 89.242…: B ranks ahead.
    expect(a.untrimmedMean.equals(Fraction.of(3121, 35))).toBe(true);
    expect(b.untrimmedMean.equals(Fraction.of(6247, 70))).toBe(true);
    expect(b.untrimmedMean.compare(a.untrimmedMean)).toBe(1);
    expect([a.untrimmedMean.toFixed(2), b.untrimmedMean.toFixed(2)]).toEqual(["89.17", "89.24"]);
  });

  it("drops equal scores in judge-id order, the smaller id counting as lower", () => {
    const aggregate = mustAggregate(totals("90", "90", "85", "80", "80"), { method: "TRIMMED_MEAN" });
    // ascending by score then judge: 80 (4), 80 (5), 85 (3), 90 (1), 90 (2)
    expect(judgeIds(aggregate.droppedLowest)).toEqual([4]);
    expect(judgeIds(aggregate.droppedHighest)).toEqual([2]);
    // (80 + 85 + 90) / 3 = 255 / 3 = 85
    expect(aggregate.result.equals(Fraction.of(85))).toBe(true);
  });

  it("averages all scores below five judges by default (k = 0)", () => {
    const aggregate = mustAggregate(totals("88.5", "90.2", "86.9", "91.4"), { method: "TRIMMED_MEAN" });
    // (88.5 + 90.2 + 86.9 + 91.4) / 4 = 357.0 / 4 = 89.25
    expect(aggregate.trim).toBe(0);
    expect(aggregate.result.equals(d("89.25"))).toBe(true);
  });

  it("refuses what cannot be aggregated", () => {
    expect(aggregateJudgeScores([], { method: "MEAN" })).toEqual({
      ok: false,
      reasons: [{ code: "NO_JUDGE_SCORES", message: "没有可汇总的评委评分" }],
    });
    const fourJudges = totals("88", "89", "90", "91");
    const tooMuch = aggregateJudgeScores(fourJudges, { method: "TRIMMED_MEAN", trim: 2 });
    expect(!tooMuch.ok && tooMuch.reasons.map((reason) => reason.code)).toEqual(["TRIM_TOO_LARGE"]);
    const fractional = aggregateJudgeScores(fourJudges, { method: "TRIMMED_MEAN", trim: 0.5 });
    expect(!fractional.ok && fractional.reasons.map((reason) => reason.code)).toEqual(["TRIM_INVALID"]);
    expect(() => aggregateJudgeScores([...fourJudges, { judgeId: 1, score: d("80") }], { method: "MEAN" })).toThrow(
      RangeError,
    );
  });
});

describe("aggregation properties", () => {
  const tenths = fc.integer({ min: 0, max: 1000 }).map((value) => Fraction.of(value, 10));
  const scoreLists = fc
    .array(tenths, { minLength: 1, maxLength: 12 })
    .map((scores) => scores.map((score, index) => ({ judgeId: index + 1, score })));

  it("keeps a trimmed mean between the lowest and highest score, and between the lowest and highest kept score", () => {
    fc.assert(
      fc.property(scoreLists, fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }), (scores, trim) => {
        fc.pre(trim === undefined || 2 * trim < scores.length);
        const aggregation: ScoreAggregation =
          trim === undefined ? { method: "TRIMMED_MEAN" } : { method: "TRIMMED_MEAN", trim };
        const aggregate = mustAggregate(scores, aggregation);
        const all = scores.map((score) => score.score);
        const kept = aggregate.kept.map((score) => score.score);
        expect(aggregate.result.compare(Fraction.min(all))).toBeGreaterThanOrEqual(0);
        expect(aggregate.result.compare(Fraction.max(all))).toBeLessThanOrEqual(0);
        expect(aggregate.result.compare(Fraction.min(kept))).toBeGreaterThanOrEqual(0);
        expect(aggregate.result.compare(Fraction.max(kept))).toBeLessThanOrEqual(0);
        // the dropped scores are the extremes, and everything is accounted for
        for (const low of aggregate.droppedLowest) expect(low.score.compare(Fraction.min(kept))).toBeLessThanOrEqual(0);
        for (const high of aggregate.droppedHighest) {
          expect(high.score.compare(Fraction.max(kept))).toBeGreaterThanOrEqual(0);
        }
        expect(aggregate.droppedLowest.length + aggregate.kept.length + aggregate.droppedHighest.length).toBe(
          scores.length,
        );
      }),
    );
  });

  it("gives the common score when every judge gives the same score", () => {
    fc.assert(
      fc.property(tenths, fc.integer({ min: 1, max: 12 }), (score, count) => {
        const scores = Array.from({ length: count }, (_, index) => ({ judgeId: index + 1, score }));
        for (const aggregation of [
          { method: "MEAN" },
          { method: "MEDIAN" },
          { method: "TRIMMED_MEAN" },
        ] satisfies ScoreAggregation[]) {
          const aggregate = mustAggregate(scores, aggregation);
          expect(aggregate.result.equals(score)).toBe(true);
          expect(aggregate.untrimmedMean.equals(score)).toBe(true);
        }
      }),
    );
  });

  it("puts the median between the lowest and highest score", () => {
    fc.assert(
      fc.property(scoreLists, (scores) => {
        const median = mustAggregate(scores, { method: "MEDIAN" }).result;
        const all = scores.map((score) => score.score);
        expect(median.compare(Fraction.min(all))).toBeGreaterThanOrEqual(0);
        expect(median.compare(Fraction.max(all))).toBeLessThanOrEqual(0);
      }),
    );
  });
});
