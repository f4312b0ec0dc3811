import { describe, expect, it } from "vitest";
import { defaultTournamentFormat, gamesToWinMatch, validateTournamentFormat } from "./tournament-format.ts";

describe("tournament format", () => {
  it("defaults to the 1st worker badminton tournament: 21 / 30 / best of 3, groups of 4, top 2 advance", () => {
    expect(defaultTournamentFormat).toEqual({
      pointsToWinGame: 21,
      gamePointCap: 30,
      bestOfGames: 3,
      groupSize: 4,
      advancingPerGroup: 2,
      seedCount: 4,
    });
    expect(validateTournamentFormat(defaultTournamentFormat)).toEqual([]);
    expect(gamesToWinMatch(defaultTournamentFormat)).toBe(2);
    expect(gamesToWinMatch({ bestOfGames: 5 })).toBe(3);
  });

  it("reports every problem in one pass", () => {
    const errors = validateTournamentFormat({
      pointsToWinGame: 21,
      gamePointCap: 20,
      bestOfGames: 4,
      groupSize: 3,
      advancingPerGroup: 3,
      seedCount: -1,
    });
    expect(errors).toEqual([
      { field: "seedCount", code: "TOURNAMENT_FORMAT_NOT_WHOLE", message: "种子数应为不小于 0 的整数" },
      {
        field: "gamePointCap",
        code: "TOURNAMENT_FORMAT_CAP_BELOW_TARGET",
        message: "每局封顶分（20）不能低于每局胜分（21）",
      },
      {
        field: "bestOfGames",
        code: "TOURNAMENT_FORMAT_EVEN_GAMES",
        message: "每场局数应为奇数（如 3 局 2 胜），4 局可能打成平局",
      },
      {
        field: "advancingPerGroup",
        code: "TOURNAMENT_FORMAT_ALL_ADVANCE",
        message: "每组出线名额（3）应少于每组人数（3）",
      },
    ]);
  });

  it("refuses fractions and sizes below the minimum", () => {
    const errors = validateTournamentFormat({ ...defaultTournamentFormat, pointsToWinGame: 10.5, groupSize: 1 });
    expect(errors.map((error) => error.field)).toEqual(["pointsToWinGame", "groupSize", "advancingPerGroup"]);
    expect(errors[1]?.message).toBe("每组人数应为不小于 2 的整数");
  });
});
