import { describe, expect, it } from "vitest";
import { compositionTestCandidate } from "./composition-candidate.fixture.ts";
import { modelWorkerCompositionLimits } from "./composition-limit.ts";
import type { CompositionOverride } from "./composition-override.ts";
import { compositionIfNominated } from "./composition-what-if.ts";

const candidate = compositionTestCandidate;

// 6 front-line/technical of 10 (60%), 1 head (10%), 2 women (20%): every limit exactly met.
const balanced = [
  ...["C1", "C2", "C3", "C4"].map((id) => candidate(id, "FRONT_LINE")),
  candidate("C5", "TECHNICAL"),
  candidate("C6", "MANAGER"),
  candidate("C7", "MANAGER"),
  candidate("C8", "MANAGER", "FEMALE"),
  candidate("C9", "ENTERPRISE_HEAD"),
  candidate("W1", "FRONT_LINE", "FEMALE"),
];

describe("compositionIfNominated", () => {
  it("warns that one more enterprise head would break all three limits", () => {
    // 11 candidates: front-line/technical 6/11 = 54.55% < 60% (needs ⌈6.6⌉ = 7); heads 2/11 = 18.18% > 10%
    // (at most ⌊1.1⌋ = 1); women 2/11 = 18.18% < 20% (needs ⌈2.2⌉ = 3).
    const whatIf = compositionIfNominated(modelWorkerCompositionLimits, balanced, candidate("C10", "ENTERPRISE_HEAD"));
    expect(whatIf.changes.map((change) => [change.limitKey, change.counts, change.effect])).toEqual([
      ["FRONT_LINE_AND_TECHNICAL", false, "BREAKS"],
      ["ENTERPRISE_HEADS", true, "BREAKS"],
      ["WOMEN", false, "BREAKS"],
    ]);
    expect(whatIf.changes.map((change) => [change.after.shareText, change.after.requiredCount])).toEqual([
      ["54.55%", 7],
      ["18.18%", 1],
      ["18.18%", 3],
    ]);
    expect(whatIf.breaks.map((reason) => reason.limitKey)).toEqual([
      "FRONT_LINE_AND_TECHNICAL",
      "ENTERPRISE_HEADS",
      "WOMEN",
    ]);
  });

  it("finds nothing to warn about for a front-line woman", () => {
    // 7/11 = 63.64% ≥ 60%, 1/11 = 9.09% ≤ 10%, 3/11 = 27.27% ≥ 20%.
    const whatIf = compositionIfNominated(
      modelWorkerCompositionLimits,
      balanced,
      candidate("W2", "FRONT_LINE", "FEMALE"),
    );
    expect(whatIf.changes.map((change) => change.effect)).toEqual(["HOLDS", "HOLDS", "HOLDS"]);
    expect(whatIf.breaks).toEqual([]);
    expect(whatIf.after.acceptable).toBe(true);
  });

  it("shows which limits a nomination repairs and which stay broken", () => {
    // Before, the first nine of the balanced list: front-line/technical 5/9 = 55.56% < 60% (needs ⌈5.4⌉ = 6),
    // heads 1/9 = 11.11% > 10% (at most ⌊0.9⌋ = 0), women 1/9 = 11.11% < 20%.
    // + a front-line man: 6/10 = 60% repaired, 1/10 = 10% repaired, 1/10 = 10% still short.
    const whatIf = compositionIfNominated(
      modelWorkerCompositionLimits,
      balanced.slice(0, 9),
      candidate("C11", "FRONT_LINE"),
    );
    expect(whatIf.changes.map((change) => [change.before.shareText, change.after.shareText, change.effect])).toEqual([
      ["55.56%", "60.00%", "REPAIRS"],
      ["11.11%", "10.00%", "REPAIRS"],
      ["11.11%", "10.00%", "STAYS_BREACHED"],
    ]);
    expect(whatIf.breaks).toEqual([]);
  });

  it("does not warn about a break an override already covers", () => {
    // The organizer accepted 2 heads of 11; adding C10 gives exactly that.
    const override: CompositionOverride = {
      grantedBy: { userId: 3, role: "ORGANIZER", name: "李华" },
      reason: "经评选委员会研究同意",
      limitKey: "ENTERPRISE_HEADS",
      acceptedCount: 2,
      acceptedListSize: 11,
    };
    const whatIf = compositionIfNominated(modelWorkerCompositionLimits, balanced, candidate("C10", "ENTERPRISE_HEAD"), [
      override,
    ]);
    expect(whatIf.changes[1]?.effect).toBe("BREAKS");
    expect(whatIf.breaks.map((reason) => reason.limitKey)).toEqual(["FRONT_LINE_AND_TECHNICAL", "WOMEN"]);
  });
});
