import type { Context } from "../context.ts";
import type { RoundWithActivity } from "./judging-access.ts";
import { judgedRegistrationStates } from "./judging-access.ts";

export interface JudgeProgressRow {
  judgeUserId: number;
  judgeName: string;
  /** Entries assigned in the round. */
  assigned: number;
  /** Sheets submitted and locked. */
  submitted: number;
  /** Not submitted, excused by the organizer. */
  excused: number;
  /** Still to submit: never submitted, or unlocked and not submitted again. */
  pending: number;
}

/** Each judge's progress in a round (the organizer's view), in one query. */
export async function judgeProgressOf(context: Context, round: RoundWithActivity): Promise<JudgeProgressRow[]> {
  const rows = await context.prisma.judgeAssignment.findMany({
    where: { roundId: round.id, registration: { state: { in: [...judgedRegistrationStates] } } },
    select: {
      judgeUserId: true,
      excusedAt: true,
      judge: { select: { displayName: true } },
      score: { select: { state: true } },
    },
    orderBy: { judgeUserId: "asc" },
  });
  const byJudge = new Map<number, JudgeProgressRow>();
  for (const row of rows) {
    const progress = byJudge.get(row.judgeUserId) ?? {
      judgeUserId: row.judgeUserId,
      judgeName: row.judge.displayName,
      assigned: 0,
      submitted: 0,
      excused: 0,
      pending: 0,
    };
    progress.assigned += 1;
    if (row.score?.state === "LOCKED") progress.submitted += 1;
    else if (row.excusedAt !== null) progress.excused += 1;
    else progress.pending += 1;
    byJudge.set(row.judgeUserId, progress);
  }
  return [...byJudge.values()];
}
