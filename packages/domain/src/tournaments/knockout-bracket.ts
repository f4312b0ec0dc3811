import type { Reason } from "../errors.ts";
import { chineseNumeral } from "./chinese-numerals.ts";
import type { GameScore } from "./game-score.ts";
import { assertBracketSize, knockoutRoundCount, knockoutRoundName } from "./knockout-lines.ts";
import { type MatchScoreRules, validateMatchScore } from "./match-score.ts";
import { defaultTournamentFormat } from "./tournament-format.ts";
import type { TournamentOutcome } from "./tournament-outcome.ts";

/** PENDING: not played yet; BYE: one side is a bye (轮空); WALKOVER: won without play (弃权). */
export type KnockoutMatchDecision = "PENDING" | "BYE" | "PLAYED" | "WALKOVER";

export interface KnockoutMatch {
  /** 1 for the first round. */
  round: number;
  /** 1 for the top match of its round. */
  matchNumber: number;
  /** The upper side: an entrant; null for a bye in round 1, or not yet known in later rounds. */
  a: string | null;
  /** The lower side, likewise. */
  b: string | null;
  decision: KnockoutMatchDecision;
  winner: string | null;
  /** The games of a played match, each game's `a` points being side a's. */
  games: GameScore[] | null;
}

export interface KnockoutBracket {
  size: number;
  /** rounds[0] is round 1; the last round holds the final. */
  rounds: KnockoutMatch[][];
}

export interface KnockoutResultInput {
  round: number;
  matchNumber: number;
  /** The games played; or, for a match won without play, `walkoverWinner` instead. */
  games?: readonly GameScore[];
  walkoverWinner?: string;
}

/**
 * The bracket of a draw, with every bye already decided: an entrant beside a bye goes through to
 * round 2 without playing. Lines are the draw's (null = bye); two byes never share a match.
 */
export function createKnockoutBracket(lines: readonly (string | null)[]): KnockoutBracket {
  assertBracketSize(lines.length);
  const entrants = lines.filter((line): line is string => line !== null);
  if (new Set(entrants).size !== entrants.length) throw new RangeError("an entrant holds two lines");
  const size = lines.length;
  const rounds: KnockoutMatch[][] = Array.from({ length: knockoutRoundCount(size) }, (_, index) =>
    Array.from({ length: size / 2 ** (index + 1) }, (_, match) => ({
      round: index + 1,
      matchNumber: match + 1,
      a: null,
      b: null,
      decision: "PENDING",
      winner: null,
      games: null,
    })),
  );
  for (const match of rounds[0] ?? []) {
    match.a = lines[2 * match.matchNumber - 2] ?? null;
    match.b = lines[2 * match.matchNumber - 1] ?? null;
    if (match.a === null && match.b === null)
      throw new RangeError(`two byes meet on lines ${2 * match.matchNumber - 1}–${2 * match.matchNumber}`);
    if (match.a === null || match.b === null) {
      match.decision = "BYE";
      match.winner = match.a ?? match.b;
      advance(rounds, match);
    }
  }
  return { size, rounds };
}

/**
 * Records a match's result and sends its winner on to the next round. A result can be corrected
 * until the next match is decided; after that only a correction that keeps the same winner (a
 * mistyped game score) is accepted, since the next round was played by that winner.
 */
