import { describe, expect, it } from "vitest";
import { Fraction } from "../exact/fraction.ts";
import { cityAwardTrack } from "./award-track.ts";
import {
  defaultProvincialRecommendationQuota,
  provincialRecommendationLabel,
  recommendForProvincialContest,
} from "./provincial-recommendation.ts";
import { rankEntries } from "./ranking.ts";

function ranking(scores: readonly string[]) {
  const outcome = rankEntries({
    category: { key: "WELDER", name: "焊工" },
    track: cityAwardTrack,
    rounds: [{ key: "exam", name: "笔试", kind: "EXAM", weight: "100", maxResult: "100" }],
    tieBreaks: [{ kind: "SHARED_PLACE" }],
    entrants: scores.map((score, index) => ({
      entryId: index + 1,
      name: `选手${index + 1}`,
      organizationName: "某工会",
      organizationPath: "/00000001/00000002/00000012/",
      categoryKey: "WELDER",
      roundResults: { exam: Fraction.fromDecimal(score) },
    })),
  });
  if (!outcome.ok) throw new Error("bad fixture");
  return outcome.value;
}

describe("recommendForProvincialContest", () => {
  it("defaults to the top 3 and says 推荐参加省赛", () => {
    expect(defaultProvincialRecommendationQuota).toBe(3);
    expect(provincialRecommendationLabel).toBe("推荐参加省赛");
  });

  it("recommends every entrant sharing third place", () => {
    // places 1, 2, 3, 3, 5
    const outcome = recommendForProvincialContest(ranking(["95", "90", "85", "85", "80"]));
    expect(outcome.ok && outcome.value.recommended.map((entry) => entry.place)).toEqual([1, 2, 3, 3]);
    expect(outcome.ok && outcome.value.notes.map((note) => note.message)).toEqual([
      "并列第 3 名的 选手3、选手4 均在前 3 名内，焊工推荐参加省赛 4 人，多于名额 3 人",
    ]);
  });

  it("a shared place beyond N does not advance: places 1, 2, 2, 4 with N = 3 recommend three", () => {
    const outcome = recommendForProvincialContest(ranking(["95", "90", "90", "85"]));
    expect(outcome.ok && outcome.value.recommended.map((entry) => entry.name)).toEqual(["选手1", "选手2", "选手3"]);
    expect(outcome.ok && outcome.value.notes).toEqual([]);
  });

  it("recommends all when fewer than N are ranked", () => {
    const outcome = recommendForProvincialContest(ranking(["60"]));
    expect(outcome.ok && outcome.value.recommended).toHaveLength(1);
  });

  it("refuses a quota that is not a positive whole number", () => {
    expect(recommendForProvincialContest(ranking(["60"]), 0)).toEqual({
      ok: false,
      reasons: [{ code: "PROVINCIAL_RECOMMENDATION_QUOTA_INVALID", message: "推荐参加省赛的名额应为不小于 1 的整数" }],
    });
  });
});
