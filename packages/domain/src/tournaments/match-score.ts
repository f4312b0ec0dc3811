import type { Reason } from "../errors.ts";
import { type GameScore, gameWinner, type MatchSide, validateGameScore } from "./game-score.ts";
import { defaultTournamentFormat, gamesToWinMatch, type TournamentFormat } from "./tournament-format.ts";
import type { TournamentOutcome } from "./tournament-outcome.ts";

export type MatchScoreRules = Pick<TournamentFormat, "pointsToWinGame" | "gamePointCap" | "bestOfGames">;

/** A finished match as the ranking reads it. */
export interface MatchScoreSummary {
  winner: MatchSide;
  games: GameScore[];
  gamesWonA: number;
  gamesWonB: number;
  pointsA: number;
  pointsB: number;
}

/**
 * A finished match's games, checked whole: every impossible game score, and a match that is not
 * decided (1:1 in a best of three needs a third game) or that goes on after it was decided (a third
 * game after 2:0). Games are counted for the winner by their points even when a game's score is
 * itself impossible, so that the sheet's other mistakes are reported in the same pass.
 */
export function validateMatchScore(
  games: readonly GameScore[],
  rules: MatchScoreRules = defaultTournamentFormat,
): TournamentOutcome<MatchScoreSummary> {
  assertBestOf(rules.bestOfGames);
  if (games.length === 0) {
    return { ok: false, reasons: [{ code: "MATCH_SCORE_NO_GAMES", message: "尚未录入任何一局比分" }] };
  }
  const needed = gamesToWinMatch(rules);
  const reasons: Reason[] = [];
  let wonA = 0;
  let wonB = 0;
  let decidedAfter: number | null = null;
  games.forEach((game, index) => {
    for (const reason of validateGameScore(game, rules)) {
      reasons.push({ code: reason.code, message: `第 ${index + 1} 局 ${reason.message}` });
    }
    if (decidedAfter !== null) return;
    const winner = Number.isFinite(game.a) && Number.isFinite(game.b) ? gameWinner(game) : null;
    if (winner === "A") wonA++;
    if (winner === "B") wonB++;
    if (wonA === needed || wonB === needed) decidedAfter = index + 1;
  });
  if (decidedAfter !== null && decidedAfter < games.length) {
    reasons.push({
      code: "MATCH_SCORE_GAME_AFTER_DECIDED",
      message: `比赛在第 ${decidedAfter} 局后已以 ${wonA}:${wonB} 决出胜负，其后的 ${games.length - decidedAfter} 局不应录入`,
    });
  }
  if (decidedAfter === null) {
    reasons.push({
      code: "MATCH_SCORE_UNDECIDED",
      message: `比赛尚未决出胜负：局分 ${wonA}:${wonB}，${rules.bestOfGames} 局 ${needed} 胜`,
    });
  }
  if (reasons.length > 0) return { ok: false, reasons };
  return {
    ok: true,
    value: {
      winner: wonA > wonB ? "A" : "B",
      games: games.map((game) => ({ a: game.a, b: game.b })),
      gamesWonA: wonA,
      gamesWonB: wonB,
      pointsA: games.reduce((sum, game) => sum + game.a, 0),
      pointsB: games.reduce((sum, game) => sum + game.b, 0),
    },
  };
}

function assertBestOf(bestOf: number): void {
  if (!Number.isInteger(bestOf) || bestOf < 1 || bestOf % 2 === 0) {
    throw new RangeError(`best of ${bestOf} games is not an odd number`);
  }
}
