import { checkMatchSchedule, DomainError, type Reason, type ScheduledMatch } from "@jinzhou/domain";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { lockCategory, placingTransactionOptions } from "../registrations/place-category.ts";
import { matchLabel } from "./match-label.ts";
import {
  activityStateReason,
  drawingStates,
  findTournamentEvent,
  requireTournamentManager,
} from "./tournament-access.ts";
import { loadTournamentEntrants } from "./tournament-entrants.ts";

/** "9月26日 09:00" in China time. */
export function chinaTimeText(instant: number): string {
  const china = new Date(instant + 8 * 3_600_000);
  const minutes = String(china.getUTCMinutes()).padStart(2, "0");
  const hours = String(china.getUTCHours()).padStart(2, "0");
  return `${china.getUTCMonth() + 1}月${china.getUTCDate()}日 ${hours}:${minutes}`;
}

/**
 * Puts a match on a court at a time (安排场地和时间). Refused with every conflict when the court
 * already holds a match then, or a player of either side (in any event of the activity: a worker
 * may play singles and doubles) already plays then. `version` guards against a concurrent change.
 */
export async function scheduleMatch(
  context: Context,
  input: { id: number; court: string; scheduledAt: Date; version: number },
): Promise<{ id: number }> {
  const found = await context.prisma.match.findUnique({
    where: { id: input.id },
    select: { roundId: true, categoryId: true },
  });
  if (!found) throw new DomainError("NOT_FOUND");
  const event = await findTournamentEvent(context, found.roundId, found.categoryId);
  await requireTournamentManager(context, event);
  const stateReason = activityStateReason(event, drawingStates, "安排比赛");
  if (stateReason) throw refused([stateReason]);

  return context.prisma.$transaction(async (tx) => {
    // One activity's schedule changes one at a time: every category of its MATCHES rounds is locked in id order.
    const categories = await tx.category.findMany({
      where: { activityId: event.activity.id },
      select: { id: true },
      orderBy: { id: "asc" },
    });
    for (const category of categories) await lockCategory(tx, category.id);

    const rows = await tx.match.findMany({
      where: { round: { activityId: event.activity.id } },
      select: {
        id: true,
        stage: true,
        slot: true,
        court: true,
        scheduledAt: true,
        entrantAId: true,
        entrantBId: true,
        version: true,
        category: { select: { name: true } },
      },
    });
    const current = rows.find((row) => row.id === input.id);
    if (!current || current.version !== input.version) throw new DomainError("STALE_VERSION");
    const entrants = await loadTournamentEntrants(
      tx,
      rows.flatMap((row) => [row.entrantAId, row.entrantBId]).filter((id): id is number => id !== null),
    );
    const asScheduled = (row: (typeof rows)[number]): ScheduledMatch => ({
      label: matchLabel(row.category.name, row, entrants),
      court: row.court,
      startsAt: row.scheduledAt?.getTime() ?? null,
      players: [row.entrantAId, row.entrantBId].flatMap((id) =>
        id === null
          ? []
          : (entrants.get(id)?.players ?? []).map((player) => ({ key: String(player.workerId), name: player.name })),
      ),
    });
    const reasons = checkMatchSchedule(
      { ...asScheduled(current), court: input.court, startsAt: input.scheduledAt.getTime() },
      rows.filter((row) => row.id !== input.id).map(asScheduled),
      chinaTimeText,
    );
    if (reasons.length > 0) throw refused(reasons);

    const court = input.court.trim();
    const { count } = await tx.match.updateMany({
      where: { id: input.id, version: input.version },
      data: { court, scheduledAt: input.scheduledAt, version: { increment: 1 } },
    });
    if (count === 0) throw new DomainError("STALE_VERSION");
    await recordAuditEntry(tx, context.actor, {
      action: "MATCH_SCHEDULE",
      entityType: "Match",
      entityId: input.id,
      activityId: event.activity.id,
      before: { court: current.court, scheduledAt: current.scheduledAt?.toISOString() ?? null },
      after: { court, scheduledAt: input.scheduledAt.toISOString() },
    });
    return { id: input.id };
  }, placingTransactionOptions);
}

function refused(reasons: Reason[]): DomainError {
  return new DomainError(
    "MATCH_SCHEDULE_REFUSED",
    reasons.map((reason) => ({ field: "scheduledAt", ...reason })),
    `不能这样安排比赛：${reasons.map((reason) => reason.message).join("；")}`,
  );
}
