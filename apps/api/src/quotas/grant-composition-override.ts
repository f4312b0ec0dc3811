import { type ActivityConfiguration, DomainError, validateCompositionOverride, validationError } from "@jinzhou/domain";
import { findActivity, requireActivityManager } from "../activities/activity-access.ts";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { requireActor } from "../organizations/organization-scope.ts";
import { compositionLimitsOf } from "./nominated-list.ts";

export interface CompositionOverrideRequest {
  activityId: number;
  /** The quota holder whose list it covers; null for the activity's whole list (and every list). */
  organizationId: number | null;
  limitKey: string;
  /** The breach accepted: this many of this many (e.g. 1 enterprise head of 5). */
  acceptedCount: number;
  acceptedListSize: number;
  reason: string;
}

/**
 * The organizer allows a nominated list to break one composition limit (破例), with a reason. It
 * covers the list while its share is no further from the limit than the breach accepted (domain
 * compositionOverrideCovers). Audited as COMPOSITION_OVERRIDE.
 */
export async function grantCompositionOverride(
  context: Context,
  request: CompositionOverrideRequest,
): Promise<{ id: number }> {
  const actor = requireActor(context);
  const activity = await findActivity(context, request.activityId);
  await requireActivityManager(context, activity.department.code);
  const configuration = activity.configuration as unknown as ActivityConfiguration;
  if (request.organizationId !== null) {
    const organization = await context.prisma.organization.findUnique({ where: { id: request.organizationId } });
    if (!organization) throw new DomainError("NOT_FOUND", [], "组织不存在");
  }
  const user = await context.prisma.user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: { displayName: true },
  });
  const checked = validateCompositionOverride(
    {
      grantedBy: { userId: actor.userId, role: actor.role, name: user.displayName },
      reason: request.reason,
      limitKey: request.limitKey,
      acceptedCount: request.acceptedCount,
      acceptedListSize: request.acceptedListSize,
    },
    compositionLimitsOf(configuration),
  );
  if (!checked.ok) throw validationError(checked.errors);
  return context.prisma.$transaction(async (tx) => {
    const created = await tx.compositionOverride.create({
      data: {
        activityId: activity.id,
        organizationId: request.organizationId,
        limitKey: checked.value.limitKey,
        acceptedCount: checked.value.acceptedCount,
        acceptedListSize: checked.value.acceptedListSize,
        reason: checked.value.reason,
        grantedById: actor.userId,
      },
      select: { id: true },
    });
    await recordAuditEntry(tx, context.actor, {
      action: "COMPOSITION_OVERRIDE",
      entityType: "CompositionOverride",
      entityId: created.id,
      activityId: activity.id,
      after: {
        organizationId: request.organizationId,
        limitKey: checked.value.limitKey,
        acceptedCount: checked.value.acceptedCount,
        acceptedListSize: checked.value.acceptedListSize,
      },
      reason: checked.value.reason,
    });
    return created;
  });
}
