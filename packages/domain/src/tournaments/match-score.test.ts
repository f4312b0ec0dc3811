import { describe, expect, it } from "vitest";
import { validateMatchScore } from "./match-score.ts";

const g = (a: number, b: number) => ({ a, b });

describe("match scores (best of three)", () => {
  it("two games to nil ends the match", () => {
    const result = validateMatchScore([g(21, 15), g(21, 18)]);
    // Points: 21 + 21 = 42 for A, 15 + 18 = 33 for B.
    expect(result).toEqual({
      ok: true,
      value: { winner: "A", games: [g(21, 15), g(21, 18)], gamesWonA: 2, gamesWonB: 0, pointsA: 42, pointsB: 33 },
    });
  });

  it("a third game is played only at one game all", () => {
    const result = validateMatchScore([g(21, 19), g(17, 21), g(28, 30)]);
    // Games 1:1 after two, B takes the third 30:28; points A 21 + 17 + 28 = 66, B 19 + 21 + 30 = 70.
    expect(result.ok && result.value).toMatchObject({
      winner: "B",
      gamesWonA: 1,
      gamesWonB: 2,
      pointsA: 66,
      pointsB: 70,
    });
  });

  it("refuses an undecided match", () => {
    expect(validateMatchScore([g(21, 19), g(19, 21)])).toEqual({
      ok: false,
      reasons: [{ code: "MATCH_SCORE_UNDECIDED", message: "比赛尚未决出胜负：局分 1:1，3 局 2 胜" }],
    });
    expect(validateMatchScore([g(21, 19)]).ok).toBe(false);
  });

  it("refuses games after the match was decided", () => {
    expect(validateMatchScore([g(21, 10), g(21, 12), g(21, 5)])).toEqual({
      ok: false,
      reasons: [
        {
          code: "MATCH_SCORE_GAME_AFTER_DECIDED",
          message: "比赛在第 2 局后已以 2:0 决出胜负，其后的 1 局不应录入",
        },
      ],
    });
    expect(validateMatchScore([g(21, 10), g(10, 21), g(21, 5), g(5, 21)]).ok).toBe(false);
  });

  it("reports every impossible game and the sequence problem together", () => {
    const result = validateMatchScore([g(21, 20), g(22, 19), g(21, 5)]);
    // Game 1 21:20 unfinished, game 2 22:19 played on; counted by points A leads 2:0 after game 2.
    expect(result.ok ? [] : result.reasons.map((reason) => reason.code)).toEqual([
      "GAME_SCORE_UNFINISHED",
      "GAME_SCORE_PLAYED_ON",
      "MATCH_SCORE_GAME_AFTER_DECIDED",
    ]);
    expect(result.ok ? "" : result.reasons[0]?.message).toBe(
      "第 1 局 21:20：须领先 2 分（或先到 30 分）才能赢得一局，本局尚未结束",
    );
  });

  it("a level or unreadable game counts for nobody", () => {
    const result = validateMatchScore([g(20, 20), g(21, Number.NaN), g(21, 3)]);
    expect(result.ok ? [] : result.reasons.map((reason) => reason.code)).toEqual([
      "GAME_SCORE_TIED",
      "GAME_SCORE_NOT_WHOLE",
      "MATCH_SCORE_UNDECIDED",
    ]);
  });

  it("refuses an empty score sheet", () => {
    expect(validateMatchScore([])).toEqual({
      ok: false,
      reasons: [{ code: "MATCH_SCORE_NO_GAMES", message: "尚未录入任何一局比分" }],
    });
  });

  it("best of one and best of five", () => {
    const one = { pointsToWinGame: 21, gamePointCap: 30, bestOfGames: 1 };
    expect(validateMatchScore([g(15, 21)], one)).toMatchObject({ ok: true, value: { winner: "B" } });
    expect(validateMatchScore([g(15, 21), g(21, 15)], one).ok).toBe(false);
    const five = { pointsToWinGame: 11, gamePointCap: 15, bestOfGames: 5 };
    expect(validateMatchScore([g(11, 9), g(9, 11), g(11, 9), g(11, 9)], five)).toMatchObject({
      ok: true,
      value: { winner: "A", gamesWonA: 3, gamesWonB: 1 },
    });
    expect(() => validateMatchScore([g(21, 0)], { pointsToWinGame: 21, gamePointCap: 30, bestOfGames: 2 })).toThrow(
      RangeError,
    );
  });
});
