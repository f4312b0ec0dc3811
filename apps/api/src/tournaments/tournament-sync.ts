import { randomInt } from "node:crypto";
import type { Prisma } from "@jinzhou/db";
import {
  createKnockoutBracket,
  DomainError,
  type GameScore,
  isDoublesEvent,
  type KnockoutBracket,
  type RoundRobinRanking,
  rankRoundRobinGroup,
  recordKnockoutResult,
  shuffleByLotNumber,
} from "@jinzhou/domain";
import {
  entrantKey,
  knockoutSlot,
  parseKnockoutSlot,
  registrationIdOf,
  type StoredGroup,
  type StoredTournamentDraw,
} from "./stored-draw.ts";

/** A match row as the tournament rules read it. */
export interface MatchRow {
  id: number;
  stage: "GROUP" | "KNOCKOUT";
  slot: string;
  entrantAId: number | null;
  entrantBId: number | null;
  games: unknown;
  winnerId: number | null;
  version: number;
}

export const matchRowSelect = {
  id: true,
  stage: true,
  slot: true,
  entrantAId: true,
  entrantBId: true,
  games: true,
  winnerId: true,
  version: true,
} as const;

export function gamesOf(row: { games: unknown }): GameScore[] | null {
  return Array.isArray(row.games) ? (row.games as GameScore[]) : null;
}

/** A line's entrant as the domain's bracket sees it: the registration, a group place still open, or a bye. */
function lineEntrant(line: StoredTournamentDraw["knockout"]["lines"][number]): string | null {
  if (line.registrationId !== null) return entrantKey(line.registrationId);
  if (line.bye) return null;
  return `?${line.group}#${line.groupPlace}`;
}

export function isKnownEntrant(entrant: string | null): entrant is string {
  return entrant !== null && !entrant.startsWith("?");
}

/**
 * The knockout as the domain sees it: the draw's lines (byes decided at once), then every
 * recorded knockout result replayed round by round. `skipSlot` leaves one match's result out.
 */
export function knockoutBracketOf(
  draw: StoredTournamentDraw,
  rows: readonly MatchRow[],
  skipSlot: string | null = null,
): KnockoutBracket {
  let bracket = createKnockoutBracket(draw.knockout.lines.map(lineEntrant));
  const played = rows
    .filter((row) => row.stage === "KNOCKOUT" && row.slot !== skipSlot && gamesOf(row) !== null)
    .map((row) => ({ row, at: parseKnockoutSlot(draw.knockout.size, row.slot) }))
    .filter((each): each is { row: MatchRow; at: { round: number; matchNumber: number } } => each.at !== null)
    .sort((one, other) => one.at.round - other.at.round || one.at.matchNumber - other.at.matchNumber);
  for (const { row, at } of played) {
    const outcome = recordKnockoutResult(bracket, { ...at, games: gamesOf(row) ?? [] }, draw.format);
    if (outcome.ok) bracket = outcome.value;
  }
  return bracket;
}

/** A group's table over the matches played so far (places provisional until it is complete). */
export function rankGroup(
  draw: StoredTournamentDraw,
  group: StoredGroup,
  rows: readonly MatchRow[],
  extraLots: StoredTournamentDraw["groupLots"] = [],
) {
  const slots = new Set(group.schedule.map((match) => match.slot));
  const played = rows.filter((row) => slots.has(row.slot) && gamesOf(row) !== null);
  const lots = [...draw.groupLots, ...extraLots]
    .filter((each) => each.group === group.name)
    .flatMap((each) => each.order.map(entrantKey));
  const outcome = rankRoundRobinGroup(
    {
      members: group.members.map(entrantKey),
      matches: played.map((row) => ({
        a: entrantKey(row.entrantAId ?? 0),
        b: entrantKey(row.entrantBId ?? 0),
        games: gamesOf(row) ?? [],
      })),
      lots: lots.length > 0 ? lots : null,
      doubles: draw.badmintonEvent ? isDoublesEvent(draw.badmintonEvent) : false,
    },
    draw.format,
  );
  return { outcome, complete: played.length === group.schedule.length };
}

