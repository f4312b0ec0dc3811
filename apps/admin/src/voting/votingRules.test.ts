import { describe, expect, it } from "vitest";
import type { TallyRow } from "./votingApi.ts";
import { chinaDay, lastChinaDay, nextPenaltyLevel, tallyBars } from "./votingRules.ts";

const row = (registrationId: string, name: string, validVotes: number, voidedVotes = 0): TallyRow => ({
  registrationId,
  name,
  organizationName: "锦州港工会",
  validVotes,
  voidedVotes,
  penaltyLevel: "NONE",
  penaltyLevelLabel: "无处罚",
  disqualified: false,
  publicScoreText: null,
});

describe("the voting page's rules", () => {
  it("climbs the penalty ladder one step at a time", () => {
    expect(nextPenaltyLevel("NONE")).toBe("WARNING");
    expect(nextPenaltyLevel("WARNING")).toBe("VOTES_VOIDED");
    expect(nextPenaltyLevel("VOTES_VOIDED")).toBe("DISQUALIFIED");
    expect(nextPenaltyLevel("DISQUALIFIED")).toBeNull();
  });

  it("orders bars by valid votes and scales them to the largest total", () => {
    const bars = tallyBars([row("1", "乙", 2, 2), row("2", "甲", 4), row("3", "丙", 0)]);
    expect(bars.map((bar) => bar.name)).toEqual(["甲", "乙", "丙"]);
    expect(bars[0]).toMatchObject({ validPercent: 100, voidedPercent: 0 });
    expect(bars[1]).toMatchObject({ validPercent: 50, voidedPercent: 50 });
    expect(bars[2]).toMatchObject({ validPercent: 0, voidedPercent: 0 });
  });

  it("draws empty bars when nobody has voted yet", () => {
    expect(tallyBars([row("1", "甲", 0)])[0]?.validPercent).toBe(0);
    expect(tallyBars([])).toEqual([]);
  });

  it("reads days in China time, the closing instant excluded", () => {
    expect(chinaDay(new Date("2015-10-19T16:00:00Z"))).toBe("2015-10-20");
    expect(chinaDay(new Date("2015-10-19T15:59:59Z"), 1)).toBe("2015-10-20");
    expect(lastChinaDay(new Date("2015-10-30T16:00:00Z"))).toBe("2015-10-30");
  });
});
