import { describe, expect, it } from "vitest";
import {
  earliestMeetingRound,
  knockoutBracketSize,
  knockoutRoundCount,
  knockoutRoundName,
  knockoutSectionName,
  maxKnockoutSeeds,
} from "./knockout-lines.ts";

describe("knockout lines", () => {
  it("the draw size is the next power of two", () => {
    expect([0, 1, 2, 3, 4, 5, 8, 9, 12, 16, 17, 33].map(knockoutBracketSize)).toEqual([
      2, 2, 2, 4, 4, 8, 8, 16, 16, 16, 32, 64,
    ]);
    expect(() => knockoutBracketSize(-1)).toThrow(RangeError);
    expect(() => knockoutBracketSize(2.5)).toThrow(RangeError);
  });

  it("counts rounds and the seeds a draw can hold", () => {
    expect(knockoutRoundCount(16)).toBe(4);
    expect(maxKnockoutSeeds(2)).toBe(2);
    expect(maxKnockoutSeeds(4)).toBe(2);
    expect(maxKnockoutSeeds(16)).toBe(8);
    expect(() => knockoutRoundCount(12)).toThrow(RangeError);
    expect(() => maxKnockoutSeeds(1)).toThrow(RangeError);
  });

  it("two lines meet in the round where they first share a section", () => {
    // 1 and 2 play in round 1; 1 and 4 in round 2 (lines 1–4); 1 and 16 only in round 4, the final.
    expect(earliestMeetingRound(1, 2)).toBe(1);
    expect(earliestMeetingRound(4, 1)).toBe(2);
    expect(earliestMeetingRound(5, 8)).toBe(2);
    expect(earliestMeetingRound(4, 5)).toBe(3);
    expect(earliestMeetingRound(1, 16)).toBe(4);
    expect(earliestMeetingRound(8, 9)).toBe(4);
    expect(() => earliestMeetingRound(3, 3)).toThrow(RangeError);
    expect(() => earliestMeetingRound(0, 3)).toThrow(RangeError);
  });

  it("names rounds and sections in Chinese", () => {
    expect([1, 2, 3, 4, 5].map((round) => knockoutRoundName(32, round))).toEqual([
      "1/16 决赛",
      "1/8 决赛",
      "1/4 决赛",
      "半决赛",
      "决赛",
    ]);
    expect(knockoutRoundName(2, 1)).toBe("决赛");
    expect(() => knockoutRoundName(8, 4)).toThrow(RangeError);
    expect(knockoutSectionName(1, 0)).toBe("上半区");
    expect(knockoutSectionName(1, 1)).toBe("下半区");
    expect(knockoutSectionName(2, 2)).toBe("第 3 个 1/4 区");
    expect(knockoutSectionName(3, 6)).toBe("第 7 个 1/8 区");
  });
});
