import {
  type ActivityState,
  activityStateLabels,
  activityTransitionDefinitions,
  activityTransitionsFrom,
  DomainError,
  decideActivityTransition,
} from "@jinzhou/domain";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { finalizeResults } from "../public-notices/finalize-results.ts";
import { publishForNotice } from "../public-notices/publish-for-notice.ts";
import { withdrawNotice } from "../public-notices/withdraw-notice.ts";
import { findActivity, requireActivityManager } from "./activity-access.ts";
import { gatherLifecycleFacts } from "./activity-lifecycle-facts.ts";
import { staleActivityMessage } from "./update-activity.ts";

/**
 * Moves an activity to the state `to` through the step that leads there from its current state,
 * if the lifecycle rules allow it over the facts in the database now. A refusal carries every
 * reason (as fieldErrors on `to`), in Chinese.
 */
export async function transitionActivity(context: Context, id: number, to: ActivityState, reason: string | null) {
  const activity = await findActivity(context, id);
  const performer = await requireActivityManager(context, activity.department.code);
  const transition = activityTransitionsFrom(activity.state).find(
    (candidate) => activityTransitionDefinitions[candidate].to === to,
  );
  if (!transition) {
    const message = `活动当前为“${activityStateLabels[activity.state]}”，不能转为“${activityStateLabels[to]}”`;
    throw new DomainError(
      "ACTIVITY_TRANSITION_REFUSED",
      [{ field: "to", code: "ACTIVITY_STATE_MISMATCH", message }],
      message,
    );
  }
  // The steps into and out of the public notice do more than change the state (the notice and its
  // working days, notifications): they go through their own use cases, whichever way they are asked for.
  if (transition === "PUBLISH_FOR_NOTICE") await publishForNotice(context, id);
  if (transition === "WITHDRAW_NOTICE") await withdrawNotice(context, id, reason ?? "");
  if (transition === "PUBLISH_FINAL") await finalizeResults(context, id);
  if (transition === "PUBLISH_FOR_NOTICE" || transition === "WITHDRAW_NOTICE" || transition === "PUBLISH_FINAL") {
    return context.prisma.activity.findUniqueOrThrow({ where: { id } });
  }
  const now = new Date();
  const facts = await gatherLifecycleFacts(context, activity);
  const decision = decideActivityTransition({ transition, performer, now, reason }, facts);
  const label = activityTransitionDefinitions[transition].label;
  if (!decision.allowed) {
    throw new DomainError(
      "ACTIVITY_TRANSITION_REFUSED",
      decision.reasons.map(({ code, message }) => ({ field: "to", code, message })),
      `不能${label}：${decision.reasons.map((refusal) => refusal.message).join("；")}`,
    );
  }
  const { audit } = decision;
  return context.prisma.$transaction(async (tx) => {
    // The facts were read for this version and state; a concurrent change makes this step lose.
    const { count } = await tx.activity.updateMany({
      where: { id, state: audit.from, version: activity.version },
      data: { state: audit.to, stateChangedAt: audit.performedAt, version: { increment: 1 } },
    });
    if (count === 0) throw new DomainError("STALE_VERSION", [], staleActivityMessage);
    await recordAuditEntry(tx, context.actor, {
      action: "ACTIVITY_TRANSITION",
      entityType: "Activity",
      entityId: id,
      activityId: id,
      before: { state: audit.from },
      after: { state: audit.to, transition: audit.transition },
      reason: audit.reason,
    });
    return tx.activity.findUniqueOrThrow({ where: { id } });
  });
}
