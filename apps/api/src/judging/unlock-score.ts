import { DomainError, decideScoreSheetCommand, type JudgeScoreSheet } from "@jinzhou/domain";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { requireActor } from "../organizations/organization-scope.ts";
import {
  criteriaRuleOf,
  findRound,
  judgementRuleOf,
  judgingTransactionOptions,
  lockOpenRound,
  refusal,
  requireJudgingStep,
  requireRoundManager,
  roundDefinitionOf,
} from "./judging-access.ts";
import { afterRoundChanged } from "./round-changed.ts";
import { unlockJudgementMarks } from "./unlock-judgement-marks.ts";

/**
 * The organizer unlocks a submitted 评分表 with a reason (解锁原因), so the judge can correct and
 * submit it again. The unlock is audited with the sheet before and after; the round cannot close
 * until the judge has submitted again. A judgement-marks sheet (评价分) is unlocked the same way
 * (unlock-judgement-marks.ts).
 */
export async function unlockScore(
  context: Context,
  input: { assignmentId: number; reason: string },
): Promise<{ scoreId: number }> {
  const actor = requireActor(context);
  const assignment = await context.prisma.judgeAssignment.findUnique({
    where: { id: input.assignmentId },
    select: { id: true, roundId: true, registrationId: true, judgeUserId: true },
  });
  if (!assignment) throw new DomainError("NOT_FOUND");
  const round = await findRound(context, assignment.roundId);
  await requireRoundManager(context, round);
  if (judgementRuleOf(round, roundDefinitionOf(round))) {
    return unlockJudgementMarks(context, round, assignment, input.reason);
  }
  const { rule } = criteriaRuleOf(round);
  requireJudgingStep("UNLOCK_SCORE", round.activity.state);

  const scoreId = await context.prisma.$transaction(async (tx) => {
    await lockOpenRound(tx, round);
    const current = await tx.score.findUnique({ where: { assignmentId: assignment.id } });
    const sheet: JudgeScoreSheet = {
      judgeId: assignment.judgeUserId,
      entryId: assignment.registrationId,
      state: current?.state ?? "DRAFT",
      scores: (current?.criterionScores as Record<string, string> | undefined) ?? {},
      total: current?.total ?? null,
    };
    const decision = decideScoreSheetCommand(sheet, { kind: "UNLOCK", reason: input.reason }, actor, {
      rule,
      roundClosed: false,
    });
    if (!decision.ok) throw refusal("SCORE_SHEET_REFUSED", decision.reasons, "reason", "不能解锁评分");
    if (!current) throw new DomainError("NOT_FOUND");
    const { count } = await tx.score.updateMany({
      where: { id: current.id, state: "LOCKED" },
      data: { state: "UNLOCKED", lockedAt: null },
    });
    if (count === 0) throw new DomainError("STALE_VERSION");
    await recordAuditEntry(tx, actor, {
      action: "SCORE_UNLOCK",
      entityType: "Score",
      entityId: current.id,
      activityId: round.activityId,
      before: decision.audit.before,
      after: decision.audit.after,
      reason: decision.audit.reason,
    });
    return current.id;
  }, judgingTransactionOptions);
  await afterRoundChanged(context, round.id);
  return { scoreId };
}
