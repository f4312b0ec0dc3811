import type { Reason } from "../errors.ts";
import { defaultTournamentFormat, type TournamentFormat } from "./tournament-format.ts";

/** The two sides of a match: A is listed first on the score sheet, B second. */
export type MatchSide = "A" | "B";

/** One game's points, side A's first: { a: 21, b: 19 } is written 21:19. */
export interface GameScore {
  a: number;
  b: number;
}

export type GameScoreRules = Pick<TournamentFormat, "pointsToWinGame" | "gamePointCap">;

export function gameScoreText(score: GameScore): string {
  return `${score.a}:${score.b}`;
}

/** The side with more points, or null for a level score (which no finished game can have). */
export function gameWinner(score: GameScore): MatchSide | null {
  return score.a > score.b ? "A" : score.b > score.a ? "B" : null;
}

/**
 * Whether a game could have ended with this score. Rally scoring stops at the first score where
 * the leader has at least `pointsToWinGame` points and a 2-point lead, or has `gamePointCap`
 * points. So for a loser with L points the game ends when the winner reaches
 *   E(L) = min(max(target, L + 2), cap)
 * and a score W:L is possible exactly when W = E(L). W < E(L): the game was not over yet
 * (21:20, 19:17); W > E(L): the game would have ended earlier (22:19 ended at 21:19); W > cap:
 * nobody reaches 31. With 21/30: 21:19, 22:20, 29:27, 30:28 (from 28-all, 29:28, 30:28) and
 * 30:29 are possible; 21:20, 22:19, 30:27, 31:29 are not.
 */
export function validateGameScore(score: GameScore, rules: GameScoreRules = defaultTournamentFormat): Reason[] {
  assertGameRules(rules);
  const text = gameScoreText(score);
  const reasons: Reason[] = [];
  if (!Number.isInteger(score.a) || !Number.isInteger(score.b)) {
    reasons.push({ code: "GAME_SCORE_NOT_WHOLE", message: `${text}：比分应为整数` });
  }
  if (score.a < 0 || score.b < 0) {
    reasons.push({ code: "GAME_SCORE_NEGATIVE", message: `${text}：比分不能为负数` });
  }
  if (reasons.length > 0) return reasons;

  const { pointsToWinGame: target, gamePointCap: cap } = rules;
  const winnerPoints = Math.max(score.a, score.b);
  const loserPoints = Math.min(score.a, score.b);
  if (winnerPoints === loserPoints) {
    return [{ code: "GAME_SCORE_TIED", message: `${text}：一局比赛不能以平分结束` }];
  }
  if (winnerPoints > cap) {
    return [{ code: "GAME_SCORE_ABOVE_CAP", message: `${text} 不可能出现：一局最多打到 ${cap} 分` }];
  }
  if (winnerPoints < target) {
    return [{ code: "GAME_SCORE_UNFINISHED", message: `${text}：胜方未到 ${target} 分，本局尚未结束` }];
  }
  const endsAt = Math.min(Math.max(target, loserPoints + 2), cap);
  if (winnerPoints < endsAt) {
    return [
      {
        code: "GAME_SCORE_UNFINISHED",
        message: `${text}：须领先 2 分（或先到 ${cap} 分）才能赢得一局，本局尚未结束`,
      },
    ];
  }
  if (winnerPoints > endsAt) {
    const end = score.a > score.b ? `${endsAt}:${loserPoints}` : `${loserPoints}:${endsAt}`;
    return [{ code: "GAME_SCORE_PLAYED_ON", message: `${text} 不可能出现：比分到 ${end} 时本局已经结束` }];
  }
  return [];
}

function assertGameRules(rules: GameScoreRules): void {
  const { pointsToWinGame: target, gamePointCap: cap } = rules;
  if (!Number.isInteger(target) || target < 1 || !Number.isInteger(cap) || cap < target) {
    throw new RangeError(`invalid game rules: to ${target}, cap ${cap}`);
  }
}
