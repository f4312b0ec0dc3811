import { roundRobinRankingCriterionLabels } from "@jinzhou/domain";
import type { FinalStanding, GroupStanding, GroupTable, RankingCriterion } from "./tournamentApi.ts";

/** The group ranking's criteria in the order they are applied (DOMAIN.md, 小组名次). */
export const rankingCriteriaOrder: readonly RankingCriterion[] = [
  "MATCHES_WON",
  "GAME_DIFFERENCE",
  "POINT_DIFFERENCE",
  "LOTS",
];

/** The domain's word for a criterion, e.g. 局数差. */
export function criterionLabel(criterion: RankingCriterion): string {
  return roundRobinRankingCriterionLabels[criterion] ?? criterion;
}

/** "胜场数 → 局数差 → 得失分差 → 抽签". */
export function rankingOrderText(): string {
  return rankingCriteriaOrder.map(criterionLabel).join(" → ");
}

/** +3, −2, 0: a difference with its sign. */
export function signed(value: number): string {
  if (value > 0) return `+${value}`;
  if (value < 0) return `−${Math.abs(value)}`;
  return "0";
}

export interface StandingRow {
  key: string;
  place: number;
  name: string;
  unitName: string;
  played: number;
  won: number;
  lost: number;
  /** "4:1" games won : lost. */
  games: string;
  gameDifference: string;
  /** "105:80" points won : lost. */
  points: string;
  pointDifference: string;
  decidedBy: string;
  explanation: string;
}

/** A group table's rows as shown: by place, differences signed, the deciding criterion in words. */
export function standingRows(table: GroupTable): StandingRow[] {
  return [...table.standings]
    .sort((one, other) => one.place - other.place)
    .map((standing: GroupStanding) => ({
      key: standing.entrant?.registrationId ?? `place-${standing.place}`,
      place: standing.place,
      name: standing.entrant?.name ?? "",
      unitName: standing.entrant?.unitName ?? "",
      played: standing.played,
      won: standing.won,
      lost: standing.lost,
      games: `${standing.gamesWon}:${standing.gamesLost}`,
      gameDifference: signed(standing.gameDifference),
      points: `${standing.pointsWon}:${standing.pointsLost}`,
      pointDifference: signed(standing.pointDifference),
      decidedBy: criterionLabel(standing.decidedBy),
      explanation: standing.explanation,
    }));
}

/** How many games a group has played out of its round robin: n·(n−1)/2 matches in all. */
export function groupProgress(table: GroupTable): { played: number; total: number } {
  const members = table.standings.length;
  const played = table.standings.reduce((sum, standing) => sum + standing.played, 0) / 2;
  return { played, total: (members * (members - 1)) / 2 };
}

/** Final standings by place, undecided (null) last, keeping the API's order among equals. */
export function finalStandingRows(standings: readonly FinalStanding[]): FinalStanding[] {
  return standings
    .map((standing, index) => ({ standing, index }))
    .sort(
      (one, other) =>
        (one.standing.place ?? Number.MAX_SAFE_INTEGER) - (other.standing.place ?? Number.MAX_SAFE_INTEGER) ||
        one.index - other.index,
    )
    .map(({ standing }) => standing);
}
