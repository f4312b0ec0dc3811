import { defaultTournamentFormat } from "@jinzhou/domain";
import { describe, expect, it } from "vitest";
import { checkScoreSheet, emptySheet, sheetFromGames } from "./scoreSheet.ts";

const rules = defaultTournamentFormat;
const sheet = (...games: [string, string][]) => games.map(([a, b]) => ({ a, b }));

describe("the score sheet checked as it is typed", () => {
  it("accepts a finished best of three and ignores the unused last row", () => {
    const check = checkScoreSheet(sheet(["21", "18"], ["19", "21"], ["21", "15"]), rules);
    expect(check).toMatchObject({
      ready: true,
      games: [
        { a: 21, b: 18 },
        { a: 19, b: 21 },
        { a: 21, b: 15 },
      ],
    });
    const twoGames = checkScoreSheet(sheet(["21", "18"], ["30", "29"], ["", ""]), rules);
    expect(twoGames.ready).toBe(true);
    expect(twoGames.games).toHaveLength(2);
  });

  it("puts the domain's own reason under a game that cannot end so", () => {
    const check = checkScoreSheet(sheet(["21", "20"], ["31", "29"], ["", ""]), rules);
    expect(check.ready).toBe(false);
    expect(check.rows[0]?.[0]?.code).toBe("GAME_SCORE_UNFINISHED");
    expect(check.rows[0]?.[0]?.message).toContain("须领先 2 分");
    expect(check.rows[1]?.[0]?.code).toBe("GAME_SCORE_ABOVE_CAP");
    expect(check.rows[2]).toEqual([]);
  });

  it("says when the match is not decided or goes on after it was", () => {
    const undecided = checkScoreSheet(sheet(["21", "18"], ["19", "21"], ["", ""]), rules);
    expect(undecided.match.map((problem) => problem.code)).toEqual(["MATCH_SCORE_UNDECIDED"]);
    expect(undecided.ready).toBe(false);
    const playedOn = checkScoreSheet(sheet(["21", "18"], ["21", "19"], ["21", "5"]), rules);
    expect(playedOn.match.map((problem) => problem.code)).toEqual(["MATCH_SCORE_GAME_AFTER_DECIDED"]);
  });

  it("reports the typing itself: half a game, a gap, something not a number", () => {
    const check = checkScoreSheet(sheet(["21", ""], ["", ""], ["2a", "21"]), rules);
    expect(check.rows.map((problems) => problems.map((problem) => problem.code))).toEqual([
      ["GAME_INPUT_INCOMPLETE"],
      ["GAME_INPUT_GAP"],
      ["GAME_INPUT_NOT_NUMBER"],
    ]);
    expect(check.match).toEqual([]);
    expect(check.ready).toBe(false);
  });

  it("is not ready while empty", () => {
    expect(checkScoreSheet(emptySheet(3), rules)).toMatchObject({ ready: false, games: [], match: [] });
  });

  it("follows the activity's own format (games to 11, best of five)", () => {
    const short = { pointsToWinGame: 11, gamePointCap: 11, bestOfGames: 5 };
    expect(checkScoreSheet(sheet(["11", "9"], ["11", "3"], ["11", "10"]), short).ready).toBe(true);
    expect(checkScoreSheet(sheet(["21", "19"]), short).rows[0]?.[0]?.code).toBe("GAME_SCORE_ABOVE_CAP");
  });

  it("turns a recorded score into rows to correct", () => {
    expect(
      sheetFromGames(
        [
          { a: 21, b: 10 },
          { a: 21, b: 12 },
        ],
        3,
      ),
    ).toEqual(sheet(["21", "10"], ["21", "12"], ["", ""]));
    expect(sheetFromGames(null, 3)).toEqual(emptySheet(3));
  });
});
