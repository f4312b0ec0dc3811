import type { PrismaClient } from "@jinzhou/db";
import type { RoundRobinStanding } from "@jinzhou/domain";
import { registrationIdOf, type StoredGroupLots, type StoredTournamentDraw } from "./stored-draw.ts";
import { type MatchRow, rankGroup } from "./tournament-sync.ts";

export interface GroupStandingRow extends RoundRobinStanding {
  registrationId: number;
}

export interface GroupTable {
  group: string;
  /** Every match of the group has a score: the places are final. */
  complete: boolean;
  standings: GroupStandingRow[];
  /** Lots drawn to separate entrants level after every criterion. */
  lots: StoredGroupLots[];
  /** Why the places are provisional, or null. */
  note: string | null;
}

/**
 * Each group's table by the domain's rule (matches won; among three or more level, game then point
 * difference over all group matches; exactly two level, their match; then the recorded lots).
 * While a group is still being played, entrants still level on everything are listed in group
 * order, and the table says it is provisional.
 */
export function groupTables(draw: StoredTournamentDraw, rows: readonly MatchRow[]): GroupTable[] {
  return draw.groups.map((group) => {
    const lots = draw.groupLots.filter((each) => each.group === group.name);
    let { outcome, complete } = rankGroup(draw, group, rows);
    let note: string | null = complete ? null : "小组赛尚未结束，名次按已赛场次暂列";
    if (!outcome.ok) {
      // Only a group still in play can be level on everything without recorded lots.
      const stand = [{ ...placeholderLots(group.name), order: group.members }];
      ({ outcome } = rankGroup(draw, group, rows, stand));
      note = "小组赛尚未结束，名次按已赛场次暂列；成绩完全相同者暂按小组顺序排列";
    }
    const standings = outcome.ok
      ? outcome.value.standings.map((row) => ({ ...row, registrationId: registrationIdOf(row.entrant) }))
      : [];
    return { group: group.name, complete, standings, lots, note };
  });
}

function placeholderLots(group: string): StoredGroupLots {
  return { group, tied: [], order: [], lotNumber: 0, drawnAt: "", drawnByUserId: null };
}

export async function loadDrawAndMatches(
  prisma: Pick<PrismaClient, "tournamentDraw" | "match">,
  roundId: number,
  categoryId: number,
) {
  const drawRow = await prisma.tournamentDraw.findUnique({
    where: { roundId_categoryId: { roundId, categoryId } },
  });
  if (!drawRow) return null;
  const rows = await prisma.match.findMany({
    where: { roundId, categoryId },
    select: {
      id: true,
      stage: true,
      slot: true,
      entrantAId: true,
      entrantBId: true,
      games: true,
      winnerId: true,
      version: true,
    },
  });
  return { drawRow, draw: drawRow.draw as unknown as StoredTournamentDraw, rows: rows as MatchRow[] };
}
