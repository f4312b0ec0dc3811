import type { Prisma, PrismaClient } from "@jinzhou/db";
import type { JudgementRoundEntry, JudgementSheet, JudgementSheetState } from "@jinzhou/domain";
import { entryNameOf, roundEntryRows } from "./judging-access.ts";

type Db = PrismaClient | Prisma.TransactionClient;
type ScoreSheetState = "DRAFT" | "LOCKED" | "UNLOCKED";

/**
 * How a 评价分表 (judgement marks, 世赛评分法) is stored in the Score row: the marks in
 * `criterionScores` (aspect key → "0" … "3"), the judge's total (their sum) in `total`, and the
 * state in `state` + `submittedAt`: a submitted sheet still open (waiting for the other judges or
 * for a spread to be resolved) is DRAFT with `submittedAt` set; LOCKED and UNLOCKED are as for a
 * 评分表; DRAFT without `submittedAt` (or no row) is not submitted.
 */
export function judgementStateOf(
  score: { state: ScoreSheetState; submittedAt: Date | null } | null | undefined,
): JudgementSheetState {
  if (!score) return "DRAFT";
  if (score.state === "DRAFT") return score.submittedAt === null ? "DRAFT" : "SUBMITTED";
  return score.state;
}

/** The stored state of a judgement sheet's state (see judgementStateOf). */
export function storedStateOf(state: JudgementSheetState): ScoreSheetState {
  return state === "SUBMITTED" ? "DRAFT" : state;
}

const scoreSelect = {
  id: true,
  state: true,
  submittedAt: true,
  criterionScores: true,
  total: true,
  idempotencyKey: true,
} as const;

export const judgementAssignmentSelect = {
  id: true,
  registrationId: true,
  judgeUserId: true,
  judge: { select: { displayName: true } },
  score: { select: scoreSelect },
} as const satisfies Prisma.JudgeAssignmentSelect;

export type JudgementAssignmentRow = Prisma.JudgeAssignmentGetPayload<{ select: typeof judgementAssignmentSelect }>;

export function judgementSheetOf(row: JudgementAssignmentRow): JudgementSheet | null {
  if (!row.score) return null;
  return {
    judgeId: row.judgeUserId,
    state: judgementStateOf(row.score),
    marks: (row.score.criterionScores ?? {}) as Record<string, string>,
  };
}

/** One entry's assignments in the round with their sheets, judges by id. */
export async function entryJudgementAssignments(
  db: Db,
  roundId: number,
  registrationId: number,
): Promise<JudgementAssignmentRow[]> {
  return db.judgeAssignment.findMany({
    where: { roundId, registrationId },
    select: judgementAssignmentSelect,
    orderBy: { judgeUserId: "asc" },
  });
}

/** Every entry of a judgement-marks round, as the closing rules see it (judges, sheets). */
export async function judgementRoundEntries(
  db: Db,
  round: { id: number; activityId: number },
): Promise<JudgementRoundEntry[]> {
  // One after the other: inside a transaction the statements share one connection.
  const entries = await roundEntryRows(db, round.activityId);
  const assignments = await db.judgeAssignment.findMany({
    where: { roundId: round.id },
    select: judgementAssignmentSelect,
    orderBy: { judgeUserId: "asc" },
  });
  return entries.map((entry) => {
    const rows = assignments.filter((row) => row.registrationId === entry.id);
    return {
      entryId: entry.id,
      name: entryNameOf(entry),
      judges: rows.map((row) => ({ judgeId: row.judgeUserId, name: row.judge.displayName })),
      sheets: rows.flatMap((row) => {
        const sheet = judgementSheetOf(row);
        return sheet ? [sheet] : [];
      }),
    };
  });
}
