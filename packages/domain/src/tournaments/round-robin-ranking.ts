import type { Reason } from "../errors.ts";
import { chineseCount, signedText } from "./chinese-numerals.ts";
import { hasDuplicates } from "./entrant-lists.ts";
import type { GameScore } from "./game-score.ts";
import { type MatchScoreRules, validateMatchScore } from "./match-score.ts";
import { defaultTournamentFormat } from "./tournament-format.ts";

/** A played group match; each game's `a` points are entrant `a`'s. */
export interface RoundRobinMatchResult {
  a: string;
  b: string;
  games: readonly GameScore[];
}

export interface RoundRobinRankingInput {
  /** The group's entrants in group order. */
  members: readonly string[];
  /** The matches played so far (a group still in play is ranked on what has been played). */
  matches: readonly RoundRobinMatchResult[];
  /**
   * The drawn order (抽签结果), best first, used only among entrants still level after every other
   * criterion; it may list the whole group or only those who drew. Recorded with the ranking.
   */
  lots?: readonly string[] | null;
  /** Doubles entrants are counted as pairs (三对同积), singles as players (三人同积). */
  doubles?: boolean;
}

/** What finally separated an entrant from those level with it. */
export type RoundRobinRankingCriterion =
  | "MATCHES_WON"
  | "HEAD_TO_HEAD"
  | "GAME_DIFFERENCE"
  | "POINT_DIFFERENCE"
  | "LOTS";

export const roundRobinRankingCriterionLabels: Record<RoundRobinRankingCriterion, string> = {
  MATCHES_WON: "胜场数",
  HEAD_TO_HEAD: "相互间胜负",
  GAME_DIFFERENCE: "局数差",
  POINT_DIFFERENCE: "得失分差",
  LOTS: "抽签",
};

export interface RoundRobinStanding {
  /** 小组名次, 1 … n, never shared. */
  place: number;
  entrant: string;
  played: number;
  won: number;
  lost: number;
  gamesWon: number;
  gamesLost: number;
  gameDifference: number;
  pointsWon: number;
  pointsLost: number;
  pointDifference: number;
  decidedBy: RoundRobinRankingCriterion;
  /** Why this place, in Chinese: "三人同积 2 胜，局数差 +3，按局数差列第 1". */
  explanation: string;
}

export interface RoundRobinRanking {
  standings: RoundRobinStanding[];
  /** Every pair of the group has played. Places in an unfinished group are provisional. */
  complete: boolean;
  /** Some place was decided by drawing lots. */
  decidedByLots: boolean;
  /** The lots as given, recorded with the ranking (null when none were given). */
  lots: string[] | null;
}

export type RoundRobinRankingOutcome =
  | { ok: true; value: RoundRobinRanking }
  /** `lotsNeeded`: the entrants who must draw lots, one list per tie, so the organizer can hold the draw. */
  | { ok: false; reasons: Reason[]; lotsNeeded: string[][] };

interface Tally {
  entrant: string;
  played: number;
  won: number;
  lost: number;
  gamesWon: number;
  gamesLost: number;
  pointsWon: number;
  pointsLost: number;
}

type DifferenceCriterion = "GAME_DIFFERENCE" | "POINT_DIFFERENCE";

/** Steps an entrant went through while still level with others, for its explanation. */
type TieStep =
  | { kind: "SHARED"; criterion: DifferenceCriterion; value: number; sharedWith: number; levelBefore: number }
  | { kind: "NO_HEAD_TO_HEAD" };

interface Decision {
  tally: Tally;
  trail: TieStep[];
  decidedBy: RoundRobinRankingCriterion;
  value?: number;
  wonHeadToHead?: boolean;
}

const criteriaAfterHeadToHead: readonly (DifferenceCriterion | "LOTS")[] = [
  "GAME_DIFFERENCE",
  "POINT_DIFFERENCE",
  "LOTS",
];

/**
 * Ranks a round-robin group by the tournament rule:
 * 1. more matches won;
 * 2. among three or more level on matches won: game difference (games won − games lost), then
 *    point difference (points won − points lost), both over ALL of an entrant's matches in the
 *    group, not only those among the tied; then drawing lots;
 * 3. whenever exactly two remain level at any step, the winner of their match between them ranks
 *    higher (if they have not played each other yet, the next criterion applies to the two).
 * Because the differences are over the whole group, a criterion that splits three into a pair and
 * a single is not recomputed for the pair: the pair goes to their head-to-head.
 */
