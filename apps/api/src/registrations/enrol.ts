import { type ActivityConfiguration, DomainError, validationError } from "@jinzhou/domain";
import type { Context } from "../context.ts";
import { requireActor } from "../organizations/organization-scope.ts";
import {
  checkMemberList,
  checkMembersEligibility,
  createEntry,
  type EntryPlan,
  findEntryCategory,
  findOpenActivity,
  loadEntryWorkers,
  oncePerIdempotencyKey,
} from "./create-entry.ts";

export interface EnrolmentRequest {
  activityId: number;
  categoryKey?: string | null;
  categoryId?: number | null;
  idempotencyKey: string;
  /** An individual: one worker; a pair or team: every member (the leader among them). */
  workerIds?: number[] | null;
  leaderWorkerId?: number | null;
  /** 队伍名称 for a team. */
  name?: string | null;
  /** A unit entrant (推荐单位, a labor competition's 班组 or enterprise): the organization entered. */
  organizationId?: number | null;
}

/**
 * A unit admin (or the admin) enrols workers, a pair, a team or a unit of their own subtree into a
 * category (单位报名, channel UNIT_NOMINATION without a quota). The same eligibility, places and
 * approval chain as a worker's own registration apply, through the same code (create-entry.ts).
 * Activities whose entries are rationed by quota take nominations instead (nominations/nominate.ts).
 * Anything outside the admin's subtree looks absent (NOT_FOUND).
 */
export async function enrol(context: Context, request: EnrolmentRequest): Promise<{ id: number }> {
  const actor = requireActor(context);
  if (actor.role !== "UNIT_ADMIN" && actor.role !== "ADMIN") throw new DomainError("FORBIDDEN");
  return oncePerIdempotencyKey(context, request.activityId, request.idempotencyKey, (idempotencyKey) =>
    enrolChecked(context, request, idempotencyKey),
  );
}

async function enrolChecked(
  context: Context,
  request: EnrolmentRequest,
  idempotencyKey: string,
): Promise<{ id: number }> {
  const actor = requireActor(context);

  const activity = await findOpenActivity(context, request.activityId);
  const category = await findEntryCategory(context, request);
  const configuration = activity.configuration as unknown as ActivityConfiguration;
  if (!configuration.entryChannels.includes("UNIT_NOMINATION")) {
    throw new DomainError("ENTRY_CHANNEL_NOT_ALLOWED", [], `“${activity.name}”不接受单位报名，请由职工本人报名`);
  }
  if (configuration.quota !== null) {
    throw new DomainError(
      "ENTRY_CHANNEL_NOT_ALLOWED",
      [],
      `“${activity.name}”按名额推荐，请使用“推荐”在本单位名额内推荐候选人`,
    );
  }

  if (category.entrantType === "UNIT") {
    const organizationId = request.organizationId;
    if (!organizationId) {
      throw validationError([{ field: "organizationId", code: "REQUIRED", message: "请选择报名的单位" }]);
    }
    const unit = await context.prisma.organization.findFirst({
      where: { id: organizationId, path: { startsWith: actor.scopePath } },
      select: { id: true, name: true, path: true },
    });
    if (!unit) throw new DomainError("NOT_FOUND", [], "该单位不存在或不在您管理的范围内");
    const plan: EntryPlan = {
      channel: "UNIT_NOMINATION",
      entrantType: "UNIT",
      name: request.name?.trim() || unit.name,
      members: [],
      selfWorkerId: null,
      registrationLiveKey: `activity:${activity.id}:unit:${unit.id}`,
      auditAction: "ENROL",
    };
    const taken = await context.prisma.registration.findUnique({
      where: { liveKey: plan.registrationLiveKey as string },
      select: { id: true },
    });
    if (taken) {
      const message = `${unit.name}已报名本活动，不能重复报名`;
      throw new DomainError(
        "ALREADY_REGISTERED",
        [{ field: "organizationId", code: "ALREADY_REGISTERED", message }],
        message,
      );
    }
    return createEntry(context, plan, {
      activity,
      configuration,
      category,
      workers: [],
      liveKeys: [],
      organizationId: unit.id,
      organizationPath: unit.path,
      idempotencyKey,
    });
  }
  if (category.entrantType === "PROJECT") {
    throw new DomainError("ENTRY_CHANNEL_NOT_ALLOWED", [], "创新项目请使用“申报项目”提交");
  }

  const workerIds = request.workerIds ?? [];
  const team = category.entrantType === "TEAM";
  const leader = team ? (request.leaderWorkerId ?? workerIds[0] ?? null) : null;
  const plan: EntryPlan = {
    channel: "UNIT_NOMINATION",
    entrantType: category.entrantType,
    name: team ? (request.name ?? null) : null,
    members: workerIds.map((workerId) => ({ workerId, isLeader: workerId === leader })),
    selfWorkerId: null,
    auditAction: "ENROL",
  };
  checkMemberList(configuration, category, plan);
  const workers = await loadEntryWorkers(context, activity.id, workerIds);
  // Workers of other units look absent, exactly like a worker id that does not exist.
  if (workers.some((worker) => !worker.organization.path.startsWith(actor.scopePath))) {
    throw new DomainError("NOT_FOUND", [], "名单中有职工不存在或不在您管理的范围内");
  }
  const liveKeys = checkMembersEligibility(activity, configuration, category, workers, plan);
  const unitWorker = workers.find((worker) => worker.id === leader) ?? workers[0];
  if (!unitWorker) throw new DomainError("NOT_FOUND");
  return createEntry(context, plan, {
    activity,
    configuration,
    category,
    workers,
    liveKeys,
    organizationId: unitWorker.organizationId,
    organizationPath: unitWorker.organization.path,
    idempotencyKey,
  });
}
