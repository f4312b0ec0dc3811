import { describe, expect, it } from "vitest";
import { changedEntries, entriesByCategory, type Scoreboard, type ScoreboardEntry } from "./scoreboard.ts";

const entry = (id: string, overrides: Partial<ScoreboardEntry> = {}): ScoreboardEntry => ({
  registrationId: id,
  name: `队伍${id}`,
  unitName: "古塔区总工会",
  categoryName: "合唱",
  score: null,
  judgesSubmitted: 0,
  judgesAssigned: 3,
  place: null,
  placeLabel: null,
  ...overrides,
});

const board = (entries: ScoreboardEntry[]): Scoreboard => ({
  roundId: "12",
  activityName: "职工合唱比赛",
  roundName: "现场演唱",
  activityState: "JUDGING",
  aggregationMethod: "去掉最高分和最低分后的平均分",
  computedAt: "2015-08-01T07:30:00.000Z",
  entries,
});

describe("changedEntries", () => {
  it("marks nothing on the first board", () => {
    expect(changedEntries(undefined, board([entry("1"), entry("2")]))).toEqual(new Set());
  });

  it("marks the entries whose score, judges or place changed, and only those", () => {
    const before = board([
      entry("1", { score: "91.00", judgesSubmitted: 2, place: 1 }),
      entry("2", { score: "90.00", judgesSubmitted: 2, place: 2 }),
      entry("3"),
    ]);
    const after = board([
      entry("2", { score: "92.50", judgesSubmitted: 3, place: 1 }),
      entry("1", { score: "91.00", judgesSubmitted: 2, place: 2 }),
      entry("3"),
    ]);
    expect(changedEntries(before, after)).toEqual(new Set(["2", "1"]));
  });

  it("marks a judge's submission that leaves the score as it was", () => {
    const before = board([entry("1", { score: "90.00", judgesSubmitted: 1, place: 1 })]);
    const after = board([entry("1", { score: "90.00", judgesSubmitted: 2, place: 1 })]);
    expect(changedEntries(before, after)).toEqual(new Set(["1"]));
  });

  it("marks an entry that was not on the board before, and nothing when the same board comes again", () => {
    const before = board([entry("1")]);
    expect(changedEntries(before, board([entry("1"), entry("4")]))).toEqual(new Set(["4"]));
    expect(changedEntries(before, board([entry("1")]))).toEqual(new Set());
  });
});

describe("entriesByCategory", () => {
  it("keeps the API's ranking within each category, categories in first-seen order", () => {
    const groups = entriesByCategory(
      board([
        entry("1", { categoryName: "合唱" }),
        entry("2", { categoryName: "舞蹈" }),
        entry("3", { categoryName: "合唱" }),
      ]),
    );
    expect(groups.map((group) => [group.categoryName, group.entries.map((item) => item.registrationId)])).toEqual([
      ["合唱", ["1", "3"]],
      ["舞蹈", ["2"]],
    ]);
  });
});
