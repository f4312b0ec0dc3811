import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Fraction } from "../exact/fraction.ts";
import { type JudgeEntryScore, normalizeScoresPerJudge } from "./per-judge-normalization.ts";

const hundred = { maximum: Fraction.of(100) };
const score = (judgeId: number, entryId: number, value: number): JudgeEntryScore => ({
  judgeId,
  entryId,
  score: Fraction.fromDecimal(value),
});

describe("per-judge normalization", () => {
  it("puts a narrow judge and a wide judge on the round's scale (exact square roots)", () => {
    // judge 1: 84, 86 → mean 85, variance (1 + 1) / 2 = 1
    // judge 2: 78, 92 → mean 85, variance (49 + 49) / 2 = 49
    // round: mean 340 / 4 = 85, variance (1 + 1 + 49 + 49) / 4 = 25
    const result = normalizeScoresPerJudge(
      [score(1, 1, 84), score(1, 2, 86), score(2, 1, 78), score(2, 2, 92)],
      hundred,
    );
    expect(result.roundMean.equals(Fraction.of(85))).toBe(true);
    expect(result.roundVariance.equals(Fraction.of(25))).toBe(true);
    // factors: √(25 / 1) = 5 and √(25 / 49) = 5/7, both exact
    expect(result.judges.map((judge) => [judge.judgeId, judge.factor?.toString(), judge.factorExact])).toEqual([
      [1, "5", true],
      [2, "5/7", true],
    ]);
    // judge 1: 85 + (84 − 85) × 5 = 80; 85 + (86 − 85) × 5 = 90
    // judge 2: 85 + (78 − 85) × 5/7 = 80; 85 + (92 − 85) × 5/7 = 90
    expect(result.scores.map((s) => s.normalized.toString())).toEqual(["80", "90", "80", "90"]);
    expect(result.scores.map((s) => s.raw.toString())).toEqual(["84", "86", "78", "92"]);
    expect(result.scores.every((s) => !s.clamped)).toBe(true);
  });

  it("gives the round mean to every score of a judge with one entry or no spread", () => {
    const result = normalizeScoresPerJudge(
      [
        score(1, 1, 84),
        score(1, 2, 86),
        score(2, 1, 78),
        score(2, 2, 92),
        score(3, 1, 75),
        score(3, 2, 75), // judge 3: no spread
        score(4, 3, 88), // judge 4: one entry
      ],
      hundred,
    );
    // round mean: (84 + 86 + 78 + 92 + 75 + 75 + 88) / 7 = 578 / 7 = 82.571… → "82.57"
    expect(result.roundMean.equals(Fraction.of(578, 7))).toBe(true);
    const judge3and4 = result.scores.filter((s) => s.judgeId >= 3);
    expect(judge3and4.map((s) => s.normalized.toFixed(2))).toEqual(["82.57", "82.57", "82.57"]);
    expect(judge3and4.every((s) => s.normalized.equals(Fraction.of(578, 7)))).toBe(true);
    expect(result.judges.filter((judge) => judge.judgeId >= 3).map((judge) => judge.factor)).toEqual([null, null]);
  });

  it("truncates an irrational factor to 12 decimals and keeps results within 0 … maximum", () => {
    // judge 1: 98, 100 → mean 99, variance 1; judge 2: 40, 60 → mean 50, variance 100
    // round mean: 298 / 4 = 74.5; deviations 23.5, 25.5, −34.5, −14.5;
    // squares 552.25 + 650.25 + 1190.25 + 210.25 = 2603 → variance 2603 / 4 = 650.75
    // factor 1 = √650.75 = √2603 / 2 = 25.509802…, not a square of a fraction (51² = 2601)
    const result = normalizeScoresPerJudge(
      [score(1, 1, 98), score(1, 2, 100), score(2, 1, 40), score(2, 2, 60)],
      hundred,
    );
    expect(result.roundVariance.equals(Fraction.of(2603, 4))).toBe(true);
    const factor = result.judges[0]?.factor as Fraction;
    expect(result.judges[0]?.factorExact).toBe(false);
    // truncation: factor² ≤ 650.75 < (factor + 10⁻¹²)²
    const ulp = Fraction.of(1n, 10n ** 12n);
    expect(factor.times(factor).compare(Fraction.of(2603, 4))).toBeLessThanOrEqual(0);
    expect(factor.plus(ulp).times(factor.plus(ulp)).compare(Fraction.of(2603, 4))).toBe(1);
    expect(factor.toFixed(6)).toBe("25.509802");
    // entry 2: 74.5 + 25.5098… = 100.0098… > 100 → 100, for both judges
    // entry 1: 74.5 − 25.5098… = 48.9901… → "48.99"
    expect(result.scores.map((s) => [s.normalized.toFixed(2), s.clamped])).toEqual([
      ["48.99", false],
      ["100.00", true],
      ["48.99", false],
      ["100.00", true],
    ]);
    // judge 1: 1, 3 (mean 2, variance 1); judge 2: 50, 90 (mean 70, variance 400)
    // round mean 144 / 4 = 36; variance (35² + 33² + 14² + 54²) / 4 = 5426 / 4 = 1356.5; √1356.5 = 36.83…
    // judge 1, entry 1: 36 − 36.83… < 0 → 0
    const low = normalizeScoresPerJudge([score(1, 1, 1), score(1, 2, 3), score(2, 1, 50), score(2, 2, 90)], hundred);
    expect(low.scores[0]?.normalized.equals(Fraction.zero)).toBe(true);
    expect(low.scores[0]?.clamped).toBe(true);
    expect(low.scores[1]?.normalized.toFixed(2)).toBe("72.83");
  });

  it("handles nothing to normalize and refuses a judge scoring an entry twice", () => {
    expect(normalizeScoresPerJudge([], hundred)).toEqual({
      roundMean: Fraction.zero,
      roundVariance: Fraction.zero,
      judges: [],
      scores: [],
    });
    expect(() => normalizeScoresPerJudge([score(1, 1, 80), score(1, 1, 90)], hundred)).toThrow(RangeError);
  });

  it("keeps every result within the scale and each judge's order of entries (property)", () => {
    const scores = fc
      .array(
        fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 1000 })),
        {
          maxLength: 24,
        },
      )
      .map((rows) => {
        const seen = new Set<string>();
        return rows
          .filter(([judgeId, entryId]) => !seen.has(`${judgeId}:${entryId}`) && seen.add(`${judgeId}:${entryId}`))
          .map(([judgeId, entryId, tenths]) => ({ judgeId, entryId, score: Fraction.of(tenths, 10) }));
      });
    fc.assert(
      fc.property(scores, (input) => {
        const result = normalizeScoresPerJudge(input, hundred);
        for (const s of result.scores) {
          expect(s.normalized.compare(Fraction.zero)).toBeGreaterThanOrEqual(0);
          expect(s.normalized.compare(Fraction.of(100))).toBeLessThanOrEqual(0);
        }
        for (const a of result.scores) {
          for (const b of result.scores) {
            if (a.judgeId === b.judgeId && a.raw.compare(b.raw) < 0) {
              expect(a.normalized.compare(b.normalized)).toBeLessThanOrEqual(0);
            }
          }
        }
      }),
    );
  });
});
