import { DomainError, decideActivityTransition } from "@jinzhou/domain";
import { findActivity, requireActivityManager } from "../activities/activity-access.ts";
import { gatherLifecycleFacts } from "../activities/activity-lifecycle-facts.ts";
import { staleActivityMessage } from "../activities/update-activity.ts";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";

/**
 * 撤回公示、重新评审: 结果公示 → 评审中 with a reason. The notice keeps its row (and its objections)
 * but is no longer current; publishing again starts a new full notice period.
 */
export async function withdrawNotice(context: Context, activityId: number, reason: string) {
  const activity = await findActivity(context, activityId);
  const performer = await requireActivityManager(context, activity.department.code);
  const now = new Date();
  const facts = await gatherLifecycleFacts(context, activity);
  const decision = decideActivityTransition({ transition: "WITHDRAW_NOTICE", performer, now, reason }, facts);
  if (!decision.allowed) {
    throw new DomainError(
      "PUBLIC_NOTICE_REFUSED",
      decision.reasons.map(({ code, message }) => ({ field: "reason", code, message })),
      `不能撤回公示：${decision.reasons.map((refusal) => refusal.message).join("；")}`,
    );
  }
  const writtenReason = decision.audit.reason ?? reason.trim();
  return context.prisma.$transaction(async (tx) => {
    const { count } = await tx.activity.updateMany({
      where: { id: activityId, state: "PUBLIC_NOTICE", version: activity.version },
      data: { state: "JUDGING", stateChangedAt: now, version: { increment: 1 } },
    });
    if (count === 0) throw new DomainError("STALE_VERSION", [], staleActivityMessage);
    const notice = await tx.publicNotice.findUnique({ where: { currentForActivityId: activityId } });
    if (notice) {
      await tx.publicNotice.update({
        where: { id: notice.id },
        data: {
          currentForActivityId: null,
          withdrawnAt: now,
          withdrawalReason: writtenReason,
          withdrawnById: performer.userId,
        },
      });
    }
    await recordAuditEntry(tx, context.actor, {
      action: "ACTIVITY_TRANSITION",
      entityType: "Activity",
      entityId: activityId,
      activityId,
      before: { state: "PUBLIC_NOTICE" },
      after: { state: "JUDGING", transition: "WITHDRAW_NOTICE" },
      reason: writtenReason,
    });
    if (notice) {
      await recordAuditEntry(tx, context.actor, {
        action: "PUBLIC_NOTICE_WITHDRAW",
        entityType: "PublicNotice",
        entityId: notice.id,
        activityId,
        before: { current: true },
        after: { current: false },
        reason: writtenReason,
      });
    }
    return notice ? tx.publicNotice.findUniqueOrThrow({ where: { id: notice.id } }) : null;
  });
}
