import {
  completeObjectionReReview,
  DomainError,
  type ObjectionResolutionInput,
  resolvePublicNoticeObjection,
  validationError,
} from "@jinzhou/domain";
import { findActivity, requireActivityManager } from "../activities/activity-access.ts";
import { objectionOf } from "../activities/activity-lifecycle-facts.ts";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";

const staleObjectionMessage = "该异议已被他人处理，请刷新后再试";

async function findManagedObjection(context: Context, id: number) {
  const objection = await context.prisma.objection.findUnique({ where: { id } });
  if (!objection) throw new DomainError("NOT_FOUND");
  const activity = await findActivity(context, objection.activityId);
  const performer = await requireActivityManager(context, activity.department.code);
  return { objection, activity, performer };
}

/**
 * 异议处理: upheld (the entry is re-reviewed, or its result withdrawn) or dismissed with a reason,
 * once: `version` must be the one read, and a resolved objection is refused by the domain.
 * Withdrawing the entry's result withdraws the registration (已撤销, with the finding as reason)
 * and removes its Result rows; recompute the results to re-rank the others.
 */
export async function resolveObjection(context: Context, id: number, version: number, input: ObjectionResolutionInput) {
  const { objection, activity, performer } = await findManagedObjection(context, id);
  if (activity.state !== "PUBLIC_NOTICE" && activity.state !== "JUDGING") {
    throw new DomainError("OBJECTION_REFUSED", [], "活动已正式发布结果，不能再处理异议");
  }
  const now = new Date();
  const resolved = resolvePublicNoticeObjection(objectionOf(objection), input, performer.userId, now);
  if (!resolved.ok) throw validationError(resolved.errors);
  const resolution = resolved.value;
  if (objection.version !== version) throw new DomainError("STALE_VERSION", [], staleObjectionMessage);
  const text = resolution.outcome === "DISMISSED" ? resolution.reason : resolution.finding;
  const upheldAction = resolution.outcome === "UPHELD" ? resolution.action : null;
  return context.prisma.$transaction(async (tx) => {
    const { count } = await tx.objection.updateMany({
      where: { id, version, status: "OPEN" },
      data: {
        status: resolution.outcome,
        upheldAction,
        resolution: text,
        resolvedById: performer.userId,
        resolvedAt: now,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new DomainError("STALE_VERSION", [], staleObjectionMessage);
    if (upheldAction === "WITHDRAW") {
      await tx.registration.update({
        where: { id: objection.registrationId },
        data: {
          state: "WITHDRAWN",
          withdrawalReason: `异议成立，撤销其公示结果：${text}`,
          liveKey: null,
          stateChangedAt: now,
          version: { increment: 1 },
        },
      });
      await tx.registrationMember.updateMany({
        where: { registrationId: objection.registrationId },
        data: { liveKey: null },
      });
      await tx.result.deleteMany({ where: { registrationId: objection.registrationId } });
    }
    await recordAuditEntry(tx, context.actor, {
      action: "OBJECTION_RESOLVE",
      entityType: "Objection",
      entityId: id,
      activityId: objection.activityId,
      before: { status: "OPEN" },
      after: { status: resolution.outcome, upheldAction, registrationId: objection.registrationId },
      reason: text,
    });
    return tx.objection.findUniqueOrThrow({ where: { id } });
  });
}

/** Records that the re-review an upheld objection asked for is done (results may then become final). */
export async function completeReReview(context: Context, id: number, version: number) {
  const { objection } = await findManagedObjection(context, id);
  const now = new Date();
  const completed = completeObjectionReReview(objectionOf(objection), now);
  if (!completed.ok) {
    throw new DomainError(
      "OBJECTION_REFUSED",
      completed.reasons.map(({ code, message }) => ({ field: "id", code, message })),
      completed.reasons.map((reason) => reason.message).join("；"),
    );
  }
  if (objection.version !== version) throw new DomainError("STALE_VERSION", [], staleObjectionMessage);
  return context.prisma.$transaction(async (tx) => {
    const { count } = await tx.objection.updateMany({
      where: { id, version, reReviewCompletedAt: null },
      data: { reReviewCompletedAt: now, version: { increment: 1 } },
    });
    if (count === 0) throw new DomainError("STALE_VERSION", [], staleObjectionMessage);
    await recordAuditEntry(tx, context.actor, {
      action: "OBJECTION_RE_REVIEW_COMPLETE",
      entityType: "Objection",
      entityId: id,
      activityId: objection.activityId,
      before: { reReviewCompletedAt: null },
      after: { reReviewCompletedAt: now.toISOString() },
    });
    return tx.objection.findUniqueOrThrow({ where: { id } });
  });
}
