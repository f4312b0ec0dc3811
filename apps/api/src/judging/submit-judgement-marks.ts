import { DomainError, decideJudgementSubmission, flaggedAspects, type Reason, validationError } from "@jinzhou/domain";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { requireActor } from "../organizations/organization-scope.ts";
import {
  entryJudgementAssignments,
  judgementSheetOf,
  judgementStateOf,
  storedStateOf,
} from "./judgement-marks-state.ts";
import {
  entryBeforeJudge,
  entryNameOf,
  findRound,
  judgementRuleOf,
  judgingTransactionOptions,
  lockOpenRound,
  requireJudgingStep,
  roundDefinitionOf,
} from "./judging-access.ts";
import { afterRoundChanged } from "./round-changed.ts";

export interface JudgementMarksSubmission {
  assignmentId: number;
  /** Aspect key → mark as typed, "0" … "3". */
  marks: Readonly<Record<string, string>>;
  /** Chosen by the client per submission; a retry with the same key returns the sheet as it is. */
  idempotencyKey: string;
}

const idempotencyKeyMaxLength = 100;

const auditActions = {
  SUBMIT: "JUDGEMENT_MARKS_SUBMIT",
  REVISE: "JUDGEMENT_MARKS_REVISE",
  RESUBMIT: "JUDGEMENT_MARKS_RESUBMIT",
} as const;

/**
 * A judge submits, or changes, their 评价分表 (judgement marks, 世赛评分法) for one assigned entry:
 * every aspect a whole mark 0–3 (each problem on its aspect, in Chinese). The sheet is not locked
 * by itself: the entry's sheets are settled by the domain (decideJudgementSubmission) — while an
 * aspect's marks among the judges who have submitted lie more than the rule's spread apart, every
 * submitted sheet of the entry stays open for the judges to resolve; once every assigned judge has
 * submitted and nothing is flagged, all of them lock together (audited JUDGEMENT_MARKS_LOCK). A
 * locked sheet refuses changes until the organizer unlocks it. The same idempotency key answers
 * with the sheet as it is and writes nothing. Conflicted or recused judges are refused.
 */
