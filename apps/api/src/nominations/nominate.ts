import {
  type ActivityConfiguration,
  checkNominationComposition,
  countNominationsByQuotaHolder,
  DomainError,
  type NominationCompositionCheck,
} from "@jinzhou/domain";
import type { Context } from "../context.ts";
import { requireActor } from "../organizations/organization-scope.ts";
import {
  candidateOf,
  candidateWorkerSelect,
  compositionLimitsOf,
  compositionOverrides,
  compositionReferenceDate,
  nominatedCandidates,
  quotaStatus,
  type Reader,
} from "../quotas/nominated-list.ts";
import {
  checkMembersEligibility,
  createEntry,
  type EntryPlan,
  findEntryCategory,
  findOpenActivity,
  loadEntryWorkers,
  oncePerIdempotencyKey,
} from "../registrations/create-entry.ts";

export interface NominationRequest {
  activityId: number;
  categoryKey?: string | null;
  categoryId?: number | null;
  workerId: number;
  idempotencyKey: string;
  /** 推荐理由 / 主要事迹, kept in the registration's details. */
  citation?: string | null;
}

/**
 * The quota whose places a candidate of this unit uses: the nearest quota holder (county
 * federation or industry union) above it, as the domain counts nominations (quota-holder.ts).
 */
export async function quotaFor(db: Reader, activityId: number, unitPath: string) {
  const quotas = await db.quota.findMany({
    where: { activityId },
    include: { organization: { select: { code: true, name: true, path: true } } },
  });
  const { counts } = countNominationsByQuotaHolder(
    quotas.map((quota) => ({ code: quota.organization.code, path: quota.organization.path })),
    [{ nominationId: 0, organizationPath: unitPath }],
  );
  return quotas.find((quota) => counts[quota.organization.code] === 1) ?? null;
}

/**
 * A unit admin nominates (推荐) a worker of their subtree within the quota of the nearest quota
 * holder above the worker's unit. Inside one transaction the quota's row is locked first (its
 * version bumped), so concurrent nominations against one quota are counted one after another and
 * never exceed it; then the list's composition with the candidate is checked: a limit broken for
 * good is refused unless the organizer granted an override (CompositionOverride). Eligibility
 * (honours held, the unit's serious safety accidents …), places and the approval chain are those
 * of every entry (create-entry.ts). Audited as NOMINATE.
 */
export async function nominate(context: Context, request: NominationRequest): Promise<{ id: number }> {
  const actor = requireActor(context);
  if (actor.role !== "UNIT_ADMIN" && actor.role !== "ADMIN") throw new DomainError("FORBIDDEN");
  return oncePerIdempotencyKey(context, request.activityId, request.idempotencyKey, (idempotencyKey) =>
    nominateChecked(context, request, idempotencyKey),
  );
}

async function nominateChecked(
  context: Context,
  request: NominationRequest,
  idempotencyKey: string,
): Promise<{ id: number }> {
  const actor = requireActor(context);

  const activity = await findOpenActivity(context, request.activityId);
  const category = await findEntryCategory(context, request);
  const configuration = activity.configuration as unknown as ActivityConfiguration;
  if (!configuration.entryChannels.includes("UNIT_NOMINATION") || configuration.quota === null) {
    throw new DomainError("ENTRY_CHANNEL_NOT_ALLOWED", [], `“${activity.name}”不按名额推荐，请使用“单位报名”`);
  }
  if (category.entrantType !== "INDIVIDUAL") {
    throw new DomainError("ENTRY_CHANNEL_NOT_ALLOWED", [], `“${category.name}”不是个人推荐组别`);
  }
  const [worker] = await loadEntryWorkers(context, activity.id, [request.workerId]);
  if (!worker?.organization.path.startsWith(actor.scopePath)) {
    throw new DomainError("NOT_FOUND", [], "该职工不存在或不在您管理的范围内");
  }
  const plan: EntryPlan = {
    channel: "UNIT_NOMINATION",
    entrantType: "INDIVIDUAL",
    name: null,
    members: [{ workerId: worker.id, isLeader: false }],
    selfWorkerId: null,
    auditAction: "NOMINATE",
    ...(request.citation?.trim() ? { details: { citation: request.citation.trim() } } : {}),
  };
  const liveKeys = checkMembersEligibility(activity, configuration, category, [worker], plan);
  const quota = await quotaFor(context.prisma, activity.id, worker.organization.path);
  if (!quota) {
    throw new DomainError("NO_QUOTA", [], `${worker.organization.name}所属的县区或产业工会没有分到名额，不能推荐`);
  }
  const referenceDate = compositionReferenceDate(activity, context.today);

  plan.beforeCreate = async (tx) => {
    // The lock: bumping the quota's version row-locks it until the transaction ends.
    const locked = await tx.quota.update({
      where: { id: quota.id },
      data: { version: { increment: 1 } },
      include: { organization: { select: { code: true, name: true } } },
    });
    const status = await quotaStatus(tx, locked);
    const full = status.nextNominationReasons[0];
    if (full) {
      throw new DomainError(
        "QUOTA_FULL",
        [{ field: "workerId", code: full.code, message: full.message }],
        full.message,
      );
    }
    const check = await compositionCheck(
      tx,
      activity,
      configuration,
      locked,
      worker,
      referenceDate,
      status.remainingPlaces - 1,
    );
    if (check.refusals.length > 0) {
      throw new DomainError(
        "COMPOSITION_LIMIT_BROKEN",
        check.refusals.map((reason) => ({ field: "workerId", code: reason.code, message: reason.message })),
        `推荐后名单不符合比例要求，须经主办部门批准破例：${check.refusals.map((reason) => reason.message).join("")}`,
      );
    }
    return { quotaId: locked.id };
  };
  return createEntry(context, plan, {
    activity,
    configuration,
    category,
    workers: [worker],
    liveKeys,
    organizationId: worker.organizationId,
    organizationPath: worker.organization.path,
    idempotencyKey,
  });
}

/** The composition check of one more candidate on a quota's list (domain checkNominationComposition). */
export async function compositionCheck(
  db: Reader,
  activity: { id: number },
  configuration: ActivityConfiguration,
  quota: { id: number; organizationId: number },
  worker: { id: number },
  referenceDate: string,
  placesLeftAfter: number,
): Promise<NominationCompositionCheck> {
  const candidates = await nominatedCandidates(db, activity.id, quota.id, referenceDate);
  const facts = await db.worker.findUniqueOrThrow({ where: { id: worker.id }, select: candidateWorkerSelect });
  const overrides = await compositionOverrides(db, activity.id, quota.organizationId);
  return checkNominationComposition(
    compositionLimitsOf(configuration),
    candidates,
    candidateOf("newcomer", facts, referenceDate),
    Math.max(0, placesLeftAfter),
    overrides,
  );
}
