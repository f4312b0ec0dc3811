import { type ActivityConfiguration, DomainError, validationError } from "@jinzhou/domain";
import type { Context } from "../context.ts";
import { requireActor } from "../organizations/organization-scope.ts";
import {
  checkMemberList,
  checkMembersEligibility,
  createEntry,
  type EntryMemberRequest,
  findEntryCategory,
  findOpenActivity,
  loadEntryWorkers,
  oncePerIdempotencyKey,
} from "./create-entry.ts";

export interface RegistrationRequest {
  activityId: number;
  /** The category by its key in the activity's configuration, or by its row id. */
  categoryKey?: string | null;
  categoryId?: number | null;
  /** Chosen by the client per attempt; a retry with the same key returns the first registration. */
  idempotencyKey: string;
  /** For a pair (双打): the partner, chosen from `partnerLookup`. */
  partnerWorkerId?: number | null;
  /** For a team (合唱队 …): its name, the other members and the leader (the registrant when absent). */
  team?: { name: string; memberWorkerIds: number[]; leaderWorkerId?: number | null } | null;
}

/**
 * A worker registers themselves (职工自主报名) in one category of an activity that is open for
 * registration: alone, with a partner (a pair), or with a team, as the category's entrant type
 * says, for their grassroots union. Every member's eligibility reasons are returned at once. The
 * entry starts at the first step of the activity's approval chain; with no chain it is placed at
 * once (已确认 or 候补) inside the category's lock. One live entry per worker and member is held by
 * RegistrationMember.liveKey, so two simultaneous attempts naming the same worker cannot both
 * succeed; the same idempotency key always answers with the first registration.
 */
export async function register(context: Context, request: RegistrationRequest): Promise<{ id: number }> {
  const actor = requireActor(context);
  if (actor.role !== "WORKER" || actor.workerId === null) throw new DomainError("FORBIDDEN");
  return oncePerIdempotencyKey(context, request.activityId, request.idempotencyKey, (idempotencyKey) =>
    registerChecked(context, request, idempotencyKey),
  );
}

async function registerChecked(
  context: Context,
  request: RegistrationRequest,
  idempotencyKey: string,
): Promise<{ id: number }> {
  // The outer function has checked that the actor is a worker.
  const workerId = requireActor(context).workerId as number;
  const activity = await findOpenActivity(context, request.activityId);
  const category = await findEntryCategory(context, request);
  const configuration = activity.configuration as unknown as ActivityConfiguration;
  const entrantType = category.entrantType;
  if (
    !configuration.entryChannels.includes("SELF_REGISTRATION") ||
    (entrantType !== "INDIVIDUAL" && entrantType !== "TEAM")
  ) {
    throw new DomainError(
      "SELF_REGISTRATION_NOT_ALLOWED",
      [],
      `“${category.name}”不接受职工个人自主报名，请通过所在单位工会推荐或报名`,
    );
  }
  const members = memberRequests(workerId, entrantType, request);
  const name = entrantType === "TEAM" ? (request.team?.name ?? null) : null;
  const plan = {
    channel: "SELF_REGISTRATION" as const,
    entrantType,
    name,
    members,
    selfWorkerId: workerId,
    auditAction: "REGISTRATION_CREATE",
  };
  checkMemberList(configuration, category, plan);
  const workers = await loadEntryWorkers(
    context,
    activity.id,
    members.map((member) => member.workerId),
  );
  const liveKeys = checkMembersEligibility(activity, configuration, category, workers, plan);
  const self = workers.find((worker) => worker.id === workerId) ?? workers[0];
  if (!self) throw new DomainError("NOT_FOUND");
  return createEntry(context, plan, {
    activity,
    configuration,
    category,
    workers,
    liveKeys,
    organizationId: self.organizationId,
    organizationPath: self.organization.path,
    idempotencyKey,
  });
}

/** The registrant first (the leader unless the team names another), then the partner or the team. */
function memberRequests(
  workerId: number,
  entrantType: "INDIVIDUAL" | "TEAM",
  request: RegistrationRequest,
): EntryMemberRequest[] {
  if (entrantType === "INDIVIDUAL") {
    if (request.partnerWorkerId || request.team) {
      throw validationError([
        { field: "partnerWorkerId", code: "NOT_A_TEAM_CATEGORY", message: "该组别为个人报名，不能填写搭档或队员" },
      ]);
    }
    return [{ workerId, isLeader: false }];
  }
  if (request.partnerWorkerId) {
    return [
      { workerId, isLeader: true },
      { workerId: request.partnerWorkerId, isLeader: false },
    ];
  }
  if (request.team) {
    const others = request.team.memberWorkerIds.filter((id) => id !== workerId);
    const leader = request.team.leaderWorkerId ?? workerId;
    return [workerId, ...others].map((id) => ({ workerId: id, isLeader: id === leader }));
  }
  throw validationError([
    { field: "partnerWorkerId", code: "REQUIRED", message: "该组别须组队报名，请选择搭档或填写队员" },
  ]);
}
