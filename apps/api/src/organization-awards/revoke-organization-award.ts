import { DomainError, organizationAwardRevokeProblems } from "@jinzhou/domain";
import { requireActivityManager } from "../activities/activity-access.ts";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { requireActor } from "../organizations/organization-scope.ts";
import { organizationAwardRefused } from "./organization-award-refusal.ts";

/**
 * 撤销优秀组织奖: the admin or an organizer of the owning department takes a granted award back,
 * with a reason, until the results are final (no certificate can exist for it before then). The
 * row is deleted; the audit entry (ORGANIZATION_AWARD_REVOKE) keeps what it was and why it went.
 * Returns the award as it was.
 */
export async function revokeOrganizationAward(context: Context, id: number, reason: string) {
  requireActor(context);
  const award = await context.prisma.organizationAward.findUnique({
    where: { id },
    include: {
      organization: { select: { name: true } },
      activity: { select: { id: true, state: true, department: { select: { code: true } } } },
    },
  });
  if (!award) throw new DomainError("NOT_FOUND");
  await requireActivityManager(context, award.activity.department.code);
  const problems = organizationAwardRevokeProblems({ activityState: award.activity.state, reason });
  if (problems.length > 0) throw organizationAwardRefused("不能撤销优秀组织奖", "reason", problems);

  return context.prisma.$transaction(async (tx) => {
    // Re-reads the state under the activity row's lock: an activity finalized meanwhile refuses.
    const { count } = await tx.activity.updateMany({
      where: { id: award.activityId, state: award.activity.state },
      data: { state: award.activity.state },
    });
    if (count === 0) throw new DomainError("STALE_VERSION", [], "该活动的状态已变化，请刷新后再试");
    // Two organizers revoking it at once: the second finds it gone.
    const { count: deleted } = await tx.organizationAward.deleteMany({ where: { id } });
    if (deleted === 0) throw new DomainError("NOT_FOUND");
    await recordAuditEntry(tx, context.actor, {
      action: "ORGANIZATION_AWARD_REVOKE",
      entityType: "OrganizationAward",
      entityId: id,
      activityId: award.activityId,
      before: {
        organizationId: award.organizationId,
        organizationName: award.organization.name,
        name: award.name,
        reason: award.reason,
        grantedById: award.grantedById,
        grantedAt: award.grantedAt.toISOString(),
      },
      reason: reason.trim(),
    });
    return {
      id: award.id,
      activityId: award.activityId,
      organizationId: award.organizationId,
      organizationName: award.organization.name,
      name: award.name,
      reason: award.reason,
      grantedAt: award.grantedAt,
      revocationReason: reason.trim(),
    };
  });
}
