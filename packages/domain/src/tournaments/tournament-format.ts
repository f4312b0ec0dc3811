import type { FieldError } from "../errors.ts";

/**
 * The numbers an organizer may change per tournament. The defaults are the 1st worker badminton
 * tournament's: games to 21 with a 2-point lead, capped at 30, best of three; groups of four with
 * the top two advancing to the knockout.
 */
export interface TournamentFormat {
  /** 每局胜分: a game is won on reaching this with a lead of 2 (21). */
  pointsToWinGame: number;
  /** 每局封顶分: at (cap − 1)-all the next point wins (30). Equal to pointsToWinGame: no extension. */
  gamePointCap: number;
  /** 每场局数: best of this many games, an odd number (3: two games won decide the match). */
  bestOfGames: number;
  /** 每组人数: the planned size of a round-robin group (4); groups differ by at most one. */
  groupSize: number;
  /** 每组出线名额: how many of each group go on to the knockout (2). */
  advancingPerGroup: number;
  /**
   * 种子数: how many entrants are seeded (4). In a group stage the seeds head the groups; in a
   * knockout draw they are placed by the seeding rule. BWF seeds 2 below 16 entries, 4 for 16–31,
   * 8 for 32–63.
   */
  seedCount: number;
}

export const defaultTournamentFormat: TournamentFormat = {
  pointsToWinGame: 21,
  gamePointCap: 30,
  bestOfGames: 3,
  groupSize: 4,
  advancingPerGroup: 2,
  seedCount: 4,
};

export const tournamentFormatFieldLabels: Record<keyof TournamentFormat, string> = {
  pointsToWinGame: "每局胜分",
  gamePointCap: "每局封顶分",
  bestOfGames: "每场局数",
  groupSize: "每组人数",
  advancingPerGroup: "每组出线名额",
  seedCount: "种子数",
};

/** Games a side must win to take the match: 2 of 3, 3 of 5, 1 of 1. */
export function gamesToWinMatch(format: Pick<TournamentFormat, "bestOfGames">): number {
  return (format.bestOfGames + 1) / 2;
}

/** Every problem with an organizer's format, one per field and rule, for the settings form. */
export function validateTournamentFormat(format: TournamentFormat): FieldError[] {
  const errors: FieldError[] = [];
  const wholeFields = Object.keys(tournamentFormatFieldLabels) as (keyof TournamentFormat)[];
  for (const field of wholeFields) {
    const value = format[field];
    const minimum = field === "seedCount" ? 0 : field === "groupSize" ? 2 : 1;
    if (!Number.isInteger(value) || value < minimum) {
      errors.push({
        field,
        code: "TOURNAMENT_FORMAT_NOT_WHOLE",
        message: `${tournamentFormatFieldLabels[field]}应为不小于 ${minimum} 的整数`,
      });
    }
  }
  const { pointsToWinGame, gamePointCap, bestOfGames, groupSize, advancingPerGroup } = format;
  if (Number.isInteger(pointsToWinGame) && Number.isInteger(gamePointCap) && gamePointCap < pointsToWinGame) {
    errors.push({
      field: "gamePointCap",
      code: "TOURNAMENT_FORMAT_CAP_BELOW_TARGET",
      message: `每局封顶分（${gamePointCap}）不能低于每局胜分（${pointsToWinGame}）`,
    });
  }
  if (Number.isInteger(bestOfGames) && bestOfGames >= 1 && bestOfGames % 2 === 0) {
    errors.push({
      field: "bestOfGames",
      code: "TOURNAMENT_FORMAT_EVEN_GAMES",
      message: `每场局数应为奇数（如 3 局 2 胜），${bestOfGames} 局可能打成平局`,
    });
  }
  if (Number.isInteger(groupSize) && Number.isInteger(advancingPerGroup) && advancingPerGroup >= groupSize) {
    errors.push({
      field: "advancingPerGroup",
      code: "TOURNAMENT_FORMAT_ALL_ADVANCE",
      message: `每组出线名额（${advancingPerGroup}）应少于每组人数（${groupSize}）`,
    });
  }
  return errors;
}
