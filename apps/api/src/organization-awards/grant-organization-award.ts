import { isUniqueViolation } from "@jinzhou/db";
import {
  type ActivityConfiguration,
  DomainError,
  entryCountsForOrganizationAward,
  organizationAwardGrantProblems,
  organizationAwardName,
  type RegistrationState,
  registrationStates,
} from "@jinzhou/domain";
import { findActivity, requireActivityManager } from "../activities/activity-access.ts";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { organizationAwardRefused } from "./organization-award-refusal.ts";

export interface GrantOrganizationAwardInput {
  activityId: number;
  organizationId: number;
  /** The organizer's grounds, e.g. "组织 3 支队伍参赛，覆盖一线职工 120 人". */
  reason: string;
  /** As printed; "优秀组织奖" when left out. */
  name?: string | null;
}

const lead = "不能授予优秀组织奖";
/** Registration states whose entries count for their unit (已通过, 已确认). */
const countingStates = registrationStates.filter(entryCountsForOrganizationAward) as RegistrationState[];

/**
 * 授予优秀组织奖: the admin or an organizer of the owning department gives a unit the award, with
 * the grounds, while the activity is 评审中 or 结果公示 and its configuration offers the award,
 * to a unit that had at least one entry taking part (its own or a unit's below it). The domain
 * decides; the row and its audit entry (ORGANIZATION_AWARD_GRANT) are written together.
 */
export async function grantOrganizationAward(context: Context, input: GrantOrganizationAwardInput) {
  const activity = await findActivity(context, input.activityId);
  const performer = await requireActivityManager(context, activity.department.code);
  const organization = await context.prisma.organization.findUnique({
    where: { id: input.organizationId },
    select: { id: true, name: true, path: true },
  });
  if (!organization) throw new DomainError("NOT_FOUND");
  const name = organizationAwardName(input.name);
  const configuration = activity.configuration as unknown as ActivityConfiguration;
  const [entriesInSubtree, existing] = await Promise.all([
    context.prisma.registration.count({
      where: {
        activityId: activity.id,
        state: { in: countingStates },
        organization: { path: { startsWith: organization.path } },
      },
    }),
    context.prisma.organizationAward.findUnique({
      where: { activityId_organizationId_name: { activityId: activity.id, organizationId: organization.id, name } },
      select: { id: true },
    }),
  ]);
  const problems = organizationAwardGrantProblems({
    activityState: activity.state,
    offered: configuration.organizationAward === true,
    entriesInSubtree,
    name,
    reason: input.reason,
    alreadyGranted: existing !== null,
  });
  if (problems.length > 0) throw organizationAwardRefused(lead, "organizationId", problems);

  const granted = context.prisma.$transaction(async (tx) => {
    // Re-reads the state under the activity row's lock: an activity finalized meanwhile refuses.
    const { count } = await tx.activity.updateMany({
      where: { id: activity.id, state: activity.state },
      data: { state: activity.state },
    });
    if (count === 0) throw new DomainError("STALE_VERSION", [], "该活动的状态已变化，请刷新后再试");
    const created = await tx.organizationAward.create({
      data: {
        activityId: activity.id,
        organizationId: organization.id,
        name,
        reason: input.reason.trim(),
        grantedById: performer.userId,
      },
    });
    await recordAuditEntry(tx, context.actor, {
      action: "ORGANIZATION_AWARD_GRANT",
      entityType: "OrganizationAward",
      entityId: created.id,
      activityId: activity.id,
      after: { organizationId: organization.id, organizationName: organization.name, name },
      reason: created.reason,
    });
    return created;
  });
  // Two organizers granting the same award at once: the second finds it granted.
  return granted.catch((error: unknown) => {
    if (isUniqueViolation(error)) {
      throw organizationAwardRefused(lead, "organizationId", [
        {
          code: "ORGANIZATION_AWARD_ALREADY_GRANTED",
          message: `该单位已获本活动的“${name}”，不能重复授予`,
        },
      ]);
    }
    throw error;
  });
}