export async function submitJudgementMarks(
  context: Context,
  submission: JudgementMarksSubmission,
): Promise<{ scoreId: number }> {
  const actor = requireActor(context);
  if (actor.role !== "JUDGE") throw new DomainError("FORBIDDEN");
  const idempotencyKey = submission.idempotencyKey.trim();
  if (idempotencyKey === "" || idempotencyKey.length > idempotencyKeyMaxLength) {
    throw validationError([
      { field: "idempotencyKey", code: "INVALID", message: `请求编号须为 1–${idempotencyKeyMaxLength} 个字符` },
    ]);
  }
  const assignment = await context.prisma.judgeAssignment.findFirst({
    where: { id: submission.assignmentId, judgeUserId: actor.userId },
    select: { id: true, roundId: true, registrationId: true, score: { select: { id: true, idempotencyKey: true } } },
  });
  if (!assignment) throw new DomainError("NOT_FOUND");
  if (assignment.score && assignment.score.idempotencyKey === idempotencyKey) return { scoreId: assignment.score.id };

  const round = await findRound(context, assignment.roundId);
  const rule = judgementRuleOf(round, roundDefinitionOf(round));
  if (!rule) {
    throw new DomainError(
      "ROUND_KIND_MISMATCH",
      [],
      `“${round.name}”不是评价分（世赛评分法）轮次，请用 submitScore 提交评分`,
    );
  }
  requireJudgingStep("SUBMIT_SCORE", round.activity.state);
  const { entry, excluded } = await entryBeforeJudge(context, round.id, assignment.registrationId, actor.userId);
  if (excluded.length > 0) throw refused(excluded);
  const entryName = entryNameOf(entry);

  const result = await context.prisma.$transaction(async (tx) => {
    await lockOpenRound(tx, round);
    // Read again under the round's lock: a simultaneous retry or another judge may have submitted.
    const rows = await entryJudgementAssignments(tx, round.id, entry.id);
    const own = rows.find((row) => row.id === assignment.id);
    if (!own) throw new DomainError("NOT_FOUND");
    if (own.score && own.score.idempotencyKey === idempotencyKey) return { scoreId: own.score.id, changed: false };
    const judges = rows.map((row) => ({ judgeId: row.judgeUserId, name: row.judge.displayName }));
    const before = rows.flatMap((row) => {
      const sheet = judgementSheetOf(row);
      return sheet ? [sheet] : [];
    });
    const decision = decideJudgementSubmission({
      rule,
      judges,
      sheets: before,
      judgeId: actor.userId,
      marks: submission.marks,
      actor,
    });
    if (!decision.ok) throw refused(decision.reasons);
    const now = new Date();
    const mine = decision.sheets.find((sheet) => sheet.judgeId === actor.userId);
    if (!mine) throw new DomainError("NOT_FOUND");
    const data = {
      state: storedStateOf(mine.state),
      criterionScores: { ...mine.marks },
      total: decision.total.toString(),
      submittedAt: now,
      lockedAt: mine.state === "LOCKED" ? now : null,
      idempotencyKey,
    };
    const written = own.score
      ? await tx.score.update({ where: { id: own.score.id }, data, select: { id: true } })
      : await tx.score.create({ data: { assignmentId: own.id, ...data }, select: { id: true } });
    await recordAuditEntry(tx, actor, {
      action: auditActions[decision.action],
      entityType: "Score",
      entityId: written.id,
      activityId: round.activityId,
      before: {
        entry: entryName,
        state: judgementStateOf(own.score),
        marks: own.score?.criterionScores ?? {},
        total: own.score?.total ?? null,
      },
      after: { entry: entryName, state: mine.state, marks: mine.marks, total: data.total },
    });
    // The other judges' sheets that locked with this one, or reopened because of it.
    const moved = rows.filter((row) => {
      if (row.id === own.id || !row.score) return false;
      const after = decision.sheets.find((sheet) => sheet.judgeId === row.judgeUserId);
      return after !== undefined && after.state !== judgementStateOf(row.score);
    });
    for (const row of moved) {
      const after = decision.sheets.find((sheet) => sheet.judgeId === row.judgeUserId);
      if (!row.score || !after) continue;
      const { count } = await tx.score.updateMany({
        where: { id: row.score.id, state: row.score.state },
        data: { state: storedStateOf(after.state), lockedAt: after.state === "LOCKED" ? now : null },
      });
      if (count === 0) throw new DomainError("STALE_VERSION");
    }
    const lockedNow = mine.state === "LOCKED" && decision.sheets.every((sheet) => sheet.state === "LOCKED");
    const reopened = moved.some((row) => row.score?.state === "LOCKED");
    if (lockedNow || reopened) {
      await recordAuditEntry(tx, actor, {
        action: lockedNow ? "JUDGEMENT_MARKS_LOCK" : "JUDGEMENT_MARKS_REOPEN",
        entityType: "Registration",
        entityId: entry.id,
        activityId: round.activityId,
        before: { entry: entryName, round: round.name },
        after: {
          entry: entryName,
          round: round.name,
          locked: lockedNow,
          flagged: flaggedAspects(rule, decision.sheets).map((aspect) => ({
            aspect: aspect.name,
            spread: aspect.spread,
          })),
          sheets: decision.sheets.map((sheet) => ({
            judge: judges.find((candidate) => candidate.judgeId === sheet.judgeId)?.name,
            state: sheet.state,
            marks: sheet.marks,
          })),
        },
      });
    }
    return { scoreId: written.id, changed: true };
  }, judgingTransactionOptions);
  if (result.changed) await afterRoundChanged(context, round.id);
  return { scoreId: result.scoreId };
}

/** Field errors stay on their aspect (field = aspect key); other reasons on `marks`. */
function refused(reasons: readonly (Reason & { field?: string })[]): DomainError {
  return new DomainError(
    "SCORE_SHEET_REFUSED",
    reasons.map((reason) => ({ field: reason.field ?? "marks", code: reason.code, message: reason.message })),
    `不能提交评价分：${reasons.map((reason) => reason.message).join("；")}`,
  );
}
