import {
  DomainError,
  decideScoreSheetCommand,
  type JudgeScoreSheet,
  type Reason,
  validationError,
} from "@jinzhou/domain";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { requireActor } from "../organizations/organization-scope.ts";
import {
  criteriaRuleOf,
  entryBeforeJudge,
  entryNameOf,
  findRound,
  judgingTransactionOptions,
  lockOpenRound,
  requireJudgingStep,
} from "./judging-access.ts";
import { afterRoundChanged } from "./round-changed.ts";

export interface ScoreSubmission {
  assignmentId: number;
  /** Criterion key → score as typed, e.g. { pitch: "45.5", stage: "18" }. */
  scores: Readonly<Record<string, string>>;
  /** Chosen by the client per submission; a retry with the same key returns the sheet as it is. */
  idempotencyKey: string;
}

const idempotencyKeyMaxLength = 100;

const sheetAuditActions = { SUBMIT: "SCORE_SUBMIT", RESUBMIT: "SCORE_RESUBMIT", UNLOCK: "SCORE_UNLOCK" } as const;

/**
 * A judge submits their 评分表 for one assigned entry: every criterion from 0 to its maximum in the
 * round's step (each problem reported on its criterion, in Chinese). Submitting locks the sheet;
 * a locked sheet refuses changes until the organizer unlocks it, and then the judge submits again.
 * The same idempotency key answers with the sheet as it is and writes nothing: a retried request
 * never makes a second sheet or a second audit entry. Conflicted or recused judges are refused.
 */
export async function submitScore(context: Context, submission: ScoreSubmission): Promise<{ scoreId: number }> {
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
  const { rule } = criteriaRuleOf(round);
  requireJudgingStep("SUBMIT_SCORE", round.activity.state);
  const { entry, excluded } = await entryBeforeJudge(context, round.id, assignment.registrationId, actor.userId);
  if (excluded.length > 0) throw refused(excluded);

  const result = await context.prisma.$transaction(async (tx) => {
    await lockOpenRound(tx, round);
    // Read again under the round's lock: a simultaneous retry may have submitted meanwhile.
    const current = await tx.score.findUnique({ where: { assignmentId: assignment.id } });
    if (current && current.idempotencyKey === idempotencyKey) return { scoreId: current.id, changed: false };
    const sheet: JudgeScoreSheet = {
      judgeId: actor.userId,
      entryId: entry.id,
      state: current?.state ?? "DRAFT",
      scores: (current?.criterionScores as Record<string, string> | undefined) ?? {},
      total: current?.total ?? null,
    };
    const decision = decideScoreSheetCommand(sheet, { kind: "SUBMIT", scores: submission.scores }, actor, {
      rule,
      roundClosed: false,
    });
    if (!decision.ok) throw refused(decision.reasons);
    const now = new Date();
    const data = {
      state: decision.sheet.state,
      criterionScores: decision.sheet.scores,
      total: decision.sheet.total,
      submittedAt: now,
      lockedAt: now,
      idempotencyKey,
    };
    const written = current
      ? await tx.score.update({ where: { id: current.id }, data, select: { id: true } })
      : await tx.score.create({ data: { assignmentId: assignment.id, ...data }, select: { id: true } });
    await recordAuditEntry(tx, actor, {
      action: sheetAuditActions[decision.audit.action],
      entityType: "Score",
      entityId: written.id,
      activityId: round.activityId,
      before: { entry: entryNameOf(entry), ...decision.audit.before },
      after: { entry: entryNameOf(entry), ...decision.audit.after },
    });
    return { scoreId: written.id, changed: true };
  }, judgingTransactionOptions);
  if (result.changed) await afterRoundChanged(context, round.id);
  return { scoreId: result.scoreId };
}

/** Field errors stay on their criterion (field = criterion key); other reasons on `scores`. */
function refused(reasons: readonly (Reason & { field?: string })[]): DomainError {
  return new DomainError(
    "SCORE_SHEET_REFUSED",
    reasons.map((reason) => ({ field: reason.field ?? "scores", code: reason.code, message: reason.message })),
    `不能提交评分：${reasons.map((reason) => reason.message).join("；")}`,
  );
}