export function rankRoundRobinGroup(
  input: RoundRobinRankingInput,
  rules: MatchScoreRules = defaultTournamentFormat,
): RoundRobinRankingOutcome {
  const reasons = checkGroupRankingInput(input, rules);
  if (reasons.length > 0) return { ok: false, reasons, lotsNeeded: [] };

  const tallies = new Map<string, Tally>(
    input.members.map((entrant) => [
      entrant,
      { entrant, played: 0, won: 0, lost: 0, gamesWon: 0, gamesLost: 0, pointsWon: 0, pointsLost: 0 },
    ]),
  );
  const winners = new Map<string, string>();
  for (const match of input.matches) {
    const summary = validateMatchScore(match.games, rules);
    if (!summary.ok) continue; // unreachable: checked above
    const { gamesWonA, gamesWonB, pointsA, pointsB } = summary.value;
    const winner = summary.value.winner === "A" ? match.a : match.b;
    winners.set(pairKey(match.a, match.b), winner);
    addTo(tallies.get(match.a), gamesWonA, gamesWonB, pointsA, pointsB, winner === match.a);
    addTo(tallies.get(match.b), gamesWonB, gamesWonA, pointsB, pointsA, winner === match.b);
  }

  const lotsNeeded: string[][] = [];
  const lotOrder = new Map((input.lots ?? []).map((entrant, index) => [entrant, index]));
  const headToHead = (one: Tally, other: Tally) => winners.get(pairKey(one.entrant, other.entrant));

  const resolve = (level: Tally[], nextCriterion: number, trail: TieStep[]): Decision[] => {
    const [first, second] = level;
    if (level.length === 1 && first) return [{ tally: first, trail, decidedBy: "MATCHES_WON" }];
    let steps = trail;
    if (level.length === 2 && first && second) {
      const winner = headToHead(first, second);
      if (winner !== undefined) {
        const [higher, lower] = winner === first.entrant ? [first, second] : [second, first];
        return [
          { tally: higher, trail, decidedBy: "HEAD_TO_HEAD", wonHeadToHead: true },
          { tally: lower, trail, decidedBy: "HEAD_TO_HEAD", wonHeadToHead: false },
        ];
      }
      // Said once: the pair stays without a head-to-head through every later criterion.
      if (!trail.some((step) => step.kind === "NO_HEAD_TO_HEAD")) steps = [...trail, { kind: "NO_HEAD_TO_HEAD" }];
    }
    const criterion = criteriaAfterHeadToHead[nextCriterion] ?? "LOTS";
    if (criterion === "LOTS") {
      if (!level.every((tally) => lotOrder.has(tally.entrant))) {
        lotsNeeded.push(level.map((tally) => tally.entrant));
      }
      const drawn = [...level].sort(
        (one, other) => (lotOrder.get(one.entrant) ?? 0) - (lotOrder.get(other.entrant) ?? 0),
      );
      return drawn.map((tally) => ({ tally, trail: steps, decidedBy: "LOTS" }));
    }
    return splitBy(level, (tally) => difference(tally, criterion)).flatMap(([value, bucket]) =>
      bucket.length === 1 && bucket[0]
        ? [{ tally: bucket[0], trail: steps, decidedBy: criterion, value }]
        : resolve(bucket, nextCriterion + 1, [
            ...steps,
            { kind: "SHARED", criterion, value, sharedWith: bucket.length, levelBefore: level.length },
          ]),
    );
  };

  const measureWord = input.doubles ? "对" : "人";
  const standings: RoundRobinStanding[] = splitBy([...tallies.values()], (tally) => tally.won)
    .flatMap(([won, level]) => resolve(level, 0, []).map((decision) => ({ decision, won, levelSize: level.length })))
    .map(({ decision, won, levelSize }, index) => {
      const tally = decision.tally;
      return {
        place: index + 1,
        entrant: tally.entrant,
        played: tally.played,
        won: tally.won,
        lost: tally.lost,
        gamesWon: tally.gamesWon,
        gamesLost: tally.gamesLost,
        gameDifference: tally.gamesWon - tally.gamesLost,
        pointsWon: tally.pointsWon,
        pointsLost: tally.pointsLost,
        pointDifference: tally.pointsWon - tally.pointsLost,
        decidedBy: decision.decidedBy,
        explanation: explain(decision, won, levelSize, index + 1, measureWord),
      };
    });

  if (lotsNeeded.length > 0) {
    return {
      ok: false,
      reasons: lotsNeeded.map((level) => ({
        code: "GROUP_RANKING_LOTS_REQUIRED",
        message: `${level.join("、")} 的胜场数、局数差、得失分差均相同，须抽签决定名次`,
      })),
      lotsNeeded,
    };
  }
  const members = input.members.length;
  return {
    ok: true,
    value: {
      standings,
      complete: winners.size === (members * (members - 1)) / 2,
      decidedByLots: standings.some((standing) => standing.decidedBy === "LOTS"),
      lots: input.lots ? [...input.lots] : null,
    },
  };
}

