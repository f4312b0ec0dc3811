import { DomainError, decideJudgementUnlock } from "@jinzhou/domain";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { requireActor } from "../organizations/organization-scope.ts";
import { judgementStateOf } from "./judgement-marks-state.ts";
import {
  judgingTransactionOptions,
  lockOpenRound,
  type RoundWithActivity,
  refusal,
  requireJudgingStep,
} from "./judging-access.ts";
import { afterRoundChanged } from "./round-changed.ts";

/**
 * The organizer unlocks one locked 评价分表 (judgement marks) with a reason, through unlockScore:
 * the judge changes and submits it again, and the entry's sheets are settled again then (locked
 * together when nothing is flagged, reopened for everyone when the new marks open a spread). The
 * round cannot close meanwhile. Audited as SCORE_UNLOCK with the sheet before and after.
 */
export async function unlockJudgementMarks(
  context: Context,
  round: RoundWithActivity,
  assignment: { id: number; judgeUserId: number },
  reason: string,
): Promise<{ scoreId: number }> {
  const actor = requireActor(context);
  requireJudgingStep("UNLOCK_SCORE", round.activity.state);
  const scoreId = await context.prisma.$transaction(async (tx) => {
    await lockOpenRound(tx, round);
    const current = await tx.score.findUnique({ where: { assignmentId: assignment.id } });
    const state = judgementStateOf(current);
    const reasons = decideJudgementUnlock(
      { judgeId: assignment.judgeUserId, state, marks: (current?.criterionScores ?? {}) as Record<string, string> },
      actor,
      reason,
    );
    if (reasons.length > 0) throw refusal("SCORE_SHEET_REFUSED", reasons, "reason", "不能解锁评价分");
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
      before: { state: "LOCKED", marks: current.criterionScores, total: current.total },
      after: { state: "UNLOCKED", marks: current.criterionScores, total: current.total },
      reason: reason.trim(),
    });
    return current.id;
  }, judgingTransactionOptions);
  await afterRoundChanged(context, round.id);
  return { scoreId };
}
