import type { Prisma, PrismaClient } from "@jinzhou/db";
import { examRoundClosingBlockers, type Reason, type RoundJudgingState, roundClosingBlockers } from "@jinzhou/domain";
import {
  entryNameOf,
  type RoundEntryRow,
  type RoundWithActivity,
  roundDefinitionOf,
  roundEntryRows,
} from "./judging-access.ts";

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * Everything the closing rules look at for a criteria-scoring round, read in a few queries: the
 * accepted entries, every assignment with its judge, excusal and score sheet.
 */
export async function loadRoundJudgingState(
  db: Db,
  round: RoundWithActivity,
): Promise<{ state: RoundJudgingState; entries: RoundEntryRow[] } | null> {
  const definition = roundDefinitionOf(round);
  if (!definition.criteriaScoring) return null;
  // One after the other: inside a transaction the statements share one connection.
  const entries = await roundEntryRows(db, round.activityId);
  const assignments = await db.judgeAssignment.findMany({
    where: { roundId: round.id },
    select: {
      judgeUserId: true,
      registrationId: true,
      excusedAt: true,
      excuseReason: true,
      judge: { select: { displayName: true } },
      score: { select: { state: true, total: true } },
    },
  });
  const judges = new Map(assignments.map((row) => [row.judgeUserId, row.judge.displayName]));
  const entryIds = new Set(entries.map((entry) => entry.id));
  // Assignments of an entry that left the round (withdrawn after assignment) are not waited for.
  const current = assignments.filter((row) => entryIds.has(row.registrationId));
  return {
    entries,
    state: {
      rule: definition.criteriaScoring,
      judges: [...judges].map(([judgeId, name]) => ({ judgeId, name })),
      entries: entries.map((entry) => ({ entryId: entry.id, name: entryNameOf(entry) })),
      assignments: current.map((row) => ({ entryId: row.registrationId, judgeId: row.judgeUserId })),
      sheets: current.flatMap((row) =>
        row.score ? [{ judgeId: row.judgeUserId, entryId: row.registrationId, ...row.score }] : [],
      ),
      excusals: current.flatMap((row) =>
        row.excusedAt !== null && row.excuseReason !== null
          ? [{ judgeId: row.judgeUserId, entryId: row.registrationId, reason: row.excuseReason }]
          : [],
      ),
    },
  };
}

/** What keeps an open round from closing now; empty for a round that can close (or has closed). */
export async function roundClosingBlockersOf(db: Db, round: RoundWithActivity): Promise<Reason[]> {
  if (round.closedAt !== null) return [];
  if (round.kind === "EXAM") {
    const entries = await roundEntryRows(db, round.activityId);
    const results = await db.roundResult.findMany({ where: { roundId: round.id }, select: { registrationId: true } });
    return examRoundClosingBlockers(
      entries.map((entry) => ({ registrationId: entry.id, name: entryNameOf(entry) })),
      new Set(results.map((result) => result.registrationId)),
    );
  }
  const loaded = await loadRoundJudgingState(db, round);
  if (!loaded) {
    return [{ code: "ROUND_NOT_JUDGED_HERE", message: `“${round.name}”的结果不由评委评分或考试成绩产生` }];
  }
  return roundClosingBlockers(loaded.state);
}
