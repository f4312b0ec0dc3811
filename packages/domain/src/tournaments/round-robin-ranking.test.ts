import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { GameScore } from "./game-score.ts";
import { type RoundRobinMatchResult, rankRoundRobinGroup } from "./round-robin-ranking.ts";

const g = (a: number, b: number): GameScore => ({ a, b });
const match = (a: string, b: string, ...games: GameScore[]): RoundRobinMatchResult => ({ a, b, games });
/** Two games won 21:19 19:21 21:19 by side a: a scores 61, b scores 59. */
const close = (a: string, b: string) => match(a, b, g(21, 19), g(19, 21), g(21, 19));

function ranked(...args: Parameters<typeof rankRoundRobinGroup>) {
  const outcome = rankRoundRobinGroup(...args);
  if (!outcome.ok) throw new Error(outcome.reasons.map((reason) => reason.message).join("; "));
  return outcome.value;
}

describe("group ranking: three level on matches won in a group of four", () => {
  it("game difference decides", () => {
    const matches = [
      match("A", "D", g(21, 10), g(21, 12)), // A 2:0, points 42:22
      match("B", "D", g(21, 15), g(21, 13)), // B 2:0, points 42:28
      match("C", "D", g(21, 18), g(19, 21), g(21, 17)), // C 2:1, points 61:56
      match("A", "B", g(21, 19), g(18, 21), g(21, 16)), // A 2:1, points 60:56
      match("B", "C", g(21, 17), g(21, 19)), // B 2:0, points 42:36
      match("C", "A", g(21, 15), g(17, 21), g(21, 19)), // C 2:1, points 59:55
    ];
    // Matches won: A beat D, B (2); B beat D, C (2); C beat D, A (2); D 0. Three level on 2.
    // Games: A 2:0 + 2:1 + 1:2 = 5:3 → +2; B 2:0 + 1:2 + 2:0 = 5:2 → +3; C 2:1 + 0:2 + 2:1 = 4:4 → 0;
    //        D 0:2 + 0:2 + 1:2 = 1:6 → -5. (Games won 5+5+4+1 = 15 = games lost 3+2+4+6.)
    // Points: A 42+60+55 = 157 : 22+56+59 = 137 → +20; B 42+56+42 = 140 : 28+60+36 = 124 → +16;
    //         C 61+36+59 = 156 : 56+42+55 = 153 → +3; D 22+28+56 = 106 : 42+42+61 = 145 → -39.
    // Game difference B +3 > A +2 > C 0: B first although A has the better point difference.
    const ranking = ranked({ members: ["A", "B", "C", "D"], matches });
    expect(ranking.standings.map((s) => [s.place, s.entrant, s.won, s.gameDifference, s.pointDifference])).toEqual([
      [1, "B", 2, 3, 16],
      [2, "A", 2, 2, 20],
      [3, "C", 2, 0, 3],
      [4, "D", 0, -5, -39],
    ]);
    expect(ranking.standings.map((s) => s.explanation)).toEqual([
      "三人同积 2 胜，局数差 +3，按局数差列第 1",
      "三人同积 2 胜，局数差 +2，按局数差列第 2",
      "三人同积 2 胜，局数差 0，按局数差列第 3",
      "胜 0 场，列第 4",
    ]);
    expect(ranking.standings.map((s) => s.decidedBy)).toEqual([
      "GAME_DIFFERENCE",
      "GAME_DIFFERENCE",
      "GAME_DIFFERENCE",
      "MATCHES_WON",
    ]);
    expect(ranking.standings[0]).toMatchObject({
      played: 3,
      lost: 1,
      gamesWon: 5,
      gamesLost: 2,
      pointsWon: 140,
      pointsLost: 124,
    });
    expect(ranking.complete).toBe(true);
    expect(ranking.decidedByLots).toBe(false);
    expect(ranking.lots).toBeNull();
  });

  it("point difference decides when game difference is level", () => {
    const matches = [
      match("A", "D", g(21, 10), g(21, 10)), // A 42:20
      match("B", "D", g(21, 15), g(21, 15)), // B 42:30
      match("C", "D", g(21, 5), g(21, 5)), // C 42:10
      close("A", "B"), // A 61:59
      close("B", "C"), // B 61:59
      close("C", "A"), // C 61:59
    ];
    // Each of A, B, C: 2:0 against D, 2:1 in the match won, 1:2 in the match lost → games 5:3, +2 each.
    // Points: A 42+61+59 = 162 : 20+59+61 = 140 → +22; B 42+59+61 = 162 : 30+61+59 = 150 → +12;
    //         C 42+59+61 = 162 : 10+61+59 = 130 → +32; D 20+30+10 = 60 : 126 → -66 (sum 0).
    const ranking = ranked({ members: ["A", "B", "C", "D"], matches });
    expect(ranking.standings.map((s) => [s.entrant, s.gameDifference, s.pointDifference, s.decidedBy])).toEqual([
      ["C", 2, 32, "POINT_DIFFERENCE"],
      ["A", 2, 22, "POINT_DIFFERENCE"],
      ["B", 2, 12, "POINT_DIFFERENCE"],
      ["D", -6, -66, "MATCHES_WON"],
    ]);
    expect(ranking.standings[0]?.explanation).toBe("三人同积 2 胜，局数差同为 +2，得失分差 +32，按得失分差列第 1");
    expect(ranking.standings[2]?.explanation).toBe("三人同积 2 胜，局数差同为 +2，得失分差 +12，按得失分差列第 3");
  });

  it("after game difference exactly two remain level: their match decides, not point difference", () => {
    const matches = [
      match("A", "D", g(21, 15), g(21, 15)), // A 42:30
      match("B", "D", g(21, 5), g(21, 5)), // B 42:10
      match("C", "D", g(21, 19), g(19, 21), g(21, 19)), // C 2:1, 61:59
      close("A", "B"), // A beats B 2:1
      close("B", "C"), // B beats C 2:1
      close("C", "A"), // C beats A 2:1
    ];
    // Games: A 2:0 + 2:1 + 1:2 = 5:3 → +2; B 2:0 + 1:2 + 2:1 = 5:3 → +2; C 2:1 + 1:2 + 2:1 = 5:4 → +1.
    // C is third on game difference; A and B remain level on +2, and A beat B.
    // Points: A 42+61+59 = 162 : 30+59+61 = 150 → +12; B 42+59+61 = 162 : 10+61+59 = 130 → +32:
    // B's better point difference does not count, because only two remain.
    const ranking = ranked({ members: ["A", "B", "C", "D"], matches });
    expect(ranking.standings.map((s) => [s.entrant, s.gameDifference, s.pointDifference, s.decidedBy])).toEqual([
      ["A", 2, 12, "HEAD_TO_HEAD"],
      ["B", 2, 32, "HEAD_TO_HEAD"],
      ["C", 1, 2, "GAME_DIFFERENCE"],
      ["D", -5, -46, "MATCHES_WON"],
    ]);
    expect(ranking.standings.map((s) => s.explanation)).toEqual([
      "三人同积 2 胜，其中两人局数差同为 +2，相互间比赛获胜，列第 1",
      "三人同积 2 胜，其中两人局数差同为 +2，相互间比赛告负，列第 2",
      "三人同积 2 胜，局数差 +1，按局数差列第 3",
      "胜 0 场，列第 4",
    ]);
  });

  it("after point difference exactly two remain level: their match decides", () => {
    const matches = [
      match("A", "D", g(21, 10), g(21, 10)), // A 42:20
      match("B", "D", g(21, 10), g(21, 10)), // B 42:20
      match("C", "D", g(21, 15), g(21, 15)), // C 42:30
      close("A", "B"),
      close("B", "C"),
      close("C", "A"),
    ];
    // Games 5:3 (+2) for each of A, B, C. Points: A +22 +2 -2 = +22; B +22 -2 +2 = +22;
    // C +12 +2 -2 = +12 → C third; A and B level on +22, A beat B.
    const ranking = ranked({ members: ["A", "B", "C", "D"], matches });
    expect(ranking.standings.map((s) => [s.entrant, s.pointDifference, s.decidedBy])).toEqual([
      ["A", 22, "HEAD_TO_HEAD"],
      ["B", 22, "HEAD_TO_HEAD"],
      ["C", 12, "POINT_DIFFERENCE"],
      ["D", -56, "MATCHES_WON"],
    ]);
    expect(ranking.standings[0]?.explanation).toBe(
      "三人同积 2 胜，局数差同为 +2，其中两人得失分差同为 +22，相互间比赛获胜，列第 1",
    );
    expect(ranking.standings[2]?.explanation).toBe("三人同积 2 胜，局数差同为 +2，得失分差 +12，按得失分差列第 3");
  });

  it("when everything is level, lots decide and are recorded", () => {
    const matches = [
      match("A", "D", g(21, 10), g(21, 10)),
      match("B", "D", g(21, 10), g(21, 10)),
      match("C", "D", g(21, 10), g(21, 10)),
      close("A", "B"),
      close("B", "C"),
      close("C", "A"),
    ];
    // A, B, C: games 5:3 (+2), points 42+61+59 = 162 : 20+59+61 = 140 (+22), all three the same.
    const without = rankRoundRobinGroup({ members: ["A", "B", "C", "D"], matches });
    expect(without).toEqual({
      ok: false,
      reasons: [
        { code: "GROUP_RANKING_LOTS_REQUIRED", message: "A、B、C 的胜场数、局数差、得失分差均相同，须抽签决定名次" },
      ],
      lotsNeeded: [["A", "B", "C"]],
    });
    const ranking = ranked({ members: ["A", "B", "C", "D"], matches, lots: ["C", "A", "B"] });
    expect(ranking.standings.map((s) => [s.entrant, s.decidedBy])).toEqual([
      ["C", "LOTS"],
      ["A", "LOTS"],
      ["B", "LOTS"],
      ["D", "MATCHES_WON"],
    ]);
    expect(ranking.standings[1]?.explanation).toBe("三人同积 2 胜，局数差同为 +2，得失分差同为 +22，抽签列第 2");
    expect(ranking.decidedByLots).toBe(true);
    expect(ranking.lots).toEqual(["C", "A", "B"]);
    // Lots naming only some of the tied are not enough.
    expect(rankRoundRobinGroup({ members: ["A", "B", "C", "D"], matches, lots: ["C", "A"] }).ok).toBe(false);
  });
});