/**
 * Brings the knockout rows in line with the results: a complete group's qualifiers take their
 * lines (lots are drawn by the computer and recorded when the rules call for them), byes and
 * played matches send their winners on. Refuses (and so rolls back the caller's transaction) when
 * a corrected group score would change who qualified after the knockout has begun.
 * Returns the draw with any new lots and filled lines, and whether it changed.
 */
export async function syncTournament(
  tx: Prisma.TransactionClient,
  drawRow: { id: number; roundId: number; categoryId: number; draw: unknown },
  actorUserId: number | null,
): Promise<{ draw: StoredTournamentDraw; tables: Map<string, RoundRobinRanking> }> {
  const draw = structuredClone(drawRow.draw as StoredTournamentDraw);
  const rows: MatchRow[] = await tx.match.findMany({
    where: { roundId: drawRow.roundId, categoryId: drawRow.categoryId },
    select: matchRowSelect,
  });
  const tables = new Map<string, RoundRobinRanking>();
  const qualifiers = new Map<string, number[]>();
  for (const group of draw.groups) {
    let { outcome, complete } = rankGroup(draw, group, rows);
    if (complete && !outcome.ok && outcome.lotsNeeded.length > 0) {
      // Still level after every criterion: the computer draws lots, recorded with the draw.
      for (const tied of outcome.lotsNeeded) {
        const lotNumber = randomInt(0, 0x80000000);
        const ids = tied.map(registrationIdOf);
        draw.groupLots.push({
          group: group.name,
          tied: ids,
          order: shuffleByLotNumber(ids, lotNumber),
          lotNumber,
          drawnAt: new Date().toISOString(),
          drawnByUserId: actorUserId,
        });
      }
      ({ outcome, complete } = rankGroup(draw, group, rows));
    }
    if (!outcome.ok && !complete) continue; // level on everything while still in play: nothing to settle yet
    if (!outcome.ok) {
      throw new DomainError(
        "MATCH_SCORE_REFUSED",
        outcome.reasons.map((reason) => ({ field: "games", ...reason })),
        outcome.reasons.map((reason) => reason.message).join("；"),
      );
    }
    tables.set(group.name, outcome.value);
    if (complete) {
      qualifiers.set(
        group.name,
        outcome.value.standings.slice(0, draw.format.advancingPerGroup).map((row) => registrationIdOf(row.entrant)),
      );
    }
  }

  const knockoutStarted = rows.some((row) => row.stage === "KNOCKOUT" && gamesOf(row) !== null);
  for (const line of draw.knockout.lines) {
    if (line.group === null || line.groupPlace === null) continue;
    const next = qualifiers.get(line.group)?.[line.groupPlace - 1] ?? null;
    if (next !== line.registrationId && line.registrationId !== null && knockoutStarted) {
      throw new DomainError(
        "MATCH_SCORE_REFUSED",
        [{ field: "games", code: "QUALIFIERS_LOCKED", message: "淘汰赛已经开始，不能改变小组出线名单" }],
        `淘汰赛已经开始，这次更正会改变 ${line.group} 组的出线名单，不能更正`,
      );
    }
    line.registrationId = next;
  }

  const bracket = knockoutBracketOf(draw, rows);
  const bySlot = new Map(rows.map((row) => [row.slot, row]));
  const idOf = (entrant: string | null) => (isKnownEntrant(entrant) ? registrationIdOf(entrant) : null);
  for (const round of bracket.rounds) {
    for (const match of round) {
      const row = bySlot.get(knockoutSlot(bracket.size, match.round, match.matchNumber));
      if (!row) continue;
      const wanted = { entrantAId: idOf(match.a), entrantBId: idOf(match.b), winnerId: idOf(match.winner) };
      if (
        row.entrantAId !== wanted.entrantAId ||
        row.entrantBId !== wanted.entrantBId ||
        row.winnerId !== wanted.winnerId
      ) {
        await tx.match.update({ where: { id: row.id }, data: { ...wanted, version: { increment: 1 } } });
      }
    }
  }
  if (JSON.stringify(draw) !== JSON.stringify(drawRow.draw)) {
    await tx.tournamentDraw.update({ where: { id: drawRow.id }, data: { draw: draw as object } });
  }
  return { draw, tables };
}
