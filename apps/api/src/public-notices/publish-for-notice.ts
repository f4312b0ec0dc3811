import {
  type ActivityConfiguration,
  computePublicNoticePeriod,
  DomainError,
  decideActivityTransition,
  defaultPublicNoticeRule,
} from "@jinzhou/domain";
import { findActivity, requireActivityManager } from "../activities/activity-access.ts";
import { gatherLifecycleFacts } from "../activities/activity-lifecycle-facts.ts";
import { staleActivityMessage } from "../activities/update-activity.ts";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { notifyResultsPublished } from "../notifications/results-published.ts";
import { loadWorkingDayCalendar } from "./working-day-calendar.ts";

function refused(reasons: { code: string; message: string }[]): DomainError {
  return new DomainError(
    "PUBLIC_NOTICE_REFUSED",
    reasons.map(({ code, message }) => ({ field: "activityId", code, message })),
    `不能发布结果公示：${reasons.map((reason) => reason.message).join("；")}`,
  );
}

/**
 * 发布结果公示: the lifecycle step 评审中 → 结果公示, decided by the domain's transition rules over
 * the facts now (every round closed, no tie left to separate, the notice period computable from
 * the holiday calendar), with the notice and its working days written in the same transaction as
 * the state change, both audited, and the entrants notified.
 */
export async function publishForNotice(context: Context, activityId: number) {
  const activity = await findActivity(context, activityId);
  const performer = await requireActivityManager(context, activity.department.code);
  const now = new Date();
  const [facts, resultCount] = await Promise.all([
    gatherLifecycleFacts(context, activity),
    context.prisma.result.count({ where: { activityId } }),
  ]);
  const decision = decideActivityTransition({ transition: "PUBLISH_FOR_NOTICE", performer, now }, facts);
  const notComputed =
    activity.state === "JUDGING" && resultCount === 0
      ? [{ code: "RESULTS_NOT_COMPUTED", message: "尚未计算成绩，请先计算成绩" }]
      : [];
  if (!decision.allowed || notComputed.length > 0) {
    throw refused([...(decision.allowed ? [] : decision.reasons), ...notComputed]);
  }
  const configuration = activity.configuration as unknown as ActivityConfiguration;
  const rule = configuration.publicNotice ?? defaultPublicNoticeRule;
  const computed = computePublicNoticePeriod(await loadWorkingDayCalendar(context.prisma), rule, now);
  if (!computed.ok) throw refused(computed.reasons);
  const { period } = computed;
  return context.prisma.$transaction(async (tx) => {
    const { count } = await tx.activity.updateMany({
      where: { id: activityId, state: "JUDGING", version: activity.version },
      data: { state: "PUBLIC_NOTICE", stateChangedAt: now, version: { increment: 1 } },
    });
    if (count === 0) throw new DomainError("STALE_VERSION", [], staleActivityMessage);
    const notice = await tx.publicNotice.create({
      data: {
        activityId,
        currentForActivityId: activityId,
        publishedAt: period.publishedAt,
        publishedOn: period.publishedOn,
        workingDays: period.workingDays,
        firstDay: period.firstDay,
        endDate: period.endDate,
        workingDates: [...period.workingDates],
        publishedById: performer.userId,
      },
    });
    await recordAuditEntry(tx, context.actor, {
      action: "ACTIVITY_TRANSITION",
      entityType: "Activity",
      entityId: activityId,
      activityId,
      before: { state: "JUDGING" },
      after: { state: "PUBLIC_NOTICE", transition: "PUBLISH_FOR_NOTICE" },
    });
    await recordAuditEntry(tx, context.actor, {
      action: "PUBLIC_NOTICE_PUBLISH",
      entityType: "PublicNotice",
      entityId: notice.id,
      activityId,
      after: {
        publishedOn: notice.publishedOn,
        firstDay: notice.firstDay,
        endDate: notice.endDate,
        workingDays: notice.workingDays,
      },
    });
    // Every entrant is told (portal message, SMS after the commit).
    await notifyResultsPublished(tx, activityId);
    return notice;
  });
}
