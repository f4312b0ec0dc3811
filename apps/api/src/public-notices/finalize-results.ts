import { DomainError, decideActivityTransition } from "@jinzhou/domain";
import { findActivity, requireActivityManager } from "../activities/activity-access.ts";
import { gatherLifecycleFacts } from "../activities/activity-lifecycle-facts.ts";
import { staleActivityMessage } from "../activities/update-activity.ts";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { notifyResultsPublished } from "../notifications/results-published.ts";

/**
 * 正式发布结果: 结果公示 → 已发布, decided by the lifecycle's transition rules over the facts now
 * (the period over, every objection resolved, re-reviews done, no tie left to separate). The state
 * change, its audit entry and the entrants' notifications are written in one transaction. Results
 * are frozen from then on (computing is refused outside 评审中 and 结果公示).
 */
export async function finalizeResults(context: Context, activityId: number) {
  const activity = await findActivity(context, activityId);
  const performer = await requireActivityManager(context, activity.department.code);
  const now = new Date();
  const facts = await gatherLifecycleFacts(context, activity);
  const decision = decideActivityTransition({ transition: "PUBLISH_FINAL", performer, now }, facts);
  if (!decision.allowed) {
    throw new DomainError(
      "ACTIVITY_TRANSITION_REFUSED",
      decision.reasons.map(({ code, message }) => ({ field: "to", code, message })),
      `不能正式发布结果：${decision.reasons.map((refusal) => refusal.message).join("；")}`,
    );
  }
  return context.prisma.$transaction(async (tx) => {
    const { count } = await tx.activity.updateMany({
      where: { id: activityId, state: "PUBLIC_NOTICE", version: activity.version },
      data: { state: "FINAL", stateChangedAt: now, version: { increment: 1 } },
    });
    if (count === 0) throw new DomainError("STALE_VERSION", [], staleActivityMessage);
    await recordAuditEntry(tx, context.actor, {
      action: "ACTIVITY_TRANSITION",
      entityType: "Activity",
      entityId: activityId,
      activityId,
      before: { state: "PUBLIC_NOTICE" },
      after: { state: "FINAL", transition: "PUBLISH_FINAL" },
    });
    await notifyResultsPublished(tx, activityId);
    return tx.activity.findUniqueOrThrow({ where: { id: activityId } });
  });
}
