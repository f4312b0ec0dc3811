import { describe, expect, it } from "vitest";
import { compositionTestCandidate } from "./composition-candidate.fixture.ts";
import { evaluateComposition } from "./composition-evaluation.ts";
import { type CompositionLimit, modelWorkerCompositionLimits } from "./composition-limit.ts";
import {
  type CompositionOverride,
  compositionOverrideCovers,
  compositionOverrideFor,
  validateCompositionOverride,
} from "./composition-override.ts";

const candidate = compositionTestCandidate;

// 5 front-line/technical, 3 managers (1 woman), 2 enterprise heads: as in the evaluation example.
const tenCandidates = [
  ...["C1", "C2", "C3", "C4"].map((id) => candidate(id, "FRONT_LINE")),
  candidate("C5", "TECHNICAL"),
  candidate("C6", "MANAGER"),
  candidate("C7", "MANAGER"),
  candidate("C8", "MANAGER", "FEMALE"),
  candidate("C9", "ENTERPRISE_HEAD"),
  candidate("C10", "ENTERPRISE_HEAD"),
];
const [, headsLimit, womenLimit] = modelWorkerCompositionLimits as [
  CompositionLimit,
  CompositionLimit,
  CompositionLimit,
];
const organizer = { userId: 3, role: "ORGANIZER" as const, name: "生产保护部 李华" };
const grant = { grantedBy: organizer, reason: "  两名企业负责人均为省级劳模推荐对象，经评选委员会研究同意  " };

describe("composition overrides", () => {
  const before = evaluateComposition(modelWorkerCompositionLimits, tenCandidates);
  const headsOverride = compositionOverrideFor(before.statuses[1] as never, grant);

  it("records the breach it accepts, 2 heads of 10", () => {
    expect(headsOverride).toEqual({
      grantedBy: organizer,
      reason: "两名企业负责人均为省级劳模推荐对象，经评选委员会研究同意",
      limitKey: "ENTERPRISE_HEADS",
      acceptedCount: 2,
      acceptedListSize: 10,
    });
    expect(validateCompositionOverride(headsOverride, modelWorkerCompositionLimits)).toEqual({
      ok: true,
      value: headsOverride,
    });
  });

  it("covers that breach and leaves the others uncovered", () => {
    const evaluation = evaluateComposition(modelWorkerCompositionLimits, tenCandidates, [headsOverride]);
    expect(evaluation.statuses[1]?.breach?.coveredBy).toBe(headsOverride);
    expect(evaluation.uncoveredBreaches.map((reason) => reason.limitKey)).toEqual([
      "FRONT_LINE_AND_TECHNICAL",
      "WOMEN",
    ]);
    expect(evaluation.acceptable).toBe(false);
  });

  it("still covers a list that moved toward the limit, not one that moved away", () => {
    // + a front-line worker: 2 of 11 = 18.18% > 10% still breaks, but 2/11 ≤ 2/10: covered.
    const closer = evaluateComposition(
      modelWorkerCompositionLimits,
      [...tenCandidates, candidate("C11", "FRONT_LINE")],
      [headsOverride],
    );
    expect(closer.statuses[1]).toMatchObject({ shareText: "18.18%", holds: false });
    expect(closer.statuses[1]?.breach?.coveredBy).toBe(headsOverride);
    // + a third head: 3 of 11 = 27.27% > 2/10 = 20%: a new decision is needed.
    const further = evaluateComposition(
      modelWorkerCompositionLimits,
      [...tenCandidates, candidate("C12", "ENTERPRISE_HEAD")],
      [headsOverride],
    );
    expect(further.statuses[1]?.shareText).toBe("27.27%");
    expect(further.statuses[1]?.breach?.coveredBy).toBeNull();
  });

  it("compares at-least shares the other way", () => {
    const womenOverride: CompositionOverride = { ...grant, limitKey: "WOMEN", acceptedCount: 1, acceptedListSize: 10 };
    // 1/9 = 11.1% ≥ 1/10: covered; 1/11 = 9.1% < 1/10: not; another limit's key never covers.
    expect(compositionOverrideCovers(womenOverride, womenLimit, 1, 9)).toBe(true);
    expect(compositionOverrideCovers(womenOverride, womenLimit, 1, 10)).toBe(true);
    expect(compositionOverrideCovers(womenOverride, womenLimit, 1, 11)).toBe(false);
    expect(compositionOverrideCovers(womenOverride, headsLimit, 1, 10)).toBe(false);
    expect(compositionOverrideCovers(womenOverride, womenLimit, 0, 0)).toBe(false);
  });

  it("cannot be made for a limit that holds", () => {
    const holding = evaluateComposition(modelWorkerCompositionLimits, tenCandidates.slice(0, 5));
    expect(() => compositionOverrideFor(holding.statuses[0] as never, grant)).toThrow(RangeError);
  });
});

describe("validateCompositionOverride", () => {
  it("reports every problem", () => {
    const result = validateCompositionOverride(
      {
        grantedBy: { userId: 9, role: "UNIT_ADMIN", name: "张三" },
        reason: "",
        limitKey: "AGE",
        acceptedCount: 3,
        acceptedListSize: 0,
      },
      modelWorkerCompositionLimits,
    );
    expect(result.ok ? [] : result.errors.map((error) => `${error.field} ${error.code}`)).toEqual([
      "grantedBy OVERRIDE_NOT_ALLOWED",
      "reason OVERRIDE_REASON_REQUIRED",
      "limitKey LIMIT_UNKNOWN",
      "acceptedListSize OVERRIDE_LIST_SIZE_INVALID",
    ]);
  });

  it("refuses a count above the list size and an override that is not needed", () => {
    const base = { ...grant, limitKey: "ENTERPRISE_HEADS" };
    const tooMany = validateCompositionOverride(
      { ...base, acceptedCount: 11, acceptedListSize: 10 },
      modelWorkerCompositionLimits,
    );
    expect(tooMany.ok ? [] : tooMany.errors.map((error) => error.code)).toEqual(["OVERRIDE_COUNT_INVALID"]);
    // 1 head of 10 = 10% ≤ 10%: the limit holds, so there is nothing to excuse.
    const needless = validateCompositionOverride(
      { ...base, acceptedCount: 1, acceptedListSize: 10 },
      modelWorkerCompositionLimits,
    );
    expect(needless.ok ? [] : needless.errors.map((error) => error.message)).toEqual([
      "按破例时的人数，这项比例要求并未突破，无需破例",
    ]);
    // At least: 2 women of 10 = 20% ≥ 20% holds too.
    const needlessWomen = validateCompositionOverride(
      { ...base, limitKey: "WOMEN", acceptedCount: 2, acceptedListSize: 10 },
      modelWorkerCompositionLimits,
    );
    expect(needlessWomen.ok).toBe(false);
  });
});
