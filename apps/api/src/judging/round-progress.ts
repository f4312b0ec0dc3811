import type { Prisma, PrismaClient } from "@jinzhou/db";
import type { ActivityRoundProgress } from "@jinzhou/domain";
import { roundClosingBlockersOf } from "./round-judging-state.ts";

/**
 * The progress of every round of an activity as the lifecycle rules want it (发布结果公示 needs every
 * round closed, and names what keeps an open one from closing): judged, committee-vote and exam
 * rounds with the judging blockers; other kinds (public votes, matches) as closed or not, their
 * blockers being their own workflows'. In the configuration's order.
 */
export async function activityRoundProgress(
  db: PrismaClient | Prisma.TransactionClient,
  activityId: number,
): Promise<ActivityRoundProgress[]> {
  const rounds = await db.round.findMany({
    where: { activityId },
    include: {
      activity: { include: { department: true } },
      criteria: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }] },
    },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
  });
  const progress: ActivityRoundProgress[] = [];
  for (const round of rounds) {
    const judged = round.kind === "CRITERIA_SCORING" || round.kind === "COMMITTEE_VOTE" || round.kind === "EXAM";
    progress.push({
      name: round.name,
      closed: round.closedAt !== null,
      closingBlockers: round.closedAt === null && judged ? await roundClosingBlockersOf(db, round) : [],
    });
  }
  return progress;
}
