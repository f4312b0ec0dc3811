import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createKnockoutBracket,
  type KnockoutBracket,
  type KnockoutResultInput,
  knockoutChampion,
  knockoutFinishes,
  recordKnockoutResult,
} from "./knockout-bracket.ts";
import { drawKnockout, knockoutDrawLotsByNumber } from "./knockout-draw.ts";

const g = (a: number, b: number) => ({ a, b });

function recorded(bracket: KnockoutBracket, result: KnockoutResultInput): KnockoutBracket {
  const outcome = recordKnockoutResult(bracket, result);
  if (!outcome.ok) throw new Error(outcome.reasons.map((reason) => reason.message).join("; "));
  return outcome.value;
}

// The 12-entrant draw of knockout-draw.test.ts: seeds 1–4 have byes on lines 2, 6, 11, 15.
const twelve = ["S1", null, "U1", "U2", "S4", null, "U3", "U4", "U5", "U6", null, "S3", "U7", "U8", null, "S2"];

describe("knockout bracket", () => {
  it("sends the seeds with byes straight to round 2", () => {
    const bracket = createKnockoutBracket(twelve);
    expect(bracket.rounds.map((round) => round.length)).toEqual([8, 4, 2, 1]);
    expect(bracket.rounds[0]?.map((match) => [match.a, match.b, match.decision, match.winner])).toEqual([
      ["S1", null, "BYE", "S1"],
      ["U1", "U2", "PENDING", null],
      ["S4", null, "BYE", "S4"],
      ["U3", "U4", "PENDING", null],
      ["U5", "U6", "PENDING", null],
      [null, "S3", "BYE", "S3"],
      ["U7", "U8", "PENDING", null],
      [null, "S2", "BYE", "S2"],
    ]);
    expect(bracket.rounds[1]?.map((match) => [match.a, match.b])).toEqual([
      ["S1", null],
      ["S4", null],
      [null, "S3"],
      [null, "S2"],
    ]);
  });

  it("advances winners as results come in, and accepts corrections until the next match is decided", () => {
    let bracket = createKnockoutBracket(twelve);
    bracket = recorded(bracket, { round: 1, matchNumber: 2, games: [g(21, 15), g(21, 18)] });
    expect(bracket.rounds[0]?.[1]).toMatchObject({ decision: "PLAYED", winner: "U1", games: [g(21, 15), g(21, 18)] });
    expect(bracket.rounds[1]?.[0]).toMatchObject({ a: "S1", b: "U1", decision: "PENDING" });

    // The scorer had it the wrong way round: U2 won in three games. The next match is not played yet.
    bracket = recorded(bracket, { round: 1, matchNumber: 2, games: [g(21, 15), g(18, 21), g(19, 21)] });
    expect(bracket.rounds[1]?.[0]).toMatchObject({ a: "S1", b: "U2" });

    // U2 withdraws injured: S1 goes through without playing.
    bracket = recorded(bracket, { round: 2, matchNumber: 1, walkoverWinner: "S1" });
    expect(bracket.rounds[1]?.[0]).toMatchObject({ decision: "WALKOVER", winner: "S1", games: null });
    expect(bracket.rounds[2]?.[0]?.a).toBe("S1");

    // Now U1 can no longer be made the winner of round 1, but a mistyped game score can be fixed.
    const locked = recordKnockoutResult(bracket, { round: 1, matchNumber: 2, games: [g(21, 15), g(21, 18)] });
    expect(locked).toEqual({
      ok: false,
      reasons: [{ code: "KNOCKOUT_RESULT_LOCKED", message: "1/8 决赛第 2 场：下一轮比赛已有结果，不能改变本场的胜者" }],
    });
    const fixed = recorded(bracket, { round: 1, matchNumber: 2, games: [g(21, 15), g(18, 21), g(20, 22)] });
    expect(fixed.rounds[0]?.[1]?.games).toEqual([g(21, 15), g(18, 21), g(20, 22)]);
    expect(bracket.rounds[0]?.[1]?.games).toEqual([g(21, 15), g(18, 21), g(19, 21)]);
  });

  it("refuses results it cannot take, saying why", () => {
    const bracket = createKnockoutBracket(twelve);
    const reasonsOf = (result: KnockoutResultInput) => {
      const outcome = recordKnockoutResult(bracket, result);
      return outcome.ok ? [] : outcome.reasons;
    };
    expect(reasonsOf({ round: 5, matchNumber: 1, walkoverWinner: "S1" })).toEqual([
      { code: "KNOCKOUT_MATCH_NOT_FOUND", message: "签表中没有这场比赛" },
    ]);
    expect(reasonsOf({ round: 1, matchNumber: 1, walkoverWinner: "S1" })).toEqual([
      { code: "KNOCKOUT_MATCH_IS_BYE", message: "1/8 决赛第 1 场为轮空，无需录入结果" },
    ]);
    expect(reasonsOf({ round: 2, matchNumber: 2, walkoverWinner: "S4" })).toEqual([
      { code: "KNOCKOUT_MATCH_NOT_READY", message: "1/4 决赛第 2 场的对阵双方尚未确定" },
    ]);
    expect(reasonsOf({ round: 1, matchNumber: 2, games: [g(21, 0), g(21, 0)], walkoverWinner: "U1" })).toEqual([
      { code: "KNOCKOUT_RESULT_FORM", message: "1/8 决赛第 2 场：请录入比分，或选择弃权比赛的获胜方（二者选一）" },
    ]);
    expect(reasonsOf({ round: 1, matchNumber: 2 })[0]?.code).toBe("KNOCKOUT_RESULT_FORM");
    expect(reasonsOf({ round: 1, matchNumber: 2, walkoverWinner: "S1" })).toEqual([
      { code: "KNOCKOUT_WALKOVER_WINNER", message: "1/8 决赛第 2 场：弃权比赛的获胜方须是对阵双方之一" },
    ]);
    expect(reasonsOf({ round: 1, matchNumber: 2, games: [g(21, 20), g(21, 10)] })).toEqual([
      {
        code: "GAME_SCORE_UNFINISHED",
        message: "1/8 决赛第 2 场：第 1 局 21:20：须领先 2 分（或先到 30 分）才能赢得一局，本局尚未结束",
      },
    ]);
  });

  it("refuses lines that are not a draw", () => {
    expect(() => createKnockoutBracket(["A", "B", "C"])).toThrow(RangeError);
    expect(() => createKnockoutBracket(["A", "A"])).toThrow(RangeError);
    expect(() => createKnockoutBracket(["A", "B", null, null])).toThrow(RangeError);
  });

  it("plays to a champion; both semi-final losers share third place", () => {
    let bracket = createKnockoutBracket(["A", "B", "C", "D"]);
    expect(knockoutChampion(bracket)).toBeNull();
    bracket = recorded(bracket, { round: 1, matchNumber: 1, games: [g(21, 10), g(21, 10)] });
    bracket = recorded(bracket, { round: 1, matchNumber: 2, games: [g(10, 21), g(10, 21)] });
    expect(knockoutFinishes(bracket)).toEqual([
      { entrant: "B", place: 3, title: "并列第三名" },
      { entrant: "C", place: 3, title: "并列第三名" },
    ]);
    bracket = recorded(bracket, { round: 2, matchNumber: 1, games: [g(30, 29), g(28, 30), g(21, 19)] });
    expect(knockoutChampion(bracket)).toBe("A");
    expect(knockoutFinishes(bracket)).toEqual([
      { entrant: "A", place: 1, title: "冠军" },
      { entrant: "D", place: 2, title: "亚军" },
      { entrant: "B", place: 3, title: "并列第三名" },
      { entrant: "C", place: 3, title: "并列第三名" },
    ]);
  });

  it("any run of results gives one champion, and every entrant one place", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 20 }),
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        (count, lotNumber, upperWins) => {
          const entrants = Array.from({ length: count }, (_, index) => `E${index + 1}`);
          const seeds = entrants.slice(0, Math.min(2, count));
          const draw = drawKnockout({
            entrants,
            seeds,
            lots: knockoutDrawLotsByNumber({ entrants, seeds }, lotNumber),
          });
          if (!draw.ok) throw new Error("draw refused");
          let bracket = createKnockoutBracket(draw.value.lines);
          let coin = 0;
          for (const round of bracket.rounds) {
            for (const match of round) {
              const current = bracket.rounds[match.round - 1]?.[match.matchNumber - 1];
              if (current?.decision !== "PENDING") continue;
              const upper = upperWins[coin++ % upperWins.length];
              bracket = recorded(bracket, {
                round: match.round,
                matchNumber: match.matchNumber,
                games: upper ? [g(21, 5), g(21, 5)] : [g(5, 21), g(5, 21)],
              });
            }
          }
          const champion = knockoutChampion(bracket);
          expect(entrants).toContain(champion);
          const finishes = knockoutFinishes(bracket);
          expect(finishes.map((finish) => finish.entrant).sort()).toEqual([...entrants].sort());
          expect(finishes.filter((finish) => finish.place === 1)).toHaveLength(1);
        },
      ),
    );
  });
});
