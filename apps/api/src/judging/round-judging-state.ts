import type { Prisma, PrismaClient } from "@jinzhou/db";
import {
  examRoundClosingBlockers,
  judgementRoundResults,
  type Reason,
  type RoundJudgingState,
  roundClosingBlockers,
} from "@jinzhou/domain";
import { judgementRoundEntries } from "./judgement-marks-state.ts";
import {
  entryNameOf,
  judgementRuleOf,
  type RoundEntryRow,
  type RoundWithActivity,
  roundDefinitionOf,
  roundEntryRows,
  sheetRuleOf,
} from "./judging-access.ts";

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * Everything the closing rules look at for a round judged through score sheets (criteria scoring,
 * or a committee vote), read in a few queries: the accepted entries, every assignment with its
 * judge, excusal and score sheet. Null for other rounds.
 */
export async function loadRoundJudgingState(
  db: Db,
  round: RoundWithActivity,
): Promise<{ state: RoundJudgingState; entries: RoundEntryRow[] } | null> {
  const rule = sheetRuleOf(round, roundDefinitionOf(round));
  if (!rule) return null;
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
      rule,
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
  if (round.kind === "MATCHES") return matchesRoundClosingBlockers(db, round);
  const judgementMarks = judgementRuleOf(round, roundDefinitionOf(round));
  if (judgementMarks) {
    const outcome = judgementRoundResults(judgementMarks, await judgementRoundEntries(db, round));
    return outcome.ok ? [] : outcome.reasons;
  }
  const loaded = await loadRoundJudgingState(db, round);
  if (!loaded) {
    return [{ code: "ROUND_NOT_JUDGED_HERE", message: `“${round.name}”的结果不由评委评分或考试成绩产生` }];
  }
  return roundClosingBlockers(loaded.state);
}

/**
 * What keeps a matches round (比赛对阵) open: an event with two or more accepted entries that has
 * not been drawn, or a match of a drawn event without a winner (byes are decided at the draw).
 */
async function matchesRoundClosingBlockers(db: Db, round: RoundWithActivity): Promise<Reason[]> {
  // One after another: this also runs inside closeRound's transaction.
  const categories = await db.category.findMany({
    where: { activityId: round.activityId },
    select: {
      id: true,
      name: true,
      _count: { select: { registrations: { where: { state: { in: ["APPROVED", "CONFIRMED"] } } } } },
    },
    orderBy: { id: "asc" },
  });
  const draws = await db.tournamentDraw.findMany({ where: { roundId: round.id }, select: { categoryId: true } });
  const open = await db.match.groupBy({
    by: ["categoryId"],
    where: { roundId: round.id, winnerId: null },
    _count: { _all: true },
  });
  const drawn = new Set(draws.map((draw) => draw.categoryId));
  const openCount = new Map(open.map((row) => [row.categoryId, row._count._all]));
  const blockers: Reason[] = [];
  for (const category of categories) {
    if (!drawn.has(category.id)) {
      if (category._count.registrations >= 2) {
        blockers.push({ code: "TOURNAMENT_NOT_DRAWN", message: `「${category.name}」尚未抽签` });
      }
      continue;
    }
    const count = openCount.get(category.id) ?? 0;
    if (count > 0) {
      blockers.push({ code: "MATCHES_NOT_PLAYED", message: `「${category.name}」还有 ${count} 场比赛没有结果` });
    }
  }
  return blockers;
}
