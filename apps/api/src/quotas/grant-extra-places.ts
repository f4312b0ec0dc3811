import { DomainError, validateQuotaOverride, validationError } from "@jinzhou/domain";
import { requireActivityManager } from "../activities/activity-access.ts";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { requireActor } from "../organizations/organization-scope.ts";

/**
 * The organizer adds places (追加名额) to one organization's quota with a reason (domain
 * validateQuotaOverride). The allocation stays as computed; the extra places are kept beside it.
 * Bumps the quota's version, the same lock nominations take. Audited as QUOTA_EXTRA_PLACES.
 */
export async function grantExtraPlaces(
  context: Context,
  request: { quotaId: number; extraPlaces: number; reason: string },
): Promise<{ id: number }> {
  const actor = requireActor(context);
  const quota = await context.prisma.quota.findUnique({
    where: { id: request.quotaId },
    include: { organization: { select: { code: true } }, activity: { include: { department: true } } },
  });
  if (!quota) throw new DomainError("NOT_FOUND");
  await requireActivityManager(context, quota.activity.department.code);
  const user = await context.prisma.user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: { displayName: true },
  });
  const checked = validateQuotaOverride({
    organizationCode: quota.organization.code,
    extraPlaces: request.extraPlaces,
    reason: request.reason,
    grantedBy: { userId: actor.userId, role: actor.role, name: user.displayName },
  });
  if (!checked.ok) throw validationError(checked.errors);
  return context.prisma.$transaction(async (tx) => {
    const updated = await tx.quota.update({
      where: { id: quota.id },
      data: {
        extraPlaces: { increment: checked.value.extraPlaces },
        overrideReason: checked.value.reason,
        overrideById: actor.userId,
        overrideAt: new Date(),
        version: { increment: 1 },
      },
    });
    await recordAuditEntry(tx, context.actor, {
      action: "QUOTA_EXTRA_PLACES",
      entityType: "Quota",
      entityId: quota.id,
      activityId: quota.activityId,
      before: { extraPlaces: updated.extraPlaces - checked.value.extraPlaces },
      after: { extraPlaces: updated.extraPlaces, added: checked.value.extraPlaces },
      reason: checked.value.reason,
    });
    return { id: quota.id };
  });
}
