import { DomainError, type GameScore, type Reason, recordKnockoutResult, validateMatchScore } from "@jinzhou/domain";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { requireActor } from "../organizations/organization-scope.ts";
import { lockCategory, placingTransactionOptions } from "../registrations/place-category.ts";
import { parseKnockoutSlot, storedDraw } from "./stored-draw.ts";
import {
  activityStateReason,
  findTournamentEvent,
  requireTournamentManager,
  scoringStates,
} from "./tournament-access.ts";
import { gamesOf, knockoutBracketOf, type MatchRow, matchRowSelect, syncTournament } from "./tournament-sync.ts";

export interface RecordMatchScoreInput {
  id: number;
  /** Game by game, side A's points first. */
  games: GameScore[];
  version: number;
  /** Required when the match already has a score (更正比分). */
  reason: string | null;
}

/**
 * Enters a match's score game by game (录入比分). The domain checks every game (21 with a 2-point
 * lead, capped at 30) and the match (best of three), and lists every mistake at once. In the
 * knockout the winner goes on to the next match; when the last match of a group is entered, its
 * table is settled (lots drawn and recorded if the rules need them) and its qualifiers take their
 * knockout lines. A correction of a recorded score needs a reason and is audited before/after;
 * `version` makes two people entering the same match at once end with one entry and one
 * STALE_VERSION.
 */
export async function recordMatchScore(context: Context, input: RecordMatchScoreInput): Promise<{ id: number }> {
  const actor = requireActor(context);
  const found = await context.prisma.match.findUnique({
    where: { id: input.id },
    select: { roundId: true, categoryId: true },
  });
  if (!found) throw new DomainError("NOT_FOUND");
  const event = await findTournamentEvent(context, found.roundId, found.categoryId);
  await requireTournamentManager(context, event);
  const stateReason = activityStateReason(event, scoringStates, "录入比分（活动须处于“评审中”）");
  if (stateReason) throw refused([stateReason]);
  const games = input.games.map((game) => ({ a: game.a, b: game.b }));

  return context.prisma.$transaction(async (tx) => {
    await lockCategory(tx, event.category.id);
    const row: MatchRow | null = await tx.match.findUnique({ where: { id: input.id }, select: matchRowSelect });
    if (!row || row.version !== input.version) throw new DomainError("STALE_VERSION");
    const drawRow = await tx.tournamentDraw.findUniqueOrThrow({
      where: { roundId_categoryId: { roundId: event.round.id, categoryId: event.category.id } },
    });
    const draw = storedDraw(drawRow.draw);
    const before = gamesOf(row);
    const reason = input.reason?.trim() || null;
    const reasons: Reason[] = [];
    if (before !== null && !reason) {
      reasons.push({ code: "CORRECTION_REASON_REQUIRED", message: "该场比赛已有比分，更正比分须填写原因" });
    }

    let winnerId: number | null = null;
    if (row.stage === "GROUP") {
      if (row.entrantAId === null || row.entrantBId === null) {
        reasons.push({ code: "MATCH_NOT_READY", message: "对阵双方尚未确定" });
      }
      const score = validateMatchScore(games, draw.format);
      if (score.ok) winnerId = score.value.winner === "A" ? row.entrantAId : row.entrantBId;
      else reasons.push(...score.reasons);
    } else {
      const at = parseKnockoutSlot(draw.knockout.size, row.slot);
      const rows = await tx.match.findMany({
        where: { roundId: event.round.id, categoryId: event.category.id },
        select: matchRowSelect,
      });
      const bracket = knockoutBracketOf(draw, rows);
      const outcome = at ? recordKnockoutResult(bracket, { ...at, games }, draw.format) : null;
      if (outcome?.ok && at) {
        const winner = outcome.value.rounds[at.round - 1]?.[at.matchNumber - 1]?.winner ?? null;
        winnerId = winner === null ? null : Number(winner);
      } else if (outcome && !outcome.ok) {
        reasons.push(...outcome.reasons);
      }
    }
    if (reasons.length > 0 || winnerId === null) throw refused(reasons);

    const { count } = await tx.match.updateMany({
      where: { id: row.id, version: row.version },
      data: {
        games,
        winnerId,
        recordedById: actor.userId,
        recordedAt: new Date(),
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new DomainError("STALE_VERSION");
    const synced = await syncTournament(tx, drawRow, actor.userId);
    const newLots = synced.draw.groupLots.slice(draw.groupLots.length);
    await recordAuditEntry(tx, context.actor, {
      action: before === null ? "MATCH_SCORE" : "MATCH_SCORE_CORRECT",
      entityType: "Match",
      entityId: row.id,
      activityId: event.activity.id,
      before: before === null ? null : { games: before, winnerId: row.winnerId },
      after: { games, winnerId, ...(newLots.length > 0 ? { groupLots: newLots } : {}) },
      reason,
    });
    return { id: row.id };
  }, placingTransactionOptions);
}

function refused(reasons: Reason[]): DomainError {
  return new DomainError(
    "MATCH_SCORE_REFUSED",
    reasons.map((reason) => ({ field: "games", ...reason })),
    `比分不能录入：${reasons.map((reason) => reason.message).join("；")}`,
  );
}