export function recordKnockoutResult(
  bracket: KnockoutBracket,
  result: KnockoutResultInput,
  rules: MatchScoreRules = defaultTournamentFormat,
): TournamentOutcome<KnockoutBracket> {
  const match = bracket.rounds[result.round - 1]?.[result.matchNumber - 1];
  if (!match) {
    return { ok: false, reasons: [{ code: "KNOCKOUT_MATCH_NOT_FOUND", message: "签表中没有这场比赛" }] };
  }
  const label = `${knockoutRoundName(bracket.size, match.round)}第 ${match.matchNumber} 场`;
  if (match.decision === "BYE") {
    return { ok: false, reasons: [{ code: "KNOCKOUT_MATCH_IS_BYE", message: `${label}为轮空，无需录入结果` }] };
  }
  if (match.a === null || match.b === null) {
    return { ok: false, reasons: [{ code: "KNOCKOUT_MATCH_NOT_READY", message: `${label}的对阵双方尚未确定` }] };
  }
  const reasons: Reason[] = [];
  let winner: string | null = null;
  let games: GameScore[] | null = null;
  if ((result.games === undefined) === (result.walkoverWinner === undefined)) {
    reasons.push({ code: "KNOCKOUT_RESULT_FORM", message: `${label}：请录入比分，或选择弃权比赛的获胜方（二者选一）` });
  } else if (result.games !== undefined) {
    const score = validateMatchScore(result.games, rules);
    if (score.ok) {
      winner = score.value.winner === "A" ? match.a : match.b;
      games = score.value.games;
    } else {
      reasons.push(...score.reasons.map((reason) => ({ code: reason.code, message: `${label}：${reason.message}` })));
    }
  } else if (result.walkoverWinner === match.a || result.walkoverWinner === match.b) {
    winner = result.walkoverWinner;
  } else {
    reasons.push({ code: "KNOCKOUT_WALKOVER_WINNER", message: `${label}：弃权比赛的获胜方须是对阵双方之一` });
  }
  const next = nextMatch(bracket.rounds, match);
  if (next && next.decision !== "PENDING" && match.winner !== null && winner !== null && winner !== match.winner) {
    reasons.push({
      code: "KNOCKOUT_RESULT_LOCKED",
      message: `${label}：下一轮比赛已有结果，不能改变本场的胜者`,
    });
  }
  if (reasons.length > 0 || winner === null) return { ok: false, reasons };

  const rounds = bracket.rounds.map((round) => round.map((each) => ({ ...each })));
  const updated = rounds[match.round - 1]?.[match.matchNumber - 1] as KnockoutMatch;
  updated.decision = games ? "PLAYED" : "WALKOVER";
  updated.winner = winner;
  updated.games = games;
  advance(rounds, updated);
  return { ok: true, value: { size: bracket.size, rounds } };
}

/** The winner of the final, once it is decided. */
export function knockoutChampion(bracket: KnockoutBracket): string | null {
  return bracket.rounds[bracket.rounds.length - 1]?.[0]?.winner ?? null;
}

export interface KnockoutFinish {
  entrant: string;
  /** 1 champion, 2 runner-up, 3 both losing semi-finalists (no play-off), 5, 9, … */
  place: number;
  /** 冠军, 亚军, 并列第三名, 并列第五名 … */
  title: string;
}

/**
 * Places as far as the results go: the loser of a round with m matches shares place m + 1 with the
 * other losers of that round (badminton plays no third-place match: both semi-final losers are
 * 并列第三名). Byes are not losses. Best place first, then by round-1 line.
 */
export function knockoutFinishes(bracket: KnockoutBracket): KnockoutFinish[] {
  const finishes: KnockoutFinish[] = [];
  const champion = knockoutChampion(bracket);
  if (champion !== null) finishes.push({ entrant: champion, place: 1, title: "冠军" });
  for (const round of [...bracket.rounds].reverse()) {
    for (const match of round) {
      if (match.decision !== "PLAYED" && match.decision !== "WALKOVER") continue;
      const loser = match.winner === match.a ? match.b : match.a;
      const place = round.length + 1;
      const title = place === 2 ? "亚军" : `并列第${chineseNumeral(place)}名`;
      if (loser !== null) finishes.push({ entrant: loser, place, title });
    }
  }
  return finishes;
}

function nextMatch(rounds: readonly KnockoutMatch[][], match: KnockoutMatch): KnockoutMatch | undefined {
  return rounds[match.round]?.[Math.ceil(match.matchNumber / 2) - 1];
}

function advance(rounds: KnockoutMatch[][], match: KnockoutMatch): void {
  const next = nextMatch(rounds, match);
  if (!next) return;
  if (match.matchNumber % 2 === 1) next.a = match.winner;
  else next.b = match.winner;
}
