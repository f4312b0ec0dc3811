import {
  type ActivityConfiguration,
  type CompositionLimitChange,
  DomainError,
  type NominationQuotaStatus,
  type Reason,
} from "@jinzhou/domain";
import { findActivity } from "../activities/activity-access.ts";
import type { Context } from "../context.ts";
import { requireActor } from "../organizations/organization-scope.ts";
import { compositionReferenceDate, quotaStatus } from "../quotas/nominated-list.ts";
import { checkMembersEligibility, findEntryCategory, loadEntryWorkers } from "../registrations/create-entry.ts";
import { compositionCheck, quotaFor } from "./nominate.ts";

export interface NominationWhatIf {
  workerId: number;
  workerName: string;
  /** Every reason the candidate cannot be nominated at all (eligibility, quota), empty when none. */
  eligibilityReasons: Reason[];
  quotaId: number | null;
  quotaStatus: NominationQuotaStatus | null;
  quotaReasons: Reason[];
  changes: CompositionLimitChange[];
  /** Limits broken for good: the nomination would be refused without an override. */
  refusals: Reason[];
  /** Limits broken that later nominations can still mend. */
  warnings: Reason[];
  /** Would `nominate` accept this candidate now? */
  allowed: boolean;
}

/**
 * "What if we nominate this worker?", asked before saving: the candidate's eligibility reasons,
 * the quota's places, and what the nominated list's composition would become, limit by limit,
 * with the same checks `nominate` applies (nothing is written).
 */
export async function nominationWhatIf(
  context: Context,
  request: { activityId: number; workerId: number; categoryKey?: string | null },
): Promise<NominationWhatIf> {
  const actor = requireActor(context);
  if (actor.role !== "UNIT_ADMIN" && actor.role !== "ADMIN") throw new DomainError("FORBIDDEN");
  const activity = await findActivity(context, request.activityId);
  const configuration = activity.configuration as unknown as ActivityConfiguration;
  const categoryKey = request.categoryKey ?? configuration.categories[0]?.categoryId ?? null;
  const category = await findEntryCategory(context, { activityId: activity.id, categoryKey, idempotencyKey: "" });
  const [worker] = await loadEntryWorkers(context, activity.id, [request.workerId]);
  if (!worker?.organization.path.startsWith(actor.scopePath)) {
    throw new DomainError("NOT_FOUND", [], "该职工不存在或不在您管理的范围内");
  }
  const eligibilityReasons: Reason[] = [];
  try {
    checkMembersEligibility(activity, configuration, category, [worker], {
      entrantType: "INDIVIDUAL",
      selfWorkerId: null,
    });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (error.fieldErrors.length > 0)
      eligibilityReasons.push(...error.fieldErrors.map(({ code, message }) => ({ code, message })));
    else eligibilityReasons.push({ code: error.code, message: error.message });
  }
  const quota = await quotaFor(context.prisma, activity.id, worker.organization.path);
  const base = { workerId: worker.id, workerName: worker.name, eligibilityReasons };
  if (!quota) {
    const reason = {
      code: "NO_QUOTA",
      message: `${worker.organization.name}所属的县区或产业工会没有分到名额，不能推荐`,
    };
    return {
      ...base,
      quotaId: null,
      quotaStatus: null,
      quotaReasons: [reason],
      changes: [],
      refusals: [],
      warnings: [],
      allowed: false,
    };
  }
  const status = await quotaStatus(context.prisma, quota);
  const check = await compositionCheck(
    context.prisma,
    activity,
    configuration,
    quota,
    worker,
    compositionReferenceDate(activity, context.today),
    status.remainingPlaces - 1,
  );
  return {
    ...base,
    quotaId: quota.id,
    quotaStatus: status,
    quotaReasons: status.nextNominationReasons,
    changes: check.whatIf.changes,
    refusals: check.refusals,
    warnings: check.warnings,
    allowed:
      eligibilityReasons.length === 0 && status.nextNominationReasons.length === 0 && check.refusals.length === 0,
  };
}