describe("group ranking: other ties", () => {
  it("two level on matches won: the winner of their match is higher", () => {
    const win = (a: string, b: string) => match(a, b, g(21, 10), g(21, 10));
    // A beat C, D (2); B beat A, C (2); C beat D (1); D beat B (1).
    const matches = [win("A", "C"), win("A", "D"), win("B", "A"), win("B", "C"), win("C", "D"), win("D", "B")];
    const ranking = ranked({ members: ["A", "B", "C", "D"], matches });
    expect(ranking.standings.map((s) => [s.entrant, s.won, s.explanation])).toEqual([
      ["B", 2, "两人同积 2 胜，相互间比赛获胜，列第 1"],
      ["A", 2, "两人同积 2 胜，相互间比赛告负，列第 2"],
      ["C", 1, "两人同积 1 胜，相互间比赛获胜，列第 3"],
      ["D", 1, "两人同积 1 胜，相互间比赛告负，列第 4"],
    ]);
  });

  it("in doubles the tie is counted in pairs", () => {
    const matches = [
      match("A", "D", g(21, 10), g(21, 12)),
      match("B", "D", g(21, 15), g(21, 13)),
      match("C", "D", g(21, 18), g(19, 21), g(21, 17)),
      match("A", "B", g(21, 19), g(18, 21), g(21, 16)),
      match("B", "C", g(21, 17), g(21, 19)),
      match("C", "A", g(21, 15), g(17, 21), g(21, 19)),
    ];
    const ranking = ranked({ members: ["A", "B", "C", "D"], matches, doubles: true });
    expect(ranking.standings[0]?.explanation).toBe("三对同积 2 胜，局数差 +3，按局数差列第 1");
  });

  it("a group still in play: two who have not met go to game difference", () => {
    // Played so far: A beat C 2:0, B beat D 2:1. A and B 1 win each, C and D none.
    const matches = [match("A", "C", g(21, 10), g(21, 10)), match("B", "D", g(21, 10), g(10, 21), g(21, 10))];
    // Games: A 2:0 → +2, B 2:1 → +1; D 1:2 → -1, C 0:2 → -2.
    const ranking = ranked({ members: ["A", "B", "C", "D"], matches });
    expect(ranking.complete).toBe(false);
    expect(ranking.standings.map((s) => [s.entrant, s.explanation])).toEqual([
      ["A", "两人同积 1 胜，相互间比赛尚未进行，局数差 +2，按局数差列第 1"],
      ["B", "两人同积 1 胜，相互间比赛尚未进行，局数差 +1，按局数差列第 2"],
      ["D", "两人同积 0 胜，相互间比赛尚未进行，局数差 -1，按局数差列第 3"],
      ["C", "两人同积 0 胜，相互间比赛尚未进行，局数差 -2，按局数差列第 4"],
    ]);
  });

  it("a group where nothing has been played needs lots for everyone", () => {
    const outcome = rankRoundRobinGroup({ members: ["A", "B"], matches: [] });
    expect(outcome.ok ? [] : outcome.lotsNeeded).toEqual([["A", "B"]]);
    const drawn = ranked({ members: ["A", "B"], matches: [], lots: ["B", "A"] });
    expect(drawn.standings.map((s) => s.explanation)).toEqual([
      "两人同积 0 胜，相互间比赛尚未进行，局数差同为 0，得失分差同为 0，抽签列第 1",
      "两人同积 0 胜，相互间比赛尚未进行，局数差同为 0，得失分差同为 0，抽签列第 2",
    ]);
  });

  it("refuses a sheet with wrong matches, every mistake at once", () => {
    const outcome = rankRoundRobinGroup({
      members: ["A", "B", "C", "C"],
      matches: [
        match("A", "A", g(21, 0), g(21, 0)),
        match("A", "X", g(21, 0), g(21, 0)),
        match("A", "B", g(21, 0), g(21, 0)),
        match("B", "A", g(21, 20), g(21, 0)),
      ],
      lots: ["Z"],
    });
    expect(outcome.ok ? [] : outcome.reasons).toEqual([
      { code: "GROUP_RANKING_DUPLICATE_MEMBER", message: "小组名单中有重复的选手" },
      { code: "GROUP_MATCH_SELF", message: "第 1 场（A 对 A）：选手不能与自己比赛" },
      { code: "GROUP_MATCH_NOT_IN_GROUP", message: "第 2 场（A 对 X）：对阵双方须都是本组选手" },
      { code: "GROUP_MATCH_DUPLICATE", message: "第 4 场（B 对 A）：两名选手在小组赛中只比赛一场，该场重复录入" },
      {
        code: "GAME_SCORE_UNFINISHED",
        message: "第 4 场（B 对 A）：第 1 局 21:20：须领先 2 分（或先到 30 分）才能赢得一局，本局尚未结束",
      },
      { code: "GROUP_RANKING_LOTS_INVALID", message: "抽签结果只能包含本组选手，且每人只能出现一次" },
    ]);
  });
});

