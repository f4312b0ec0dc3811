import { describe, expect, it } from "vitest";
import { brokenLimits, placesShare, standingOf } from "./composition.ts";
import type { LimitChange } from "./nominationApi.ts";

const change = (limitKey: string, name: string, effect: LimitChange["effect"]): LimitChange => ({
  limitKey,
  name,
  counts: true,
  effect,
  before: { shareText: "0.00%", holds: true },
  after: {
    shareText: "100.00%",
    holds: effect === "HOLDS" || effect === "REPAIRS",
    requiredCount: 0,
    listSize: 1,
    count: 1,
  },
});

describe("standingOf", () => {
  it("tells a holding limit, an overridden breach and a breach apart", () => {
    expect(standingOf({ holds: true, coveredByOverride: false })).toBe("HOLDS");
    expect(standingOf({ holds: false, coveredByOverride: true })).toBe("OVERRIDDEN");
    expect(standingOf({ holds: false, coveredByOverride: false })).toBe("BREACHED");
  });
});

describe("brokenLimits", () => {
  it("lists the limits a candidate would break, refused ones first, and skips the rest", () => {
    const changes = [
      change("WOMEN", "女职工", "STAYS_BREACHED"),
      change("FRONT_LINE_AND_TECHNICAL", "一线职工和专业技术人员", "HOLDS"),
      change("ENTERPRISE_HEADS", "企业负责人", "BREAKS"),
      change("YOUNG", "青年职工", "REPAIRS"),
    ];
    const refusals = [
      { message: "「企业负责人」应不超过 10%：现有候选人 1 名……剩余名额 2 名已不足以调整到符合要求。" },
    ];
    expect(brokenLimits(changes, refusals)).toEqual([
      { limitKey: "ENTERPRISE_HEADS", name: "企业负责人", effect: "BREAKS", refused: true },
      { limitKey: "WOMEN", name: "女职工", effect: "STAYS_BREACHED", refused: false },
    ]);
  });

  it("puts a new breach before a standing one when neither is refused", () => {
    const changes = [change("WOMEN", "女职工", "STAYS_BREACHED"), change("ENTERPRISE_HEADS", "企业负责人", "BREAKS")];
    expect(brokenLimits(changes, []).map((limit) => limit.limitKey)).toEqual(["ENTERPRISE_HEADS", "WOMEN"]);
  });
});

describe("placesShare", () => {
  it("is the used share of the places, capped at 100", () => {
    expect(placesShare(1, 4)).toBe(25);
    expect(placesShare(5, 4)).toBe(100);
    expect(placesShare(0, 0)).toBe(0);
    expect(placesShare(1, 0)).toBe(100);
  });
});
