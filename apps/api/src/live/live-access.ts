import { type ActivityState, DomainError, mayPerformActivityTransition } from "@jinzhou/domain";
import { activityPerformerOf } from "../activities/activity-access.ts";
import type { Context } from "../context.ts";

/**
 * The activity configuration has no live-results switch, so a round's scoreboard is public once
 * its activity is being judged or later (评审中, 结果公示, 已发布): the scores on it are the ones
 * judges have submitted and locked. Before that only the admin and the owning department's
 * organizers may watch it (to test the big screen).
 */
export const publicScoreboardStates: readonly ActivityState[] = ["JUDGING", "PUBLIC_NOTICE", "FINAL"];

/** Refuses with NOT_FOUND, UNAUTHENTICATED or FORBIDDEN when the caller may not watch the round. */
export async function requireScoreboardAccess(context: Context, roundId: number): Promise<void> {
  const round = await context.prisma.round.findUnique({
    where: { id: roundId },
    select: { activity: { select: { state: true, department: { select: { code: true } } } } },
  });
  if (!round) throw new DomainError("NOT_FOUND");
  if (publicScoreboardStates.includes(round.activity.state)) return;
  if (!context.actor) throw new DomainError("UNAUTHENTICATED");
  if (!mayPerformActivityTransition(await activityPerformerOf(context), round.activity.department.code)) {
    throw new DomainError("FORBIDDEN");
  }
}