/** A game side A wins with the loser on `loser` points: the winner ends on min(max(21, loser + 2), 30). */
const wonGame = (loser: number): GameScore => g(Math.min(Math.max(21, loser + 2), 30), loser);
const flip = (game: GameScore): GameScore => g(game.b, game.a);
const gameArb = fc.integer({ min: 0, max: 29 }).map(wonGame);
const matchGamesArb = fc
  .tuple(fc.boolean(), fc.boolean(), gameArb, gameArb, gameArb)
  .map(([aWins, threeGames, first, second, third]) => {
    const games = threeGames ? [first, flip(second), third] : [first, second];
    return aWins ? games : games.map(flip);
  });

describe("group ranking properties", () => {
  it("is a permutation of the group, places 1…n, matches won never increasing", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }).chain((size) =>
          fc.tuple(
            fc.constant(size),
            fc.array(matchGamesArb, { minLength: (size * (size - 1)) / 2, maxLength: (size * (size - 1)) / 2 }),
            fc.shuffledSubarray(
              Array.from({ length: size }, (_, index) => `P${index}`),
              { minLength: size, maxLength: size },
            ),
            fc.boolean(),
          ),
        ),
        ([size, results, lots, withLots]) => {
          const members = Array.from({ length: size }, (_, index) => `P${index}`);
          const pairs = members.flatMap((one, index) => members.slice(index + 1).map((other) => [one, other] as const));
          const matches = pairs.map(([a, b], index) => match(a, b, ...(results[index] ?? [])));
          const outcome = rankRoundRobinGroup({ members, matches, lots: withLots ? lots : null });
          if (!outcome.ok) {
            expect(withLots).toBe(false);
            expect(outcome.lotsNeeded.length).toBeGreaterThan(0);
            return;
          }
          const standings = outcome.value.standings;
          expect([...standings.map((s) => s.entrant)].sort()).toEqual(members);
          expect(standings.map((s) => s.place)).toEqual(members.map((_, index) => index + 1));
          for (let index = 1; index < standings.length; index++) {
            expect(standings[index - 1]?.won).toBeGreaterThanOrEqual(standings[index]?.won ?? 0);
          }
          expect(outcome.value.complete).toBe(true);
          expect(standings.reduce((sum, s) => sum + s.pointDifference, 0)).toBe(0);
        },
      ),
    );
  });
});
