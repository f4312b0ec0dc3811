import { isUniqueViolation } from "@jinzhou/db";
import {
  type ActivityConfiguration,
  allocateQuota,
  DomainError,
  type FieldError,
  type QuotaAllocation,
  type QuotaOrganization,
  type QuotaRule,
  validationError,
} from "@jinzhou/domain";
import { findActivity, requireActivityManager } from "../activities/activity-access.ts";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import type { Reader } from "./nominated-list.ts";

export interface QuotaAllocationRequest {
  activityId: number;
  /** 总名额; the configuration's when absent. */
  total?: number | null;
  organizations: { organizationId: number; weight?: string | null; minimum?: number | null }[];
}

/** States in which quotas may still be set: nominations have not been reviewed for good yet. */
const allocatableStates = ["DRAFT", "REGISTRATION_OPEN", "REGISTRATION_CLOSED"];

/** The activity's quota rule, with the total asked for. */
export function quotaRuleOf(configuration: ActivityConfiguration, total: number | null | undefined): QuotaRule {
  const rule = configuration.quota;
  if (rule === null) throw new DomainError("ENTRY_CHANNEL_NOT_ALLOWED", [], "该活动不按名额推荐，无需分配名额");
  return { ...rule, total: total ?? rule.total };
}

/**
 * The organizer splits an activity's total quota across county federations and industry unions by
 * the largest-remainder method (domain allocateQuota: minimums first, whole parts of the exact
 * shares, then one place each down the remainders, ties to the smaller weight, then the code). The
 * weights default to each organization's front-line headcount. Refused once a nomination uses the
 * current quotas. Audited as QUOTA_ALLOCATE with every organization's places.
 */
export async function allocateQuotas(
  context: Context,
  request: QuotaAllocationRequest,
): Promise<{ allocation: QuotaAllocation; organizationIds: number[] }> {
  const activity = await findActivity(context, request.activityId);
  await requireActivityManager(context, activity.department.code);
  const configuration = activity.configuration as unknown as ActivityConfiguration;
  const rule = quotaRuleOf(configuration, request.total);
  if (!allocatableStates.includes(activity.state)) {
    throw new DomainError("ACTIVITY_NOT_EDITABLE", [], "活动已进入评审，不能再分配名额");
  }
  const ids = request.organizations.map((organization) => organization.organizationId);
  const organizations = await context.prisma.organization.findMany({ where: { id: { in: ids } } });
  const byId = new Map(organizations.map((organization) => [organization.id, organization]));
  const errors: FieldError[] = [];
  request.organizations.forEach((requested, index) => {
    const organization = byId.get(requested.organizationId);
    if (!organization) {
      errors.push({ field: `organizations[${index}].organizationId`, code: "NOT_FOUND", message: "组织不存在" });
    } else if (organization.kind !== "COUNTY_FEDERATION" && organization.kind !== "INDUSTRY_UNION") {
      errors.push({
        field: `organizations[${index}].organizationId`,
        code: "NOT_A_QUOTA_HOLDER",
        message: `${organization.name}不是县(市)区总工会或产业工会，不能分配名额`,
      });
    }
  });
  if (errors.length > 0) throw validationError(errors);
  const input: QuotaOrganization[] = request.organizations.map((requested) => {
    const organization = byId.get(requested.organizationId) as (typeof organizations)[number];
    return {
      code: organization.code,
      name: organization.name,
      weight: requested.weight?.trim() || String(organization.frontlineHeadcount ?? ""),
      minimum: requested.minimum ?? null,
    };
  });
  const outcome = allocateQuota(rule, input);
  if (!outcome.ok) {
    throw validationError(outcome.reasons.map(({ code, message }) => ({ field: "organizations", code, message })));
  }
  const { allocation } = outcome;

  try {
    await context.prisma.$transaction(async (tx) => {
      // The same lock nominations take: no nomination can slip in between the count and the delete.
      await tx.quota.updateMany({ where: { activityId: activity.id }, data: { version: { increment: 1 } } });
      const used = await tx.registration.count({ where: { activityId: activity.id, quotaId: { not: null } } });
      if (used > 0) throw new DomainError("QUOTA_IN_USE");
      const before = await tx.quota.findMany({
        where: { activityId: activity.id },
        select: { organizationId: true, allocatedPlaces: true, extraPlaces: true },
      });
      await tx.quota.deleteMany({ where: { activityId: activity.id } });
      const rows = allocation.rows.map((row, index) => ({
        activityId: activity.id,
        organizationId: ids[index] as number,
        weight: row.weight.toString(),
        minimumPlaces: row.minimum,
        allocatedPlaces: row.places,
      }));
      for (const row of rows) await tx.quota.create({ data: row });
      await recordAuditEntry(tx, context.actor, {
        action: "QUOTA_ALLOCATE",
        entityType: "Activity",
        entityId: activity.id,
        activityId: activity.id,
        before: before.length > 0 ? { quotas: before } : null,
        after: {
          total: allocation.total,
          weightBasis: allocation.rule.weightBasis,
          quotas: allocation.rows.map((row, index) => ({
            organizationId: ids[index],
            organizationCode: row.organizationCode,
            weight: row.weight.toString(),
            minimum: row.minimum,
            exactShare: row.exactShare.toString(),
            places: row.places,
          })),
        },
      });
    });
  } catch (error) {
    // Two organizers allocating at the same moment: the second finds the first's rows.
    if (isUniqueViolation(error)) throw new DomainError("STALE_VERSION");
    throw error;
  }
  return { allocation, organizationIds: ids };
}

/** The split as it stands, recomputed from the stored quotas (same inputs, same working). */
export async function currentQuotaAllocation(
  db: Reader,
  activity: { id: number; configuration: unknown },
): Promise<{ allocation: QuotaAllocation; organizationIds: number[] } | null> {
  const configuration = activity.configuration as ActivityConfiguration;
  if (configuration.quota === null) return null;
  const quotas = await db.quota.findMany({
    where: { activityId: activity.id },
    orderBy: { id: "asc" },
    include: { organization: { select: { code: true, name: true } } },
  });
  if (quotas.length === 0) return null;
  const total = quotas.reduce((sum, quota) => sum + quota.allocatedPlaces, 0);
  const outcome = allocateQuota(
    quotaRuleOf(configuration, total),
    quotas.map((quota) => ({
      code: quota.organization.code,
      name: quota.organization.name,
      weight: quota.weight,
      minimum: quota.minimumPlaces,
    })),
  );
  return outcome.ok
    ? { allocation: outcome.allocation, organizationIds: quotas.map((quota) => quota.organizationId) }
    : null;
}
