import { checkJudgeExcusal, DomainError } from "@jinzhou/domain";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { requireActor } from "../organizations/organization-scope.ts";
import {
  criteriaRuleOf,
  entryNameOf,
  findRound,
  judgementRuleOf,
  judgingTransactionOptions,
  lockOpenRound,
  refusal,
  requireJudgingStep,
  requireRoundManager,
  roundDefinitionOf,
} from "./judging-access.ts";

/**
 * The organizer excuses a judge from one entry with a reason (the judge fell ill, declared a
 * recusal …): the round may then close without that judge's sheet, and the entry is aggregated
 * over the remaining judges. A sheet already submitted and locked still counts, so it needs no
 * excusal. A judgement-marks round (评价分) has no excusals: the whole panel marks every entry.
 */
export async function excuseJudge(
  context: Context,
  input: { assignmentId: number; reason: string },
): Promise<{ assignmentId: number }> {
  const actor = requireActor(context);
  const assignment = await context.prisma.judgeAssignment.findUnique({
    where: { id: input.assignmentId },
    include: {
      judge: { select: { displayName: true } },
      registration: { select: { name: true, members: { select: { worker: { select: { name: true } } } } } },
      score: { select: { state: true } },
    },
  });
  if (!assignment) throw new DomainError("NOT_FOUND");
  const round = await findRound(context, assignment.roundId);
  await requireRoundManager(context, round);
  const judgementMarks = judgementRuleOf(round, roundDefinitionOf(round));
  if (!judgementMarks) criteriaRuleOf(round);
  requireJudgingStep("EXCUSE_JUDGE", round.activity.state);
  const reason = input.reason.trim();
  const entry = entryNameOf(assignment.registration);
  const reasons = checkJudgeExcusal(actor, {
    judgeId: assignment.judgeUserId,
    entryId: assignment.registrationId,
    reason,
  });
  if (judgementMarks) {
    // Judgement marks are the mean of the whole panel and its spread: every assigned judge marks.
    reasons.push({
      code: "JUDGEMENT_MARKS_NO_EXCUSAL",
      message: "评价分须由分配的全部评委打分，不能免除；如评委不能评分，请改派评委",
    });
  }
  if (assignment.excusedAt !== null) {
    reasons.push({ code: "JUDGE_ALREADY_EXCUSED", message: `评委${assignment.judge.displayName}已免于评「${entry}」` });
  }
  if (assignment.score?.state === "LOCKED") {
    reasons.push({
      code: "SCORE_ALREADY_SUBMITTED",
      message: `评委${assignment.judge.displayName}已提交「${entry}」的评分，照常计入，无需免除`,
    });
  }
  if (reasons.length > 0) throw refusal("JUDGE_EXCUSAL_REFUSED", reasons, "reason", "不能免除该评委的评分");

  await context.prisma.$transaction(async (tx) => {
    await lockOpenRound(tx, round);
    const now = new Date();
    const { count } = await tx.judgeAssignment.updateMany({
      where: { id: assignment.id, excusedAt: null },
      data: { excusedAt: now, excuseReason: reason, excusedById: actor.userId },
    });
    if (count === 0) throw new DomainError("STALE_VERSION");
    await recordAuditEntry(tx, actor, {
      action: "JUDGE_EXCUSE",
      entityType: "JudgeAssignment",
      entityId: assignment.id,
      activityId: round.activityId,
      before: { judge: assignment.judge.displayName, entry, excused: false, sheet: assignment.score?.state ?? "DRAFT" },
      after: { judge: assignment.judge.displayName, entry, excused: true },
      reason,
    });
  }, judgingTransactionOptions);
  return { assignmentId: assignment.id };
}
