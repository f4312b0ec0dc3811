import { describe, expect, it } from "vitest";
import { compositionTestCandidate as candidate } from "./composition-candidate.fixture.ts";
import { modelWorkerCompositionLimits } from "./composition-limit.ts";
import type { CompositionOverride } from "./composition-override.ts";
import { checkNominationComposition } from "./nomination-composition.ts";

const fourFrontLine = ["F1", "F2", "F3", "F4"].map((id) => candidate(id, "FRONT_LINE"));
const head = candidate("H1", "ENTERPRISE_HEAD", "FEMALE");
const grant = { grantedBy: { userId: 2, role: "ORGANIZER" as const, name: "王主任" }, reason: "经评选委员会研究同意" };

describe("checkNominationComposition", () => {
  it("only warns while the places left can still mend a broken limit", () => {
    // A man first: women 0/1 = 0% < 20%, but 4 places are left and one woman mends it (1/2 = 50%).
    const check = checkNominationComposition(modelWorkerCompositionLimits, [], candidate("M1", "FRONT_LINE"), 4);
    expect(check.refusals).toEqual([]);
    expect(check.warnings.map((reason) => reason.limitKey)).toEqual(["WOMEN"]);
  });

  it("refuses a break no place left can mend, with the places in the message", () => {
    // Fifth of five: heads 1/5 = 20% > 10% (at most ⌊0.5⌋ = 0) and no place left to add others.
    const check = checkNominationComposition(modelWorkerCompositionLimits, fourFrontLine, head, 0);
    expect(check.refusals.map((reason) => reason.limitKey)).toEqual(["ENTERPRISE_HEADS"]);
    expect(check.refusals[0]?.message).toContain("剩余名额 0 名已不足以调整到符合要求");
    // The head is a woman: women 1/5 = 20% holds.
    expect(check.warnings).toEqual([]);
  });

  it("lets the break through when an override covers the list as it would be", () => {
    const override: CompositionOverride = {
      ...grant,
      limitKey: "ENTERPRISE_HEADS",
      acceptedCount: 1,
      acceptedListSize: 5,
    };
    const check = checkNominationComposition(modelWorkerCompositionLimits, fourFrontLine, head, 0, [override]);
    expect(check.refusals).toEqual([]);
  });

  it("counts an override that later nominations could reach as mending", () => {
    // Head first of 10: 1/1 > 10%; adding 9 others reaches 1/10, but an override for 1 of 4 is reached after 3.
    const override: CompositionOverride = {
      ...grant,
      limitKey: "ENTERPRISE_HEADS",
      acceptedCount: 1,
      acceptedListSize: 4,
    };
    expect(checkNominationComposition(modelWorkerCompositionLimits, [], head, 3, [override]).refusals).toEqual([]);
    expect(
      checkNominationComposition(modelWorkerCompositionLimits, [], head, 2, [override]).refusals.map((r) => r.limitKey),
    ).toEqual(["ENTERPRISE_HEADS"]);
  });

  it("never refuses a candidate who moves a broken list towards the limit", () => {
    // Four men and no place left after a fifth man would be refused; a woman repairs it.
    const men = ["M1", "M2", "M3", "M4"].map((id) => candidate(id, "FRONT_LINE"));
    expect(
      checkNominationComposition(modelWorkerCompositionLimits, men, candidate("M5", "FRONT_LINE"), 0).refusals.map(
        (reason) => reason.limitKey,
      ),
    ).toEqual(["WOMEN"]);
    // Five men already (over quota by an extra place): a sixth, a woman, still leaves 1/6 < 20% but helps.
    const fiveMen = [...men, candidate("M5", "FRONT_LINE")];
    const check = checkNominationComposition(
      modelWorkerCompositionLimits,
      fiveMen,
      candidate("W1", "FRONT_LINE", "FEMALE"),
      0,
    );
    expect(check.refusals).toEqual([]);
    expect(check.warnings.map((reason) => reason.limitKey)).toEqual(["WOMEN"]);
  });

  it("refuses a negative or fractional number of places", () => {
    expect(() => checkNominationComposition(modelWorkerCompositionLimits, [], head, -1)).toThrow(RangeError);
  });
});
