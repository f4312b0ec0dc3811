import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type GameScoreRules, gameScoreText, gameWinner, validateGameScore } from "./game-score.ts";

const codes = (a: number, b: number, rules?: GameScoreRules) =>
  validateGameScore({ a, b }, rules).map((reason) => reason.code);

/** Every score at which a game stops, found by playing out rallies one point at a time. */
function reachableFinalScores(rules: GameScoreRules): Set<string> {
  const ended = (a: number, b: number) => {
    const high = Math.max(a, b);
    return high === rules.gamePointCap || (high >= rules.pointsToWinGame && Math.abs(a - b) >= 2);
  };
  const finals = new Set<string>();
  const queue: [number, number][] = [[0, 0]];
  const seen = new Set(["0:0"]);
  while (queue.length > 0) {
    const [a, b] = queue.shift() as [number, number];
    if (ended(a, b)) {
      finals.add(`${a}:${b}`);
      continue;
    }
    for (const [nextA, nextB] of [
      [a + 1, b],
      [a, b + 1],
    ] as const) {
      if (!seen.has(`${nextA}:${nextB}`)) {
        seen.add(`${nextA}:${nextB}`);
        queue.push([nextA, nextB]);
      }
    }
  }
  return finals;
}

describe("game scores (21 points, 2-point lead, capped at 30)", () => {
  it("accepts the scores a game can end with", () => {
    // 21:19 — 21 reached with a 2-point lead.
    expect(codes(21, 19)).toEqual([]);
    // 21:0 and 0:21 — the lead does not matter once 21 is reached first.
    expect(codes(21, 0)).toEqual([]);
    expect(codes(0, 21)).toEqual([]);
    // 22:20 — from 20-all, 21:20 is not enough, 22:20 is.
    expect(codes(22, 20)).toEqual([]);
    expect(codes(20, 22)).toEqual([]);
    // 29:27 — from 27-all, 28:27, 29:27.
    expect(codes(29, 27)).toEqual([]);
    // 30:29 — from 29-all the next point wins.
    expect(codes(30, 29)).toEqual([]);
    expect(codes(29, 30)).toEqual([]);
    // 30:28 — from 28-all, 29:28 (lead of 1, play on), then 30:28: a 2-point lead, and the cap.
    expect(codes(30, 28)).toEqual([]);
  });

  it("refuses 21:20 and 29:28: a lead of 1 does not end the game", () => {
    expect(validateGameScore({ a: 21, b: 20 })).toEqual([
      { code: "GAME_SCORE_UNFINISHED", message: "21:20：须领先 2 分（或先到 30 分）才能赢得一局，本局尚未结束" },
    ]);
    expect(codes(29, 28)).toEqual(["GAME_SCORE_UNFINISHED"]);
    expect(codes(24, 25)).toEqual(["GAME_SCORE_UNFINISHED"]);
  });

  it("refuses a winner below 21", () => {
    expect(validateGameScore({ a: 19, b: 17 })).toEqual([
      { code: "GAME_SCORE_UNFINISHED", message: "19:17：胜方未到 21 分，本局尚未结束" },
    ]);
  });

  it("refuses scores past the point where the game ended", () => {
    // 22:19 — at 21:19 the game was over.
    expect(validateGameScore({ a: 22, b: 19 })).toEqual([
      { code: "GAME_SCORE_PLAYED_ON", message: "22:19 不可能出现：比分到 21:19 时本局已经结束" },
    ]);
    // 30:27 — at 29:27 the game was over (a 2-point lead after 20-all).
    expect(validateGameScore({ a: 27, b: 30 })).toEqual([
      { code: "GAME_SCORE_PLAYED_ON", message: "27:30 不可能出现：比分到 27:29 时本局已经结束" },
    ]);
    // 25:10 — ended at 21:10.
    expect(validateGameScore({ a: 25, b: 10 })[0]?.message).toContain("21:10");
  });

  it("refuses 31:29: nobody reaches 31", () => {
    expect(validateGameScore({ a: 31, b: 29 })).toEqual([
      { code: "GAME_SCORE_ABOVE_CAP", message: "31:29 不可能出现：一局最多打到 30 分" },
    ]);
  });

  it("refuses level, negative and fractional scores, every reason at once", () => {
    expect(validateGameScore({ a: 20, b: 20 })).toEqual([
      { code: "GAME_SCORE_TIED", message: "20:20：一局比赛不能以平分结束" },
    ]);
    expect(validateGameScore({ a: -1, b: 21 })).toEqual([
      { code: "GAME_SCORE_NEGATIVE", message: "-1:21：比分不能为负数" },
    ]);
    expect(codes(-2.5, 21)).toEqual(["GAME_SCORE_NOT_WHOLE", "GAME_SCORE_NEGATIVE"]);
    expect(codes(21, Number.NaN)).toEqual(["GAME_SCORE_NOT_WHOLE"]);
  });

  it("other game lengths: 15 with no extension, 11 capped at 15", () => {
    const fifteenFlat = { pointsToWinGame: 15, gamePointCap: 15 };
    expect(codes(15, 14, fifteenFlat)).toEqual([]);
    expect(codes(16, 14, fifteenFlat)).toEqual(["GAME_SCORE_ABOVE_CAP"]);
    const elevenToFifteen = { pointsToWinGame: 11, gamePointCap: 15 };
    expect(codes(11, 9, elevenToFifteen)).toEqual([]);
    expect(codes(15, 14, elevenToFifteen)).toEqual([]);
    expect(codes(14, 12, elevenToFifteen)).toEqual([]);
    expect(codes(13, 10, elevenToFifteen)).toEqual(["GAME_SCORE_PLAYED_ON"]);
  });

  it("treats rules that cannot be played as a programming error", () => {
    expect(() => validateGameScore({ a: 21, b: 0 }, { pointsToWinGame: 21, gamePointCap: 20 })).toThrow(RangeError);
    expect(() => validateGameScore({ a: 21, b: 0 }, { pointsToWinGame: 0, gamePointCap: 20 })).toThrow(RangeError);
  });

  it("names the winner and writes the score side A first", () => {
    expect(gameWinner({ a: 21, b: 19 })).toBe("A");
    expect(gameWinner({ a: 28, b: 30 })).toBe("B");
    expect(gameWinner({ a: 5, b: 5 })).toBeNull();
    expect(gameScoreText({ a: 19, b: 21 })).toBe("19:21");
  });

  it("accepts exactly the scores rally scoring can end on, for several formats", () => {
    for (const rules of [
      { pointsToWinGame: 21, gamePointCap: 30 },
      { pointsToWinGame: 15, gamePointCap: 15 },
      { pointsToWinGame: 11, gamePointCap: 15 },
      { pointsToWinGame: 21, gamePointCap: 22 },
      { pointsToWinGame: 1, gamePointCap: 3 },
    ]) {
      const finals = reachableFinalScores(rules);
      for (let a = 0; a <= rules.gamePointCap + 2; a++) {
        for (let b = 0; b <= rules.gamePointCap + 2; b++) {
          expect(validateGameScore({ a, b }, rules).length === 0, `${a}:${b} to ${rules.pointsToWinGame}`).toBe(
            finals.has(`${a}:${b}`),
          );
        }
      }
    }
  });

  it("every refusal is a Chinese sentence that quotes the score", () => {
    fc.assert(
      fc.property(fc.integer({ min: -3, max: 40 }), fc.integer({ min: -3, max: 40 }), (a, b) => {
        for (const reason of validateGameScore({ a, b })) {
          expect(reason.message).toMatch(/[\u4e00-\u9fff]/);
          expect(reason.message.startsWith(`${a}:${b}`)).toBe(true);
        }
      }),
    );
  });
});
