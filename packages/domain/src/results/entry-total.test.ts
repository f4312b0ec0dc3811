import { describe, expect, it } from "vitest";
import { Fraction } from "../exact/fraction.ts";
import { computeEntryTotal } from "./entry-total.ts";
import { type RoundDefinition, skillsContestDefaultRounds } from "./round-definition.ts";

const d = Fraction.fromDecimal;

describe("computeEntryTotal", () => {
  it("weights the default theory 30% + practical 70%", () => {
    // 0.3 × 86.5 + 0.7 × 91.2 = 25.95 + 63.84 = 89.79
    const outcome = computeEntryTotal(skillsContestDefaultRounds, { theory: d("86.5"), practical: d("91.2") });
    expect(outcome.ok && outcome.total).toEqual(d("89.79"));
  });

  it("normalizes each round to 0–100 by its own maximum before weighting", () => {
    const rounds: RoundDefinition[] = [
      { key: "show", name: "现场表演", kind: "CRITERIA_SCORING", weight: "70", maxResult: "50" },
      { key: "vote", name: "公众投票", kind: "PUBLIC_VOTE", weight: "30", maxResult: "100" },
    ];
    // show: 100 × 42.5 / 50 = 85 → 0.7 × 85 = 59.5; vote: 100 × 60 / 100 = 60 → 0.3 × 60 = 18; total 77.5
    const outcome = computeEntryTotal(rounds, { show: d("42.5"), vote: d("60") });
    if (!outcome.ok) throw new Error("expected a total");
    expect(outcome.total).toEqual(d("77.5"));
    expect(outcome.roundScores.map((score) => [score.roundKey, score.normalized, score.weighted])).toEqual([
      ["show", d("85"), d("59.5")],
      ["vote", d("60"), d("18")],
    ]);
  });

  it("keeps thirds exact: 100 × 25 / 30 = 83.333…", () => {
    const rounds: RoundDefinition[] = [
      { key: "defence", name: "答辩", kind: "CRITERIA_SCORING", weight: "100", maxResult: "30" },
    ];
    const outcome = computeEntryTotal(rounds, { defence: d("25") });
    expect(outcome.ok && outcome.total).toEqual(Fraction.of(250, 3));
  });

  it("gives 0 for all zeros and 100 for full marks", () => {
    const zero = computeEntryTotal(skillsContestDefaultRounds, { theory: d("0"), practical: d("0") });
    const full = computeEntryTotal(skillsContestDefaultRounds, { theory: d("100"), practical: d("100") });
    expect(zero.ok && zero.total).toEqual(Fraction.zero);
    expect(full.ok && full.total).toEqual(Fraction.of(100));
  });

  it("refuses, with every reason, a missing result and results outside 0…maximum", () => {
    expect(computeEntryTotal(skillsContestDefaultRounds, { theory: d("-1") })).toEqual({
      ok: false,
      reasons: [
        { code: "ROUND_RESULT_NEGATIVE", message: "理论成绩 -1.00 小于 0，不参加排名" },
        { code: "ROUND_RESULT_MISSING", message: "缺少实操成绩，不参加排名" },
      ],
    });
    expect(computeEntryTotal(skillsContestDefaultRounds, { theory: d("60"), practical: d("100.5") })).toEqual({
      ok: false,
      reasons: [{ code: "ROUND_RESULT_ABOVE_MAXIMUM", message: "实操成绩 100.50 超过本轮满分 100，不参加排名" }],
    });
  });

  it("does not take inherited properties for results", () => {
    const outcome = computeEntryTotal(
      [{ key: "toString", name: "理论", kind: "EXAM", weight: "100", maxResult: "100" }],
      {},
    );
    expect(outcome.ok).toBe(false);
  });
});
