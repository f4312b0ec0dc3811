import { describe, expect, it } from "vitest";
import type { AwardScheme } from "./award-scheme.ts";
import { awardsForPlaces } from "./place-awards.ts";

const badminton: AwardScheme = {
  tiers: [
    { key: "CHAMPION", name: "冠军", size: { by: "COUNT", count: 1 } },
    { key: "RUNNER_UP", name: "亚军", size: { by: "COUNT", count: 1 } },
    { key: "THIRD", name: "季军", size: { by: "COUNT", count: 2 } },
  ],
  championTitle: false,
  excellenceAward: false,
  sharedAwards: true,
};

describe("awardsForPlaces", () => {
  it("gives a badminton event's places their tiers: both losing semi-finalists are 季军, quarter-finalists nothing", () => {
    // Eight players: 1, 2, 3, 3 (semi-final losers), 5, 5, 5, 5 (quarter-final losers).
    // Ranges for 8 placed: 冠军 1–1, 亚军 2–2, 季军 3–4; place 5 is in no range.
    const awards = awardsForPlaces(badminton, [
      { entryId: 11, place: 1 },
      { entryId: 12, place: 2 },
      { entryId: 13, place: 3 },
      { entryId: 14, place: 3 },
      { entryId: 15, place: 5 },
      { entryId: 16, place: 5 },
      { entryId: 17, place: 5 },
      { entryId: 18, place: 5 },
    ]);
    expect(awards.map((award) => [award.entryId, award.tier?.name ?? null])).toEqual([
      [11, "冠军"],
      [12, "亚军"],
      [13, "季军"],
      [14, "季军"],
      [15, null],
      [16, null],
      [17, null],
      [18, null],
    ]);
    expect(awards[2]?.tier).toEqual({ key: "THIRD", name: "季军", index: 2 });
  });

  it("gives nothing to an entry whose place is not decided yet, and does not count it", () => {
    // Two placed of three: the ranges are for 2 entries (冠军 1, 亚军 2, 季军 3–4 still by count).
    const awards = awardsForPlaces(badminton, [
      { entryId: 1, place: 1 },
      { entryId: 2, place: null },
      { entryId: 3, place: 2 },
    ]);
    expect(awards.map((award) => award.tier?.key ?? null)).toEqual(["CHAMPION", null, "RUNNER_UP"]);
  });
});
