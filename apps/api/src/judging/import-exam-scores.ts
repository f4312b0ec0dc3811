import { DomainError, type ExamScoreRow, validateExamScoreRows } from "@jinzhou/domain";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { requireActor } from "../organizations/organization-scope.ts";
import {
  entryNameOf,
  findRound,
  judgingTransactionOptions,
  lockOpenRound,
  requireJudgingStep,
  requireOpenRound,
  requireRoundManager,
  roundEntryRows,
} from "./judging-access.ts";
import { afterRoundChanged } from "./round-changed.ts";

export interface ExamScoreImport {
  roundId: number;
  /** One row per entry: the registration and its score, as typed or read from a sheet. */
  rows: readonly ExamScoreRow[];
  /** How rows are numbered in messages: 1 for a list (the default), 2 for a sheet with a header line. */
  firstRowNumber?: number;
}

/**
 * Imports the scores of an EXAM round (理论成绩): one score per accepted entry, 0 to the round's
 * maximum. Every row is checked and every bad row reported by its number (VALIDATION_FAILED, one
 * field error per problem, `rows[i].score` …); if any row is wrong nothing is written. Rows for
 * entries that already have a score replace it. One audit entry, EXAM_SCORES_IMPORT, holds the
 * replaced scores (before) and the imported ones (after). Independent of GraphQL: a spreadsheet
 * upload calls it with the sheet's rows and `firstRowNumber: 2`.
 */
export async function importExamScores(
  context: Context,
  input: ExamScoreImport,
): Promise<{ roundId: number; registrationIds: number[] }> {
  const actor = requireActor(context);
  const round = await findRound(context, input.roundId);
  await requireRoundManager(context, round);
  if (round.kind !== "EXAM") {
    throw new DomainError("ROUND_KIND_MISMATCH", [], `“${round.name}”不是考试轮次，不能导入成绩`);
  }
  requireJudgingStep("IMPORT_EXAM_SCORES", round.activity.state);
  requireOpenRound(round);
  const entries = await roundEntryRows(context.prisma, round.activityId);
  const names = new Map(entries.map((entry) => [entry.id, entryNameOf(entry)]));
  const validated = validateExamScoreRows(input.rows, {
    maxResult: round.maxResult,
    entries: entries.map((entry) => ({ registrationId: entry.id, name: entryNameOf(entry) })),
    firstRowNumber: input.firstRowNumber ?? 1,
  });
  if (!validated.ok) {
    const { errors } = validated;
    throw new DomainError(
      "VALIDATION_FAILED",
      errors,
      `成绩未导入，共 ${errors.length} 处错误：${errors.map((error) => error.message).join("；")}`,
    );
  }
  const scores = validated.value;

  await context.prisma.$transaction(async (tx) => {
    await lockOpenRound(tx, round);
    const existing = await tx.roundResult.findMany({
      where: { roundId: round.id, registrationId: { in: scores.map((score) => score.registrationId) } },
      select: { id: true, registrationId: true, result: true },
    });
    const now = new Date();
    for (const score of scores) {
      const earlier = existing.find((row) => row.registrationId === score.registrationId);
      const data = {
        result: score.text,
        untrimmedMean: null,
        details: { source: "EXAM_IMPORT" },
        recordedById: actor.userId,
        recordedAt: now,
      };
      if (earlier) await tx.roundResult.update({ where: { id: earlier.id }, data });
      else await tx.roundResult.create({ data: { roundId: round.id, registrationId: score.registrationId, ...data } });
    }
    await recordAuditEntry(tx, actor, {
      action: "EXAM_SCORES_IMPORT",
      entityType: "Round",
      entityId: round.id,
      activityId: round.activityId,
      before: {
        scores: existing.map((row) => ({
          registrationId: row.registrationId,
          entry: names.get(row.registrationId),
          result: row.result,
        })),
      },
      after: {
        scores: scores.map((score) => ({
          registrationId: score.registrationId,
          entry: names.get(score.registrationId),
          result: score.text,
        })),
      },
    });
  }, judgingTransactionOptions);
  await afterRoundChanged(context, round.id);
  return { roundId: round.id, registrationIds: scores.map((score) => score.registrationId) };
}
