import { describe, expect, it } from "vitest";
import {
  type AwardScheme,
  type AwardTier,
  allAwardPlaceRanges,
  awardPlaceRanges,
  awardTiersByCount,
  awardTiersByShare,
  performanceContestDefaultAwardScheme,
  skillsContestDefaultAwardScheme,
  validateAwardScheme,
} from "./award-scheme.ts";

const base: AwardScheme = { tiers: [], championTitle: false, excellenceAward: false, sharedAwards: true };

function ranges(scheme: AwardScheme, rankedCount: number) {
  return allAwardPlaceRanges(awardPlaceRanges(scheme, rankedCount)).map((range) => [
    range.name,
    range.firstPlace,
    range.lastPlace,
  ]);
}

describe("awardPlaceRanges", () => {
  it("by share: ⌊N × percent ÷ 100⌋ places, at least one, tier after tier", () => {
    // N = 25: first 25 × 10% = 2.5 → 2 (1–2); second 25 × 20% = 5 → 5 (3–7); third 25 × 30% = 7.5 → 7 (8–14)
    const result = awardPlaceRanges(skillsContestDefaultAwardScheme, 25);
    expect(result.tiers.map((range) => [range.firstPlace, range.lastPlace, range.basis])).toEqual([
      [1, 2, "25 人 × 10% = 2.5，向下取整为 2 名"],
      [3, 7, "25 人 × 20% = 5，共 5 名"],
      [8, 14, "25 人 × 30% = 7.5，向下取整为 7 名"],
    ]);
    expect(result.championTitle).toMatchObject({ name: "状元", firstPlace: 1, lastPlace: 1 });
  });

  it("by count: 1 first, 2 second, 3 third", () => {
    // 1–1, 2–3, 4–6
    expect(ranges(performanceContestDefaultAwardScheme, 10)).toEqual([
      ["一等奖", 1, 1],
      ["二等奖", 2, 3],
      ["三等奖", 4, 6],
    ]);
    expect(awardPlaceRanges(performanceContestDefaultAwardScheme, 10).tiers[1]?.basis).toBe("2 名");
  });

  it("优胜奖 covers the places after the tiers up to ⌊N ÷ 2⌋", () => {
    const scheme = { ...base, tiers: awardTiersByCount([1, 1, 1]), excellenceAward: true };
    // N = 11: top half is place ≤ 5.5, i.e. 5; tiers end at 3 → 优胜奖 4–5
    expect(awardPlaceRanges(scheme, 11).excellence).toMatchObject({
      firstPlace: 4,
      lastPlace: 5,
      basis: "前一半名次：名次 ≤ 11 ÷ 2，即第 5 名及以前；各奖项等次之后的第 4–5 名",
    });
    // N = 7: place ≤ 3.5, i.e. 3; tiers reach 3 → none
    expect(awardPlaceRanges(scheme, 7).excellence).toBe(null);
    // No tiers at all: every place in the top half
    expect(ranges({ ...base, excellenceAward: true }, 6)).toEqual([["优胜奖", 1, 3]]);
  });

  it("still gives each share tier one place when nobody is ranked", () => {
    expect(ranges(skillsContestDefaultAwardScheme, 0)).toEqual([
      ["一等奖", 1, 1],
      ["二等奖", 2, 2],
      ["三等奖", 3, 3],
      ["状元", 1, 1],
    ]);
  });

  it("refuses a count that is not a count", () => {
    expect(() => awardPlaceRanges(base, -1)).toThrow(RangeError);
    expect(() => awardPlaceRanges(base, 2.5)).toThrow(RangeError);
  });
});

describe("tier helpers", () => {
  it("name the standard tiers and stop at the third", () => {
    expect(awardTiersByShare(["10", "20"]).map((tier) => [tier.key, tier.name])).toEqual([
      ["FIRST", "一等奖"],
      ["SECOND", "二等奖"],
    ]);
    expect(() => awardTiersByCount([1, 1, 1, 1])).toThrow(RangeError);
  });
});

describe("validateAwardScheme", () => {
  it("accepts the defaults and mixed sizes", () => {
    expect(validateAwardScheme(skillsContestDefaultAwardScheme)).toEqual([]);
    expect(validateAwardScheme(performanceContestDefaultAwardScheme)).toEqual([]);
    const mixed: AwardTier[] = [
      { key: "FIRST", name: "一等奖", size: { by: "COUNT", count: 1 } },
      { key: "SECOND", name: "二等奖", size: { by: "SHARE", percent: "20" } },
    ];
    expect(validateAwardScheme({ ...base, tiers: mixed })).toEqual([]);
    expect(validateAwardScheme({ ...base, excellenceAward: true })).toEqual([]);
  });

  it("refuses a scheme that awards nothing", () => {
    expect(validateAwardScheme(base)).toEqual([
      { code: "AWARD_SCHEME_EMPTY", message: "请至少设置一个奖项等次、状元称号或优胜奖" },
    ]);
  });

  it("reports every problem with the tiers", () => {
    const tiers = [
      { key: "FIRST", name: "一等奖", size: { by: "COUNT", count: 0 } },
      { key: "FIRST", name: "一等奖", size: { by: "SHARE", percent: "abc" } },
      { key: "", name: "", size: { by: "COUNT", count: 1.5 } },
      { key: "X", name: "纪念奖", size: { by: "SHARE", percent: "120" } },
      { key: "Y", name: "鼓励奖" },
    ] as unknown as AwardTier[];
    expect(validateAwardScheme({ ...base, tiers })).toEqual([
      { code: "AWARD_TIER_COUNT_INVALID", message: "奖项“一等奖”的名额应为不小于 1 的整数" },
      { code: "AWARD_TIER_KEY_DUPLICATE", message: "奖项代码“FIRST”重复" },
      { code: "AWARD_TIER_NAME_DUPLICATE", message: "奖项名称“一等奖”重复" },
      { code: "AWARD_TIER_SHARE_INVALID", message: "奖项“一等奖”的比例应为大于 0、不超过 100 的百分数" },
      { code: "AWARD_TIER_KEY_REQUIRED", message: "第 3 个奖项等次缺少代码" },
      { code: "AWARD_TIER_NAME_REQUIRED", message: "第 3 个奖项等次缺少名称" },
      { code: "AWARD_TIER_COUNT_INVALID", message: "第 3 个奖项等次的名额应为不小于 1 的整数" },
      { code: "AWARD_TIER_SHARE_INVALID", message: "奖项“纪念奖”的比例应为大于 0、不超过 100 的百分数" },
      { code: "AWARD_TIER_SIZE_UNKNOWN", message: "奖项“鼓励奖”须按名额或按比例设置" },
    ]);
  });

  it("refuses shares that add up to more than 100%", () => {
    // 40 + 35 + 30.5 = 105.5
    expect(validateAwardScheme({ ...base, tiers: awardTiersByShare(["40", "35", "30.5"]) })).toEqual([
      { code: "AWARD_TIER_SHARES_OVER_100", message: "各奖项比例之和为 105.5%，不能超过 100%" },
    ]);
  });
});