function explain(decision: Decision, won: number, levelSize: number, place: number, measureWord: string): string {
  if (levelSize === 1) return `胜 ${won} 场，列第 ${place}`;
  const parts = [`${chineseCount(levelSize, measureWord)}同积 ${won} 胜`];
  for (const step of decision.trail) {
    if (step.kind === "NO_HEAD_TO_HEAD") {
      parts.push("相互间比赛尚未进行");
    } else {
      const among = step.sharedWith < step.levelBefore ? `其中${chineseCount(step.sharedWith, measureWord)}` : "";
      parts.push(`${among}${roundRobinRankingCriterionLabels[step.criterion]}同为 ${signedText(step.value)}`);
    }
  }
  const label = roundRobinRankingCriterionLabels[decision.decidedBy];
  if (decision.decidedBy === "HEAD_TO_HEAD") {
    parts.push(`相互间比赛${decision.wonHeadToHead ? "获胜" : "告负"}，列第 ${place}`);
  } else if (decision.decidedBy === "LOTS") {
    parts.push(`抽签列第 ${place}`);
  } else {
    parts.push(`${label} ${signedText(decision.value ?? 0)}，按${label}列第 ${place}`);
  }
  return parts.join("，");
}

/** Groups by a value, highest value first; members keep their order within a bucket. */
function splitBy(tallies: readonly Tally[], measure: (tally: Tally) => number): [number, Tally[]][] {
  const buckets = new Map<number, Tally[]>();
  for (const tally of tallies) {
    const value = measure(tally);
    buckets.set(value, [...(buckets.get(value) ?? []), tally]);
  }
  return [...buckets.entries()].sort(([one], [other]) => other - one);
}

function difference(tally: Tally, criterion: DifferenceCriterion): number {
  return criterion === "GAME_DIFFERENCE" ? tally.gamesWon - tally.gamesLost : tally.pointsWon - tally.pointsLost;
}

function addTo(
  tally: Tally | undefined,
  gamesWon: number,
  gamesLost: number,
  pointsWon: number,
  pointsLost: number,
  won: boolean,
): void {
  if (!tally) return;
  tally.played++;
  if (won) tally.won++;
  else tally.lost++;
  tally.gamesWon += gamesWon;
  tally.gamesLost += gamesLost;
  tally.pointsWon += pointsWon;
  tally.pointsLost += pointsLost;
}

function pairKey(one: string, other: string): string {
  return JSON.stringify(one < other ? [one, other] : [other, one]);
}

function checkGroupRankingInput(input: RoundRobinRankingInput, rules: MatchScoreRules): Reason[] {
  const reasons: Reason[] = [];
  const members = new Set(input.members);
  if (hasDuplicates(input.members)) {
    reasons.push({ code: "GROUP_RANKING_DUPLICATE_MEMBER", message: "小组名单中有重复的选手" });
  }
  const seen = new Set<string>();
  input.matches.forEach((match, index) => {
    const label = `第 ${index + 1} 场（${match.a} 对 ${match.b}）`;
    if (match.a === match.b) {
      reasons.push({ code: "GROUP_MATCH_SELF", message: `${label}：选手不能与自己比赛` });
    } else if (!members.has(match.a) || !members.has(match.b)) {
      reasons.push({ code: "GROUP_MATCH_NOT_IN_GROUP", message: `${label}：对阵双方须都是本组选手` });
    } else if (seen.has(pairKey(match.a, match.b))) {
      reasons.push({ code: "GROUP_MATCH_DUPLICATE", message: `${label}：两名选手在小组赛中只比赛一场，该场重复录入` });
    }
    seen.add(pairKey(match.a, match.b));
    const score = validateMatchScore(match.games, rules);
    if (!score.ok) {
      for (const reason of score.reasons) reasons.push({ code: reason.code, message: `${label}：${reason.message}` });
    }
  });
  const lots = input.lots ?? [];
  if (hasDuplicates(lots) || lots.some((entrant) => !members.has(entrant))) {
    reasons.push({ code: "GROUP_RANKING_LOTS_INVALID", message: "抽签结果只能包含本组选手，且每人只能出现一次" });
  }
  return reasons;
}
